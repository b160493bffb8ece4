import type { AnnotatedDocument } from '../model/annotatedDocument';
import { codePointOffsets } from './codePointOffsets';
import { upperLabel } from './entityLabels';

/**
 * doccano sequence-labelling JSONL: one line per document, `label` holding
 * [start, end, LABEL] in code points (doccano indexes Python strings).
 */
export function toDoccano(document: AnnotatedDocument, text: string): string {
  const toCodePoint = codePointOffsets(text);
  const label = document.annotations.map((a) => [toCodePoint(a.start), toCodePoint(a.end), upperLabel(a.type)]);
  return JSON.stringify({ text, label }) + '\n';
}
