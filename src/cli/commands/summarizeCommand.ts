import { join } from 'node:path';
import { isMoneyUnit, toJson, type AnnotatedDocument, type Annotator, type Entity, type EntityType } from '../../core';
import { expandArticlePaths } from '../articleFiles';
import { parseOptions, UsageError } from '../parseOptions';
import { readArticleOrSkip } from '../readArticle';
import { writeAtomically } from '../writeAtomically';

const SUMMARY_TYPES: readonly EntityType[] = ['leader', 'country', 'amount'];
const PLURAL: Record<string, string> = { leader: 'leaders', country: 'countries', amount: 'amounts' };
const SINGULAR: Record<string, string> = { leader: 'leader', country: 'country', amount: 'amount' };
const TOP = 3;

/**
 * `news-annotator summarize [PATH…] [--out DIR]` (`npm start`): for each article a row of
 * entity counts and, under it, its most mentioned leaders, countries and amounts; with
 * --out, each article's JSON as DIR/<name>.annotations.json. Files that cannot be read as
 * text are skipped and named on stderr with the reason.
 */
export function summarizeCommand(annotator: Annotator, args: readonly string[]): number {
  const { positional, options } = parseOptions(args, ['out']);
  const outDir = options.out;
  const named = positional.length > 0 ? positional : ['samples'];
  const articles = expandArticlePaths(named);
  if (articles.length === 0) throw new UsageError(`no article files (*.txt, *.news, *.article) in ${named.join(', ')}`);
  const summaries: ArticleSummary[] = [];
  const skipped: string[] = [];
  for (const article of articles) {
    const text = readArticleOrSkip(article.path, skipped);
    if (text === undefined) continue;
    const document = annotator.annotate(text, article.path === '-' ? {} : { path: article.path });
    summaries.push({ name: article.outputName, document });
    if (outDir) writeAtomically(join(outDir, `${article.outputName.replace(/\.[^./\\]+$/, '')}.annotations.json`), toJson(document));
  }
  process.stdout.write(formatSummary(summaries));
  if (outDir && summaries.length > 0) process.stdout.write(`JSON exports written to ${outDir}/\n`);
  for (const reason of skipped) process.stderr.write(`skipped ${reason}\n`);
  return skipped.length > 0 && summaries.length === 0 ? 1 : 0;
}

interface ArticleSummary {
  readonly name: string;
  readonly document: AnnotatedDocument;
}

/**
 * A table of counts, one row per article with its top entities on indented lines below
 * (so the table stays narrow however long the names), and a total.
 */
function formatSummary(summaries: readonly ArticleSummary[]): string {
  const header = ['article', 'lang', ...SUMMARY_TYPES.map((type) => PLURAL[type]!)];
  const rows = summaries.map(({ name, document }) => [name, document.source.language, ...SUMMARY_TYPES.map((type) => String(entitiesOf(document, type).length))]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  // Names left, counts right.
  const line = (row: readonly string[]) =>
    row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
  const labelWidth = Math.max(...SUMMARY_TYPES.map((type) => PLURAL[type]!.length));
  const out = [line(header), widths.map((width) => '─'.repeat(width)).join('  ')];
  summaries.forEach(({ document }, index) => {
    out.push(line(rows[index]!));
    for (const type of SUMMARY_TYPES) {
      const top = topEntities(document, type);
      if (top) out.push(`  ${PLURAL[type]!.padEnd(labelWidth)}  ${top}`);
    }
  });
  const totals = SUMMARY_TYPES.map((type) => {
    const count = summaries.reduce((sum, { document }) => sum + entitiesOf(document, type).length, 0);
    return `${count} ${(count === 1 ? SINGULAR : PLURAL)[type]}`;
  });
  out.push('', `${summaries.length} article${summaries.length === 1 ? '' : 's'}: ${totals.join(', ')}`);
  return out.join('\n') + '\n';
}

function entitiesOf(document: AnnotatedDocument, type: EntityType) {
  return document.entities.filter((entity) => entity.type === type);
}

/**
 * The most mentioned first (ties in order of first mention), money before other amounts
 * (a sum of money says more about an article than "two weeks"); "×n" only for repeated ones.
 */
function topEntities(document: AnnotatedDocument, type: EntityType): string {
  const firstMention = new Map(document.annotations.map((annotation, index) => [annotation.id, index]));
  const order = (mentions: readonly string[]) => Math.min(...mentions.map((id) => firstMention.get(id) ?? Infinity));
  const money = (entity: Entity) => (entity.attributes.unit !== undefined && isMoneyUnit(entity.attributes.unit) ? 0 : 1);
  const entities = entitiesOf(document, type).sort(
    (a, b) => money(a) - money(b) || b.mentions.length - a.mentions.length || order(a.mentions) - order(b.mentions),
  );
  const shown = entities.slice(0, TOP).map((entity) => (entity.mentions.length > 1 ? `${entity.name} ×${entity.mentions.length}` : entity.name));
  if (entities.length > TOP) shown.push(`+${entities.length - TOP} more`);
  return shown.join(', ');
}
