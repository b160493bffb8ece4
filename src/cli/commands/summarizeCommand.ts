import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AnnotatedDocument, Annotator, EntityType } from '../../core';
import { expandArticlePaths } from '../articleFiles';
import { readArticleOrSkip } from '../readArticle';
import { parseOptions } from '../parseOptions';

const SUMMARY_TYPES: readonly EntityType[] = ['leader', 'country', 'amount'];
const TOP = 3;

/**
 * `news-annotator summarize PATH… [--out DIR]`: a table per article of its leaders,
 * countries and amounts on the terminal, and each article's JSON in DIR. Files that
 * cannot be read as text are skipped and named on stderr with the reason.
 */
export function summarizeCommand(annotator: Annotator, args: readonly string[]): number {
  const { positional, options } = parseOptions(args, ['out']);
  const outDir = options.out;
  if (outDir) mkdirSync(outDir, { recursive: true });
  const rows: string[][] = [['article', 'lang', 'leaders', 'countries', 'amounts']];
  const skipped: string[] = [];
  for (const path of expandArticlePaths(positional.length > 0 ? positional : ['samples'])) {
    const text = readArticleOrSkip(path, skipped);
    if (text === undefined) continue;
    const document = annotator.annotate(text, { path });
    rows.push([basename(path), document.source.language, ...SUMMARY_TYPES.map((type) => describeType(document, type))]);
    if (outDir) {
      const target = join(outDir, `${basename(path).replace(/\.[^.]+$/, '')}.annotations.json`);
      writeFileSync(target, JSON.stringify(document, null, 2) + '\n');
    }
  }
  process.stdout.write(formatTable(rows));
  for (const reason of skipped) process.stderr.write(`skipped ${reason}\n`);
  if (outDir) process.stdout.write(`\nJSON exports written to ${outDir}/\n`);
  return 0;
}

function describeType(document: AnnotatedDocument, type: EntityType): string {
  const entities = document.entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
  const top = entities.slice(0, TOP).map((e) => `${e.name} ×${e.mentions.length}`);
  return `${entities.length}${top.length > 0 ? `: ${top.join(', ')}` : ''}${entities.length > TOP ? ', …' : ''}`;
}

function formatTable(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n') + '\n';
}
