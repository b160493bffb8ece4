import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const ARTICLE_EXTENSIONS = ['.txt', '.news', '.article'];
const SKIPPED_NAMES = [/^LICEN[CS]E/i, /^requirements.*\.txt$/i, /^CHANGELOG/i, /^README/i, /\.log$/i];
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'out', 'dist']);

export interface ArticleFile {
  /** As given on the command line, or found under a folder given there; `-` is stdin. */
  readonly path: string;
  /** Where its exports go inside an output folder: the path below the folder named, or the file's own name. */
  readonly outputName: string;
}

export function isArticlePath(path: string): boolean {
  const name = basename(path);
  return ARTICLE_EXTENSIONS.some((ext) => name.endsWith(ext)) && !SKIPPED_NAMES.some((pattern) => pattern.test(name));
}

/**
 * Files named on the command line, in order, with each folder replaced by the article
 * files under it (recursively, sorted, hidden folders and build output left out).
 */
export function expandArticlePaths(paths: readonly string[]): ArticleFile[] {
  const files: ArticleFile[] = [];
  for (const path of paths) {
    if (path !== '-' && statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
      const found: string[] = [];
      walk(path, found);
      for (const file of found) files.push({ path: file, outputName: relative(path, file) });
    } else files.push({ path, outputName: path === '-' ? 'stdin.txt' : basename(path) });
  }
  return files;
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(name) && !name.startsWith('.')) walk(path, out);
    } else if (stat?.isFile() && isArticlePath(path)) out.push(path);
  }
}
