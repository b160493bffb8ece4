import * as z from 'zod/mini';
import { AnnotatedDocumentSchema, type AnnotatedDocument } from '../model/annotatedDocument';

/** The export file: the document validated by its schema, pretty-printed, with a trailing newline. */
export function toJson(document: AnnotatedDocument): string {
  const result = z.safeParse(AnnotatedDocumentSchema, document);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`annotations do not match their schema at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return JSON.stringify(document, null, 2) + '\n';
}
