import type { NumberWords } from '../data/schemas';

/** Significant digits kept after scaling: enough for any amount news writes, fewer than a double's 15.9. */
const SIGNIFICANT_DIGITS = 15;

/**
 * `value` times `scale` without binary noise: "1,1 ribu" is 1100, not 1100.0000000000002.
 * A whole value is multiplied exactly; a fractional one is rounded to 15 significant
 * digits, which keeps every digit a writer could have meant.
 */
export function applyScale(value: number, scale: number): number {
  const product = value * scale;
  if (Number.isInteger(value) || !Number.isFinite(product) || product === 0) return product;
  // "1,5 miliar": a whole product below 10^15 is what rounding would give, without its cost.
  if (Number.isInteger(product) && Math.abs(product) < 1e15) return product;
  return Number(product.toPrecision(SIGNIFICANT_DIGITS));
}

/**
 * The multiplier a scale word stands for ("juta" 1e6, "bn" 1e9, "Million" 1e6), matched
 * case-insensitively; undefined for any other word.
 */
export function scaleOf(word: string, numbers: NumberWords): number | undefined {
  const exact = numbers.scales[word];
  if (typeof exact === 'number') return exact;
  const lower = word.toLowerCase();
  if (lower === word) return undefined;
  const folded = numbers.scales[lower];
  return typeof folded === 'number' ? folded : undefined;
}
