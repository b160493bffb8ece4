import { createHash } from 'node:crypto';
import { Annotator, type AnnotatorOptions } from '../core';

/** SHA-256 through node:crypto: native, about ten times the portable implementation. */
export function nodeSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The engine as Node hosts (the CLI, the extension host, the tools) run it. */
export function createNodeAnnotator(options: Omit<AnnotatorOptions, 'hashText'> = {}): Annotator {
  return new Annotator({ ...options, hashText: nodeSha256 });
}
