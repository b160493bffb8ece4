// Engine throughput against one bare Unicode regex pass over the same text:
//   npm run bench [-- FILE] [--runs N]
// Without FILE it builds a 10 MB corpus from the self-written articles in samples/. Prints
// the engine's MB/s at 100 KB, 1 MB and 10 MB (cost must grow linearly; each size
// annotates 10 MB in all), peak extra memory,
// what the output alone costs before any recognition (the floor line), and last the line
// `engine X MB/s, baseline Y MB/s, ratio R` (R = engine time / baseline time).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { bundledResources } from '../src/core';
import { annotationId } from '../src/core/model/annotatedDocument';
import { charClass, CharClass } from '../src/core/text/characterClass';
import { tokenize } from '../src/core/text/tokenize';
import { createNodeAnnotator, nodeSha256 } from '../src/node/nodeAnnotator';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
const file = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--runs');
const MB = 1024 * 1024;

function corpus(size: number): string {
  if (file) return readFileSync(resolve(file), 'utf8');
  const dir = resolve(__dirname, '../../samples');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  if (articles.length === 0) throw new Error(`no sample articles in ${dir}`);
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const article = articles[i % articles.length]!;
    parts.push(article);
    length += article.length + 2;
  }
  return flat(parts.join('\n\n').slice(0, size));
}

/**
 * A copy held in one flat buffer, as a file read or an editor's getText() gives it. Joined
 * and sliced strings are trees of pieces, which make every charCodeAt of the engine slower
 * while the regular expression baseline flattens its input once.
 */
function flat(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function bestOf(times: number, fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const baselinePattern = /\p{Lu}[\p{L}'-]+/gu;
function baselineScan(text: string): number {
  let count = 0;
  baselinePattern.lastIndex = 0;
  while (baselinePattern.exec(text) !== null) count++;
  return count;
}

const annotator = createNodeAnnotator(bundledResources());
const full = corpus(10 * MB);
const mb = (text: string) => text.length / MB;

// Peak memory: growth of the process's maximum resident set over the first big run,
// after a full collection so that the garbage left by building the corpus is not counted.
collectGarbage();
const rssBefore = process.resourceUsage().maxRSS * 1024;
const document = annotator.annotate(full);
const peakExtra = process.resourceUsage().maxRSS * 1024 - rssBefore;
console.log(
  `${document.annotations.length} annotations, ${document.entities.length} entities in ${mb(full).toFixed(1)} MB; ` +
    `peak extra memory ${(peakExtra / MB).toFixed(0)} MB = ${(peakExtra / (full.length * 2)).toFixed(1)}× the text (${((full.length * 2) / MB).toFixed(0)} MB as UTF-16)`,
);
// Warm the JIT on a smaller copy before timing anything (a slice would slow the engine: see sequentialCopy).
const warmup = flat(full.slice(0, MB));
for (let i = 0; i < 3; i++) annotator.annotate(warmup);

if (!file) {
  // Each size annotates 10 MB in all (100 x 100 KB, 10 x 1 MB, 1 x 10 MB), so that every
  // rate carries its share of garbage collection: the best single run of a small text is
  // often one that no collection happened to interrupt.
  for (const size of [100 * 1024, MB, 10 * MB]) {
    const text = flat(full.slice(0, size));
    const repeats = Math.round((10 * MB) / size);
    const ms = bestOf(Math.min(runs, 3), () => {
      for (let i = 0; i < repeats; i++) annotator.annotate(text);
    });
    console.log(`${(size / 1024).toFixed(0).padStart(6)} KB: engine ${((mb(text) * repeats) / (ms / 1000)).toFixed(1)} MB/s (${repeats} × ${(size / 1024).toFixed(0)} KB)`);
  }
}

/**
 * Work every run of the engine must do whatever its design, timed alone on the same text: one
 * JavaScript pass over the characters that only counts words, the tokenizer, the text's
 * SHA-256 and the annotation objects of the output contract (id, type, offsets, text, entity).
 */
function floorParts(text: string): Array<[string, number]> {
  const spans = document.annotations.map(({ type, start, end, entityId }) => ({ type, start, end, entityId }));
  const scan = () => {
    let words = 0;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const cls = charClass(text.charCodeAt(i));
      const letter = cls === CharClass.Lower || cls === CharClass.Upper || cls === CharClass.OtherLetter;
      if (letter && !inWord) words++;
      inWord = letter;
    }
    return words;
  };
  const objects = () => spans.map(({ type, start, end, entityId }, index) => ({ id: annotationId(index), type, start, end, text: text.slice(start, end), entityId }));
  return [
    ['character scan', bestOf(runs, scan)],
    ['tokenizer', bestOf(runs, () => tokenize(text, annotator.lexicon.vocabulary))],
    ['sha256', bestOf(runs, () => nodeSha256(text))],
    [`${spans.length} annotation objects`, bestOf(runs, objects)],
  ];
}

// Alternate the two so that neither gets a warmer machine.
let engineMs = Infinity;
let baselineMs = Infinity;
for (let i = 0; i < runs; i++) {
  engineMs = Math.min(engineMs, bestOf(1, () => annotator.annotate(full)));
  baselineMs = Math.min(baselineMs, bestOf(1, () => baselineScan(full)));
}
const share = (ms: number) => (ms / baselineMs).toFixed(2);
console.log(`floor, as shares of the baseline pass: ${floorParts(full).map(([name, ms]) => `${name} ${share(ms)}`).join(', ')}`);
const engineRate = mb(full) / (engineMs / 1000);
const baselineRate = mb(full) / (baselineMs / 1000);
console.log(`engine ${engineRate.toFixed(1)} MB/s, baseline ${baselineRate.toFixed(1)} MB/s, ratio ${(engineMs / baselineMs).toFixed(2)}`);
