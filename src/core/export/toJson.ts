import * as z from 'zod/mini';
import { AnnotatedDocumentSchema, type AnnotatedDocument } from '../model/annotatedDocument';

/**
 * The export file: the document checked against its schema, pretty-printed (two spaces)
 * with a trailing newline. What is written is the validated document, so keys the schema
 * does not know never reach a file that the published JSON Schema would reject.
 */
export function toJson(document: AnnotatedDocument): string {
  return JSON.stringify(validated(document), null, 2) + '\n';
}

/** The same validated document on one line with its newline: a line of a JSON Lines file. */
export function toJsonLine(document: AnnotatedDocument): string {
  return JSON.stringify(validated(document)) + '\n';
}

function validated(document: AnnotatedDocument): AnnotatedDocument {
  const result = z.safeParse(AnnotatedDocumentSchema, document);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    const more = result.error.issues.length > 3 ? `; and ${result.error.issues.length - 3} more` : '';
    throw new Error(`Cannot export annotations: the document does not match its schema (${problems.join('; ')}${more})`);
  }
  return result.data;
}
