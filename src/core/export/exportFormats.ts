import type { AnnotatedDocument } from '../model/annotatedDocument';
import { toBratStandoff } from './toBratStandoff';
import { toConll } from './toConll';
import { toDoccano } from './toDoccano';
import { toJson } from './toJson';
import { toW3cWebAnnotation } from './toW3cWebAnnotation';

export interface ExportFormat {
  readonly id: 'json' | 'w3c' | 'brat' | 'conll' | 'doccano';
  readonly label: string;
  /** Appended to the article's name without its extension. */
  readonly suffix: string;
  readonly render: (document: AnnotatedDocument, text: string) => string;
  /** brat loads a .ann only next to the .txt it annotates. */
  readonly needsTextBeside?: boolean;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'json', label: 'News Annotator JSON', suffix: '.annotations.json', render: (document) => toJson(document) },
  { id: 'w3c', label: 'W3C Web Annotation (JSON-LD)', suffix: '.annotations.jsonld', render: toW3cWebAnnotation },
  { id: 'brat', label: 'brat standoff (.ann)', suffix: '.ann', render: toBratStandoff, needsTextBeside: true },
  { id: 'conll', label: 'CoNLL-2003 IOB2 tokens', suffix: '.conll', render: toConll },
  { id: 'doccano', label: 'doccano JSONL', suffix: '.doccano.jsonl', render: toDoccano },
];

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((format) => format.id === id);
}
