import { Annotator, type AnnotateOptions } from './annotator';
import { bundledResources } from './lexicon/bundledResources';
import type { AnnotatedDocument } from './model/annotatedDocument';

let shared: Annotator | undefined;

/** Annotates with the data bundled into the engine (CLI, browser, tests). */
export function annotate(text: string, options: AnnotateOptions = {}): AnnotatedDocument {
  shared ??= new Annotator({ resources: bundledResources() });
  return shared.annotate(text, options);
}
