import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EXPORT_FORMATS, exportFormat, type Annotator } from '../../core';
import { expandArticlePaths } from '../articleFiles';
import { parseOptions, UsageError } from '../parseOptions';
import { readArticleOrSkip } from '../readArticle';

/**
 * `news-annotator export --format json|w3c|brat|conll|doccano --out DIR [--force] PATH…`:
 * one file per article in DIR, written atomically (temporary file, then rename); an
 * existing file is replaced only with --force. A summary goes to stderr.
 */
export function exportCommand(annotator: Annotator, args: readonly string[]): number {
  const { positional, options, flags } = parseOptions(args, ['format', 'out'], ['force']);
  const format = exportFormat(options.format ?? 'json');
  if (!format) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.map((f) => f.id).join(', ')}`);
  if (!options.out) throw new UsageError('--out DIR is required');
  if (positional.length === 0) throw new UsageError('name the articles or folders to export');
  mkdirSync(options.out, { recursive: true });
  let written = 0;
  let entities = 0;
  const skipped: string[] = [];
  for (const path of expandArticlePaths(positional)) {
    const target = join(options.out, basename(path).replace(/\.[^.]+$/, '') + format.suffix);
    if (existsSync(target) && !flags.has('force')) {
      skipped.push(`${path}: ${target} exists (use --force to replace it)`);
      continue;
    }
    const text = readArticleOrSkip(path, skipped);
    if (text === undefined) continue;
    const document = annotator.annotate(text, { path });
    const temporary = `${target}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, format.render(document, text));
      renameSync(temporary, target);
      if (format.needsTextBeside) writeFileSync(target.replace(/\.ann$/, '.txt'), text);
    } catch (error) {
      rmSync(temporary, { force: true });
      skipped.push(`${path}: cannot write ${target} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      continue;
    }
    written++;
    entities += document.entities.length;
  }
  process.stderr.write(`exported ${written} file${written === 1 ? '' : 's'} as ${format.label} to ${options.out}: ${entities} entities; skipped ${skipped.length}\n`);
  for (const reason of skipped) process.stderr.write(`  skipped ${reason}\n`);
  return skipped.length > 0 && written === 0 ? 1 : 0;
}
