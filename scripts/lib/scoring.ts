export interface ScoredMention {
  type: string;
  start: number;
  end: number;
  text: string;
  value?: number;
  unit?: string;
}

export interface TypeScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  exactSpans: number;
}

export const SCORED_TYPES = ['leader', 'country', 'amount'] as const;

// ISO 4217 codes only: a count's unit may be three capitals too ("6 WNI", "20 PMI").
const CURRENCY_CODES = new Set(Intl.supportedValuesOf('currency'));
const isMoney = (unit: string | undefined) => unit !== undefined && CURRENCY_CODES.has(unit);

/**
 * The corpus README's rule: same type and overlapping spans; an amount also needs the same
 * value (within 0.5%) and, for money, the same currency. Matching is one-to-one, greedy in
 * text order.
 */
export function mentionsMatch(system: ScoredMention, gold: ScoredMention): boolean {
  if (system.type !== gold.type || system.end <= gold.start || gold.end <= system.start) return false;
  if (gold.type !== 'amount') return true;
  if (system.value === undefined || gold.value === undefined) return false;
  const tolerance = Math.abs(gold.value) * 0.005;
  if (Math.abs(system.value - gold.value) > tolerance) return false;
  if (isMoney(gold.unit) || isMoney(system.unit)) return system.unit === gold.unit;
  return true;
}

export function scoreArticle(
  system: readonly ScoredMention[],
  gold: readonly ScoredMention[],
): { scores: Map<string, TypeScore>; missed: ScoredMention[]; spurious: ScoredMention[] } {
  const scores = new Map<string, TypeScore>(
    SCORED_TYPES.map((t) => [t, { truePositives: 0, falsePositives: 0, falseNegatives: 0, exactSpans: 0 }]),
  );
  const used = new Set<number>();
  const missed: ScoredMention[] = [];
  for (const g of gold) {
    const index = system.findIndex((s, i) => !used.has(i) && mentionsMatch(s, g));
    const score = scores.get(g.type)!;
    if (index < 0) {
      score.falseNegatives++;
      missed.push(g);
      continue;
    }
    used.add(index);
    score.truePositives++;
    const s = system[index]!;
    if (s.start === g.start && s.end === g.end) score.exactSpans++;
  }
  const spurious: ScoredMention[] = [];
  system.forEach((s, i) => {
    const score = scores.get(s.type);
    if (!score || used.has(i)) return;
    score.falsePositives++;
    spurious.push(s);
  });
  return { scores, missed, spurious };
}

export function f1(score: TypeScore): { precision: number; recall: number; f1: number } {
  const precision = score.truePositives / Math.max(1, score.truePositives + score.falsePositives);
  const recall = score.truePositives / Math.max(1, score.truePositives + score.falseNegatives);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
