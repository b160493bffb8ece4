import type { NumberWords } from '../data/schemas';

/**
 * The value of the longest run of number words at `words[start]` (lower case): "dua puluh
 * tiga" 23, "dua belas" 12, "seribu lima ratus" 1500, "one hundred and five" 105, "two
 * dozen" 24, "twenty-three" 23 (hyphenated words arrive as one word). Multipliers below a
 * thousand scale the group being read ("lima ratus"), a thousand closes it ("lima ribu
 * tiga ratus"); "belas" adds ten. A trailing connector ("and") is not consumed.
 */
export function parseNumberWords(
  words: readonly string[],
  start: number,
  resources: NumberWords,
): { value: number; length: number } | undefined {
  let total = 0;
  let group = 0;
  let length = 0;
  for (let i = start; i < words.length; i++) {
    const word = words[i]!;
    const unit = unitValue(word, resources);
    if (unit !== undefined) {
      if (unit >= 1000) {
        total += (group || 0) + unit;
        group = 0;
      } else group += unit;
      length = i - start + 1;
      continue;
    }
    const multiplier = resources.multipliers[word];
    if (multiplier !== undefined && length > 0) {
      if (word === 'belas') group += 10;
      else if (multiplier >= 1000) {
        total += (group || 1) * multiplier;
        group = 0;
      } else group = (group || 1) * multiplier;
      length = i - start + 1;
      continue;
    }
    if (length > 0 && resources.connectors.includes(word) && i + 1 < words.length && startsNumber(words[i + 1]!, resources)) {
      continue;
    }
    break;
  }
  return length > 0 ? { value: total + group, length } : undefined;
}

function unitValue(word: string, resources: NumberWords): number | undefined {
  const direct = resources.units[word];
  if (direct !== undefined) return direct;
  if (!word.includes('-')) return undefined;
  // "twenty-three"
  let sum = 0;
  for (const part of word.split('-')) {
    const value = resources.units[part];
    if (value === undefined) return undefined;
    sum += value;
  }
  return sum;
}

function startsNumber(word: string, resources: NumberWords): boolean {
  return unitValue(word, resources) !== undefined;
}
