import type { AnnotatedDocument } from '../model/annotatedDocument';
import { codePointOffsets } from './codePointOffsets';
import { BRAT_TYPES } from './entityLabels';

/**
 * brat standoff (.ann) for the article's .txt: a text-bound line per mention with
 * code-point offsets (brat reads the text as a Python string), a normalisation line linking
 * mentions of entities that have a Wikidata id, and a note naming the entity and, for
 * amounts, the value and unit.
 */
export function toBratStandoff(document: AnnotatedDocument, text: string): string {
  const toCodePoint = codePointOffsets(text);
  const entities = new Map(document.entities.map((e) => [e.id, e]));
  const lines: string[] = [];
  let normalisations = 0;
  let notes = 0;
  document.annotations.forEach((annotation, index) => {
    const id = `T${index + 1}`;
    const entity = entities.get(annotation.entityId)!;
    lines.push(`${id}\t${BRAT_TYPES[annotation.type]} ${toCodePoint(annotation.start)} ${toCodePoint(annotation.end)}\t${oneLine(annotation.text)}`);
    if (entity.attributes.wikidata) {
      lines.push(`N${++normalisations}\tReference ${id} Wikidata:${entity.attributes.wikidata}\t${oneLine(entity.name)}`);
    }
    const note = annotation.value !== undefined ? `${entity.name} (${annotation.value} ${annotation.unit})` : entity.name;
    lines.push(`#${++notes}\tAnnotatorNotes ${id}\t${oneLine(note)}`);
  });
  return lines.join('\n') + (lines.length > 0 ? '\n' : '');
}

function oneLine(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}
