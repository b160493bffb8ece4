import type { Annotator } from '../../core';
import { expandArticlePaths } from '../articleFiles';
import { readArticle } from '../readArticle';

/** `news-annotator annotate [FILE…]`: the document JSON, an array for several files; `-` or nothing reads stdin. */
export function annotateCommand(annotator: Annotator, args: readonly string[]): number {
  const paths = args.length === 0 ? ['-'] : expandArticlePaths(args);
  const documents = paths.map((path) => annotator.annotate(readArticle(path), path === '-' ? {} : { path }));
  const output = documents.length === 1 && args.length <= 1 && paths.length === 1 ? documents[0] : documents;
  process.stdout.write(JSON.stringify(output, null, 2) + '\n');
  return 0;
}
