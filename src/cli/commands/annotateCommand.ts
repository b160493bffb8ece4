import { statSync } from 'node:fs';
import type { Annotator } from '../../core';
import { expandArticlePaths } from '../articleFiles';
import { parseOptions } from '../parseOptions';
import { readArticle } from '../readArticle';

/**
 * `news-annotator annotate [FILE|DIR…]`: the document JSON on stdout; `-` or nothing reads
 * stdin. One file gives one document, several files or a folder an array. Any file that
 * cannot be read as UTF-8 text stops the command before anything is printed.
 */
export function annotateCommand(annotator: Annotator, args: readonly string[]): number {
  const { positional } = parseOptions(args);
  const named = positional.length === 0 ? ['-'] : positional;
  const files = expandArticlePaths(named);
  const documents = files.map(({ path }) => annotator.annotate(readArticle(path), path === '-' ? {} : { path }));
  const single = named.length === 1 && (named[0] === '-' || !statSync(named[0]!, { throwIfNoEntry: false })?.isDirectory());
  process.stdout.write(JSON.stringify(single ? documents[0] : documents, null, 2) + '\n');
  return 0;
}
