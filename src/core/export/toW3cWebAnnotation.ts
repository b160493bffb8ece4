import type { AnnotatedDocument } from '../model/annotatedDocument';
import { codePointOffsets, splitsSurrogatePair } from './codePointOffsets';

const CONTEXT_CHARS = 32;

/**
 * W3C Web Annotation (JSON-LD): an AnnotationCollection whose page holds one annotation
 * per mention. Bodies tag the entity type, describe the canonical name and, where the
 * entity has a Wikidata id, identify it; the target carries a TextQuoteSelector and a
 * TextPositionSelector in code points, as the data model defines positions.
 */
export function toW3cWebAnnotation(document: AnnotatedDocument, text: string): string {
  const toCodePoint = codePointOffsets(text);
  const source = document.source.uri ?? (document.source.path ? fileIri(document.source.path) : `urn:sha256:${document.source.sha256}`);
  const entities = new Map(document.entities.map((e) => [e.id, e]));
  const items = document.annotations.map((annotation) => {
    const entity = entities.get(annotation.entityId)!;
    const body: object[] = [
      { type: 'TextualBody', purpose: 'tagging', value: annotation.type },
      { type: 'TextualBody', purpose: 'describing', value: entity.name },
    ];
    if (entity.attributes.wikidata) {
      body.push({ type: 'SpecificResource', purpose: 'identifying', source: `http://www.wikidata.org/entity/${entity.attributes.wikidata}` });
    }
    return {
      id: `urn:sha256:${document.source.sha256}#${annotation.id}`,
      type: 'Annotation',
      motivation: 'tagging',
      body,
      target: {
        source,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: annotation.text,
            prefix: text.slice(contextStart(text, annotation.start), annotation.start),
            suffix: text.slice(annotation.end, contextEnd(text, annotation.end)),
          },
          { type: 'TextPositionSelector', start: toCodePoint(annotation.start), end: toCodePoint(annotation.end) },
        ],
      },
    };
  });
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:sha256:${document.source.sha256}`,
    type: 'AnnotationCollection',
    label: `News Annotator annotations of ${document.source.path ?? document.source.uri ?? 'a document'}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

// The quote context never cuts a code point in half: the selector counts code points and a
// lone surrogate is not text.
function contextStart(text: string, start: number): number {
  const from = Math.max(0, start - CONTEXT_CHARS);
  return splitsSurrogatePair(text, from) ? from + 1 : from;
}

function contextEnd(text: string, end: number): number {
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  return splitsSurrogatePair(text, to) ? to - 1 : to;
}

function fileIri(path: string): string {
  return path.startsWith('/') ? `file://${encodeURI(path)}` : encodeURI(path);
}
