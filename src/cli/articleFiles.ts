import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

const ARTICLE_EXTENSIONS = ['.txt', '.news', '.article'];
const SKIPPED_NAMES = [/^LICEN[CS]E/i, /^requirements.*\.txt$/i, /^CHANGELOG/i, /^README/i, /\.log$/i];
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'out', 'dist']);

export function isArticlePath(path: string): boolean {
  const name = basename(path);
  return ARTICLE_EXTENSIONS.some((ext) => name.endsWith(ext)) && !SKIPPED_NAMES.some((pattern) => pattern.test(name));
}

/** Files named on the command line, with directories walked recursively for article files, sorted. */
export function expandArticlePaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (path !== '-' && statSync(path, { throwIfNoEntry: false })?.isDirectory()) walk(path, files);
    else files.push(path);
  }
  return files;
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(name)) walk(path, out);
    } else if (isArticlePath(path)) out.push(path);
  }
}
