// Precision, recall and F1 per type against gold annotations:
//   npm run eval -- [CORPUS_DIR] [--verbose]
// CORPUS_DIR defaults to ../shared/corpus/dev; absent, the script says so and exits 0.
import { resolve } from 'node:path';
import { annotate } from '../src/core';
import { readGoldCorpus } from './lib/goldCorpus';
import { scoreCorpus } from './lib/scoreCorpus';
import { f1 } from './lib/scoring';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const dir = resolve(args.find((a) => !a.startsWith('-')) ?? '../shared/corpus/dev');
const articles = readGoldCorpus(dir);
if (!articles) {
  console.log(`eval: skipped, no corpus at ${dir} (expects articles/*.txt and gold/*.json)`);
  process.exit(0);
}

const { totals, results } = scoreCorpus(articles, (text) => annotate(text));
if (verbose) {
  for (const { article, document, missed, spurious } of results) {
    if (missed.length === 0 && spurious.length === 0) continue;
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
