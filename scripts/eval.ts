// Precision, recall and F1 per type against gold annotations:
//   npm run eval -- [CORPUS_DIR] [--verbose]
// CORPUS_DIR defaults to ../shared/corpus/dev; absent, the script says so and exits 0.
import { resolve } from 'node:path';
import { annotate } from '../src/core';
import { readGoldCorpus } from './lib/goldCorpus';
import { f1, scoreArticle, SCORED_TYPES, type TypeScore } from './lib/scoring';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const dir = resolve(args.find((a) => !a.startsWith('-')) ?? '../shared/corpus/dev');
const articles = readGoldCorpus(dir);
if (!articles) {
  console.log(`eval: skipped, no corpus at ${dir} (expects articles/*.txt and gold/*.json)`);
  process.exit(0);
}

const totals = new Map<string, TypeScore>(SCORED_TYPES.map((t) => [t, { truePositives: 0, falsePositives: 0, falseNegatives: 0, exactSpans: 0 }]));
for (const article of articles) {
  const document = annotate(article.text);
  const system = document.annotations.filter((a) => (SCORED_TYPES as readonly string[]).includes(a.type));
  const { scores, missed, spurious } = scoreArticle(system, article.mentions);
  for (const [type, score] of scores) {
    const total = totals.get(type)!;
    total.truePositives += score.truePositives;
    total.falsePositives += score.falsePositives;
    total.falseNegatives += score.falseNegatives;
    total.exactSpans += score.exactSpans;
  }
  if (verbose && (missed.length > 0 || spurious.length > 0)) {
    console.log(`\n${article.name} (${document.source.language})`);
    for (const m of missed) console.log(`  missed   ${m.type.padEnd(7)} ${JSON.stringify(m.text)}${m.value !== undefined ? ` = ${m.value} ${m.unit}` : ''} @${m.start}`);
    for (const s of spurious) console.log(`  spurious ${s.type.padEnd(7)} ${JSON.stringify(s.text)}${s.value !== undefined ? ` = ${s.value} ${s.unit}` : ''} @${s.start}`);
  }
}

console.log(`\n${articles.length} articles from ${dir}`);
console.log('type      gold  found  tp   P      R      F1     exact spans');
for (const [type, score] of totals) {
  const { precision, recall, f1: f } = f1(score);
  const gold = score.truePositives + score.falseNegatives;
  const found = score.truePositives + score.falsePositives;
  console.log(
    `${type.padEnd(9)} ${String(gold).padStart(4)}  ${String(found).padStart(5)}  ${String(score.truePositives).padStart(3)}  ${precision.toFixed(3)}  ${recall.toFixed(3)}  ${f.toFixed(3)}  ${score.exactSpans}/${score.truePositives}`,
  );
}
