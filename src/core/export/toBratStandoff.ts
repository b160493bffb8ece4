import type { AnnotatedDocument, Annotation } from '../model/annotatedDocument';
import { codePointOffsets } from './codePointOffsets';
import { BRAT_TYPES } from './entityLabels';

/**
 * brat standoff (.ann) for the article's .txt: a text-bound line per mention, a
 * normalisation line linking mentions of entities that have a Wikidata id, and a note
 * naming the entity and, for amounts, the value and unit.
 *
 * brat reads the .txt with codecs.open, which decodes UTF-8 in binary mode: offsets are
 * Python string indices (code points), a CRLF stays two characters and a byte-order mark
 * would count as one, so the .txt beside the .ann must be the text exactly as given here.
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
    const fragments = lineFragments(annotation, text);
    const offsets = fragments.map(([start, end]) => `${toCodePoint(start)} ${toCodePoint(end)}`).join(';');
    // brat checks the text column against the fragments joined by one space.
    const quoted = fragments.map(([start, end]) => text.slice(start, end)).join(' ');
    lines.push(`${id}\t${BRAT_TYPES[annotation.type]} ${offsets}\t${quoted}`);
    if (entity.attributes.wikidata) {
      lines.push(`N${++normalisations}\tReference ${id} Wikidata:${entity.attributes.wikidata}\t${oneLine(entity.name)}`);
    }
    const note = annotation.value !== undefined ? `${entity.name} (${annotation.value} ${annotation.unit})` : entity.name;
    lines.push(`#${++notes}\tAnnotatorNotes ${id}\t${oneLine(note)}`);
  });
  return lines.join('\n') + (lines.length > 0 ? '\n' : '');
}

/**
 * A mention that crosses a line break becomes a discontinuous brat span, one fragment per
 * line, as brat itself writes them: an .ann line cannot hold a newline.
 */
function lineFragments(annotation: Annotation, text: string): Array<[number, number]> {
  const fragments: Array<[number, number]> = [];
  let start = annotation.start;
  for (let i = annotation.start; i <= annotation.end; i++) {
    const code = i < annotation.end ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    if (i > start) fragments.push([start, i]);
    start = i + 1;
  }
  return fragments.length > 0 ? fragments : [[annotation.start, annotation.end]];
}

function oneLine(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}
