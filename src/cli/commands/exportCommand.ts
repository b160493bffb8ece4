import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXPORT_FORMATS, exportFormat, type Annotator, type ExportFormat } from '../../core';
import { expandArticlePaths, type ArticleFile } from '../articleFiles';
import { parseOptions, UsageError } from '../parseOptions';
import { readArticleOrSkip } from '../readArticle';
import { writeAtomically } from '../writeAtomically';

/**
 * `news-annotator export --format json|w3c|brat|conll|doccano --out DIR [--force] PATH…`:
 * one file per article in DIR (articles found under a folder keep their subfolders),
 * written atomically; an existing file is replaced only with --force. brat also gets a
 * copy of the article's text beside each .ann. A summary goes to stderr; the exit code is
 * 1 when articles were skipped and none was exported.
 */
export function exportCommand(annotator: Annotator, args: readonly string[]): number {
  const { positional, options, flags } = parseOptions(args, ['format', 'out'], ['force']);
  const format = exportFormat(options.format ?? 'json');
  if (!format) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.map((f) => f.id).join(', ')}`);
  const outDir = options.out;
  if (!outDir) throw new UsageError('--out DIR is required');
  if (positional.length === 0) throw new UsageError('name the articles or folders to export');
  const force = flags.has('force');
  let written = 0;
  let entities = 0;
  const skipped: string[] = [];
  const writtenFrom = new Map<string, string>();
  for (const article of expandArticlePaths(positional)) {
    const target = join(outDir, article.outputName.replace(/\.[^./\\]+$/, '') + format.suffix);
    const companion = format.needsTextBeside ? target.replace(/\.ann$/, '.txt') : undefined;
    const earlier = writtenFrom.get(resolve(target));
    if (earlier !== undefined) {
      skipped.push(`${article.path}: ${target} was just written for ${earlier}`);
      continue;
    }
    if (existsSync(target) && !force) {
      skipped.push(`${article.path}: ${target} exists (use --force to replace it)`);
      continue;
    }
    const text = readArticleOrSkip(article.path, skipped);
    if (text === undefined) continue;
    if (companion && !force && differentFileExists(companion, article, text)) {
      skipped.push(`${article.path}: ${companion} exists with other text (use --force to replace it)`);
      continue;
    }
    const document = annotator.annotate(text, article.path === '-' ? {} : { path: article.path });
    try {
      writeAtomically(target, format.render(document, text));
      if (companion && resolve(companion) !== resolve(article.path)) writeAtomically(companion, text);
    } catch (error) {
      skipped.push(`${article.path}: cannot write ${target} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      continue;
    }
    writtenFrom.set(resolve(target), article.path);
    written++;
    entities += document.entities.length;
  }
  process.stderr.write(`${summary(format, outDir, written, entities, skipped.length)}\n`);
  for (const reason of skipped) process.stderr.write(`  skipped ${reason}\n`);
  return skipped.length > 0 && written === 0 ? 1 : 0;
}

function differentFileExists(path: string, article: ArticleFile, text: string): boolean {
  if (resolve(path) === resolve(article.path) || !existsSync(path)) return false;
  try {
    return readFileSync(path, 'utf8') !== text;
  } catch {
    return true;
  }
}

function summary(format: ExportFormat, outDir: string, written: number, entities: number, skipped: number): string {
  const files = `${written} file${written === 1 ? '' : 's'}`;
  return `exported ${files} as ${format.label} to ${outDir}: ${entities} entities; skipped ${skipped}`;
}
