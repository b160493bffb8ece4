import type { NumberWords } from '../data/schemas';

/** What has been read so far: "dua ribu tiga ratus lima" is total 2000, group 300, last 5. */
interface Reading {
  /** Closed groups, each already multiplied by its thousand or larger multiplier. */
  total: number;
  /** The current group's multiplied parts: 300 in "tiga ratus lima". */
  group: number;
  /** Units not yet multiplied: 5 in "tiga ratus lima", 23 in "twenty three". */
  last: number;
  hasLast: boolean;
  /** What is added to the group next must stay below this: 10 after "puluh", 100 after "ratus". */
  groupLimit: number;
  /** The next thousand-or-larger multiplier must stay below the last one ("dua juta tiga ratus ribu"). */
  scaleLimit: number;
  /** "and" was just passed: only a unit may come next. */
  afterConnector: boolean;
}

/**
 * The value of the longest run of number words at `words[start]`, and how many words it
 * took; undefined when `words[start]` does not start a number. Words must be lower case.
 *
 * "dua puluh tiga" 23, "seratus dua belas" 112, "seribu lima ratus" 1500, "dua ratus ribu"
 * 200000, "one hundred and five" 105, "nineteen hundred" 1900, "two dozen" 24. A
 * hyphenated word is read part by part, so "twenty-three" may come as one word or as
 * "twenty", "three"; if any part does not fit, the whole word is left. The run stops at the
 * first word that does not continue the number ("dua tiga" is 2 and leaves "tiga"), and a
 * connector ("and") is taken only when a unit follows it. Scale words that follow a number
 * ("juta", "billion") are not read here unless they are also multipliers: see applyScale.
 */
export function parseNumberWords(
  words: readonly string[],
  start: number,
  resources: NumberWords,
  /** An indefinite "a" went before `words[start]`: the number starts at one ("a dozen"), and a multiplier must follow. */
  afterIndefinite = false,
): { value: number; length: number } | undefined {
  const reading: Reading = {
    total: 0,
    group: 0,
    last: afterIndefinite ? 1 : 0,
    hasLast: afterIndefinite,
    groupLimit: Infinity,
    scaleLimit: Infinity,
    afterConnector: false,
  };
  let length = 0;
  for (let i = start; i < words.length; i++) {
    const word = words[i]!;
    if (length > 0 && !reading.afterConnector && isConnector(word, resources) && canTakeConnector(reading)) {
      reading.afterConnector = true;
      continue;
    }
    if (!readWord(reading, word, resources, length === 0 && !afterIndefinite)) break;
    if (afterIndefinite && length === 0 && reading.hasLast) return undefined;
    reading.afterConnector = false;
    length = i - start + 1;
  }
  if (length === 0) return undefined;
  return { value: reading.total + reading.group + reading.last, length };
}

function readWord(reading: Reading, word: string, resources: NumberWords, first: boolean): boolean {
  if (readPart(reading, word, resources, first)) return true;
  if (word.indexOf('-') < 1) return false;
  const saved = { ...reading };
  let from = 0;
  while (from <= word.length) {
    let to = word.indexOf('-', from);
    if (to < 0) to = word.length;
    if (!readPart(reading, word.slice(from, to), resources, first && from === 0)) {
      Object.assign(reading, saved);
      return false;
    }
    from = to + 1;
  }
  return true;
}

function readPart(reading: Reading, word: string, resources: NumberWords, first: boolean): boolean {
  const unit = valueIn(resources.units, word);
  if (unit !== undefined) return addUnit(reading, unit, first);
  if (reading.afterConnector) return false;
  const addend = valueIn(resources.addends, word);
  if (addend !== undefined) return addAddend(reading, addend);
  const multiplier = valueIn(resources.multipliers, word);
  if (multiplier !== undefined) return multiply(reading, multiplier);
  return false;
}

function addUnit(reading: Reading, unit: number, first: boolean): boolean {
  if (unit > 0 && unit < 1) {
    // "setengah" 0.5 alone or after a whole number ("dua setengah" 2.5); nothing follows it.
    if (!first && (reading.groupLimit === 0 || reading.last % 1 !== 0)) return false;
    reading.last += unit;
    reading.hasLast = true;
    reading.groupLimit = 0;
    return true;
  }
  if (unit === 0) {
    // "nol", "zero" stand alone.
    if (!first) return false;
    reading.hasLast = true;
    reading.groupLimit = 0;
    return true;
  }
  if (unit >= 1000) {
    // "seribu", "sejuta": a whole group of their own.
    if (reading.hasLast || reading.group > 0 || unit >= reading.scaleLimit) return false;
    reading.total += unit;
    reading.scaleLimit = unit;
    return true;
  }
  if (unit >= 100) {
    // "seratus"
    if (reading.hasLast || reading.group > 0) return false;
    reading.group = unit;
    reading.groupLimit = 100;
    return true;
  }
  if (reading.hasLast) {
    // "twenty three": a ones digit after a round ten.
    if (!isRoundTen(reading.last) || unit >= 10) return false;
    reading.last += unit;
    return true;
  }
  if (unit >= reading.groupLimit) return false;
  reading.last = unit;
  reading.hasLast = true;
  return true;
}

/** "dua belas": ten added to the single unit before. */
function addAddend(reading: Reading, addend: number): boolean {
  if (!reading.hasLast || reading.last < 1 || reading.last >= 10) return false;
  if (reading.last + addend >= reading.groupLimit) return false;
  reading.last += addend;
  return true;
}

function multiply(reading: Reading, multiplier: number): boolean {
  if (multiplier >= 1000) {
    const group = reading.group + reading.last;
    if (group <= 0 || multiplier >= reading.scaleLimit) return false;
    reading.total += group * multiplier;
    reading.group = 0;
    reading.last = 0;
    reading.hasLast = false;
    reading.groupLimit = Infinity;
    reading.scaleLimit = multiplier;
    return true;
  }
  // "dua puluh", "tiga ratus", "nineteen hundred", "two dozen"; not "sepuluh puluh".
  // A half goes only before a dozen ("setengah lusin" 6), not before "ratus" or "puluh".
  const halfDozen = reading.last > 0 && reading.last < 1 && reading.group === 0 && reading.total === 0 && !isPowerOfTen(multiplier);
  if (!reading.hasLast || (reading.last < 1 && !halfDozen) || reading.last >= multiplier) return false;
  const product = reading.last * multiplier;
  if (product >= reading.groupLimit && !halfDozen) return false;
  reading.group += product;
  reading.last = 0;
  reading.hasLast = false;
  // After "puluh" only a digit may follow, after "ratus" up to 99; after "dozen" nothing.
  reading.groupLimit = isPowerOfTen(multiplier) ? multiplier : 1;
  return true;
}

/** "one hundred and five", "two thousand and ten": a connector right after a multiplier. */
function canTakeConnector(reading: Reading): boolean {
  return !reading.hasLast && (reading.group > 0 || reading.total > 0);
}

function isConnector(word: string, resources: NumberWords): boolean {
  const connectors = resources.connectors;
  for (let i = 0; i < connectors.length; i++) if (connectors[i] === word) return true;
  return false;
}

function isRoundTen(value: number): boolean {
  return value >= 20 && value < 100 && value % 10 === 0;
}

function isPowerOfTen(value: number): boolean {
  let n = value;
  while (n >= 10 && n % 10 === 0) n /= 10;
  return n === 1;
}

/** A word's value in a resource map; words such as "constructor" are not numbers. */
function valueIn(map: Readonly<Record<string, number>>, word: string): number | undefined {
  const value = map[word];
  return typeof value === 'number' ? value : undefined;
}
