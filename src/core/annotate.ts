import { SCHEMA_VERSION, type AnnotatedDocument } from './model/annotatedDocument';
import type { Language } from './model/entityType';
import { sha256Hex } from './text/sha256';

export interface AnnotateOptions {
  uri?: string;
  path?: string;
  /** Overrides language detection. */
  language?: Language;
}

// Placeholder until the recogniser pipeline lands: returns a valid, empty document.
export function annotate(text: string, options: AnnotateOptions = {}): AnnotatedDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: {
      ...(options.uri !== undefined ? { uri: options.uri } : {}),
      ...(options.path !== undefined ? { path: options.path } : {}),
      language: options.language ?? 'id',
      length: text.length,
      sha256: sha256Hex(text),
    },
    annotations: [],
    entities: [],
  };
}
