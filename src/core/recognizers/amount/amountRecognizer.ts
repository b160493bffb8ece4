import { INDONESIAN_POSSESSIVE_SUFFIX, MoreWordFlag, stopwordFlag, WordFlag, type SharedCurrency } from '../../lexicon/lexicon';
import { createCandidate, Priority, type Candidate } from '../../pipeline/candidate';
import {
  afterDefiniteArticle,
  isAttachedToPrevious,
  isCapitalizedWord,
  isCapitalizedWordIn,
  isCapitalizedWordWith,
  isJoiningDash,
  isJoiningHyphen,
  isLowerCaseWord,
  isPunct,
  isWord,
  isWordIn,
  isWordSpelled,
  isWordWith,
  matchEndingAt,
  matchOfKind,
  tokenLower,
  type RecognitionContext,
  type Recognizer,
} from '../../pipeline/recognitionContext';
import { charClass, isAsciiDigit, isLetterClass, lowerCode } from '../../text/characterClass';
import { firstTokenOf, isTitleCaseLine } from '../../text/lineShape';
import { isSpacedWithinLine, TokenFlag, TokenKind, tokenRangeText, tokenText, type TokenStream } from '../../text/tokenize';
import { isDayRangeEnd, isMonthAbbreviationDot } from '../date/dayNumber';
import { isSentenceStart } from '../leader/personName';
import { applyScale } from '../../numbers/applyScale';
import { parseDigitNumber } from '../../numbers/parseDigitNumber';
import { amountKey } from '../../pipeline/entityKey';
import { fractionOfOne, languagesFirst, readNumber, type NumberReading } from './readNumber';

interface Unit {
  readonly unit: string;
  readonly tokenEnd: number;
  readonly money: boolean;
  readonly shared?: SharedCurrency;
  /** 100 cents make a dollar: the number is divided by `subunits`. */
  readonly subunits?: number;
  /** "three-quarters": the number is the numerator of a share, given in percent. */
  readonly denominator?: number;
  /** A unit of time or measure ("tahun", "km"), not a currency or a counted noun. */
  readonly measure?: boolean;
}

/**
 * Money, percentages, durations, measures and counts: an optional currency before the
 * number ("Rp", "US$", "€"), the number in digits or words, an optional range ("10 hingga
 * 20"), a scale ("miliar", "billion", "bn") and a unit after it ("dolar AS", "persen",
 * "tahun", "km", "negara"). Without a unit or a currency a number is not an amount: years,
 * dates, identifiers and numbers inside names never are.
 */
export const recognizeAmounts: Recognizer = (context, out) => {
  const { tokens, lexicon } = context;
  const triggers = WordFlag.NumberWord | WordFlag.Multiplier | WordFlag.Scale | WordFlag.Fused | WordFlag.CurrencyPrefixStart;
  const recent: RecentAmounts = { money: undefined, moneyEnd: 0, count: undefined, countStart: 0, countEnd: 0, countInMillions: false, last: undefined, lastStart: 0, lastEnd: 0, lastInMillions: false, moneyByValue: new Map(), scaledPrefixCodes: new Set(), unscaledPrefixes: [], unscaledAllowed: false };
  for (let index = 0; index < tokens.count; index++) {
    if (tokens.kinds[index] !== TokenKind.Number) {
      const wordId = tokens.wordIds[index]!;
      if (wordId < 0) continue;
      const flags = lexicon.wordFlags(wordId);
      if ((flags & triggers) === 0) continue;
      // "a dozen", "half a million": the number starts at the article or the fraction before it.
      const start = numberStartBefore(context, index, flags);
      if (start < index) {
        const found = readAmountAt(context, start, out, recent);
        if (found > index) {
          index = found - 1;
          continue;
        }
      }
    }
    const found = readAmountAt(context, index, out, recent);
    if (found > index) index = found - 1;
  }
  // "the P20 per kilo rice" in a text of "P6.2 trillion" budgets: some letters that stand for a
  // currency only before a scale do so before a rate's number once the text has used them so;
  // "Huawei P20" is a maker's model, not a sum.
  const unscaled = recent.unscaledPrefixes.filter(({ index, code }) => recent.scaledPrefixCodes.has(code) && !followsNameWord(context, index));
  recent.unscaledAllowed = true;
  for (const { index } of unscaled) readAmountAt(context, index, out, recent);
};

/** Where a number that `index` is part of starts before it: "a" before "dozen", "half" before "a". */
function numberStartBefore(context: RecognitionContext, index: number, flags: number): number {
  const { tokens, lexicon } = context;
  const isIndefinite = (at: number) => at >= 0 && lexicon.hasMoreFlag(tokens.wordIds[at]!, MoreWordFlag.Indefinite);
  const withFraction = (article: number) => (article > 0 && fractionOfOne(context, article - 1) !== undefined ? article - 1 : article);
  if (isIndefinite(index)) return withFraction(index);
  if (flags & (WordFlag.Multiplier | WordFlag.Scale) && isIndefinite(index - 1)) return withFraction(index - 1);
  return index;
}

/** The units of the last sum of money and the last count read, each with the token after it. */
interface RecentAmounts {
  money: Unit | undefined;
  moneyEnd: number;
  count: Unit | undefined;
  countStart: number;
  countEnd: number;
  /** Whether that count was written with a scale of millions or more ("16 juta turis"). */
  countInMillions: boolean;
  /** The last amount of any kind (a share or a measure too), with its first token and the token after it. */
  last: Unit | undefined;
  lastStart: number;
  lastEnd: number;
  /** Whether that amount was written with a scale of millions or more ("US$ 29,08 miliar"). */
  lastInMillions: boolean;
  /** Sums of money in millions or more read so far, by value: "187 miliar" after "Rp187 miliar" repeats it. */
  readonly moneyByValue: Map<number, Unit>;
  /** Codes of the currencies read with a prefix that stands for them before a scale and then before any number ("P" before "billion"). */
  readonly scaledPrefixCodes: Set<string>;
  /** Where such a prefix stood before a rate's number with no scale ("P20 per kilo"), with its currency. */
  readonly unscaledPrefixes: Array<{ readonly index: number; readonly code: string }>;
  /** Whether such a prefix is read before a number with no scale. */
  unscaledAllowed: boolean;
}

/** Reads an amount starting at `index`; returns the token after it, or `index` if none. */
function readAmountAt(context: RecognitionContext, index: number, out: Candidate[], recent: RecentAmounts): number {
  const { tokens } = context;
  let numberStart = index;
  let prefixCurrency: string | undefined;
  const prefix = prefixCurrencyAt(context, index);
  if (prefix) {
    prefixCurrency = prefix.code;
    numberStart = prefix.tokenEnd;
  }
  const first = readNumber(context, numberStart);
  if (!first) return index;
  // "Pasal 5, 6 dan 7": a list after an identifier word is identifiers all through.
  const listed = numbersListedAfter(context, first);
  if (!prefix && !isAmountPosition(context, first)) return listed.length > 0 ? listed[listed.length - 1]!.tokenEnd : index;

  // A range shares the scale and unit of its second number: "10 hingga 20 miliar dolar";
  // a list those of its last: "6, 18, dan 18 pesawat".
  let second: NumberReading | undefined = listed.pop();
  let cursor = second ? second.tokenEnd : first.tokenEnd;
  // "from KSh 162 to KSh 142": the far end's span takes its own currency sign.
  let secondStart = second?.tokenStart ?? -1;
  // "from 1.38 trillion liras in 2023 to 960 billion liras": a year opens no range.
  const year = !prefix && first.written === 'digits' && isYearLike(context, first) && isYearPosition(context, first.tokenStart);
  if (!second && !year && isRangeWord(context, cursor) && isRangeJoin(context, index, cursor)) {
    const afterRange = cursor + 1;
    const prefixAgain = prefixCurrency ? prefixCurrencyAt(context, afterRange) : undefined;
    const candidate = readNumber(context, prefixAgain ? prefixAgain.tokenEnd : afterRange);
    // "sehari dan sepekan": words that carry their own unit form no range; "five to 17
    // years" mixes words and digits, as English style writes numbers under ten.
    // "US$ 86.564.501 atau Rp 1.351.921.094.367": another currency makes another sum.
    const sameCurrency = prefixAgain === undefined || prefixAgain.code === prefixCurrency;
    // "cut its forecast for 2025 to 2 per cent": a year before a far smaller number opens no range.
    const yearBefore = !prefix && candidate !== undefined && first.written === 'digits' && isYearLike(context, first) && candidate.value < first.value && !isYearLike(context, candidate);
    if (candidate && sameCurrency && !yearBefore && candidate.written !== 'fused' && first.written !== 'fused' && (candidate.written === first.written || first.written === 'words')) {
      second = shorthandRangeEnd(context, first, candidate) ?? candidate;
      secondStart = prefixAgain ? afterRange : candidate.tokenStart;
      cursor = candidate.tokenEnd;
    }
  }

  let scale = 1;
  const scaleAt = readScale(context, cursor, prefix?.scales, prefix !== undefined);
  if (scaleAt) {
    scale = scaleAt.scale;
    cursor = scaleAt.tokenEnd;
    // A scale of a scale: "2 lakh crore", "Rp 1 ribu triliun".
    const outer = readScale(context, cursor, undefined);
    if (outer && outer.scale > scale) {
      scale *= outer.scale;
      cursor = outer.tokenEnd;
    }
  }
  // "Rp4.456.849.425.486 atau Rp4,45 Triliun": a number written out in full takes no scale;
  // the second is the same sum rounded, read on its own.
  if (second && scale > 1 && first.written === 'digits' && first.value >= MIN_WRITTEN_OUT_SUM) {
    second = undefined;
    secondStart = -1;
    scale = 1;
    cursor = first.tokenEnd;
  }
  // "1 billion 800 million US dollars": a smaller scale's number written after a larger one adds to it.
  let addend = 0;
  if (!second && scale > 1 && (tokens.flags[cursor]! & TokenFlag.LineStart) === 0) {
    // "twelve billion and one hundred million", "twenty-four billion, three hundred and
    // sixty million": in words, the parts may stand apart by a comma or "and".
    const partStart = first.written === 'words' ? afterNumberWordJoin(context, cursor) : cursor;
    const part = readNumber(context, partStart);
    // ("one billion and 557 million": digits may go on a number in words.)
    const partScale = part && (part.written === first.written || partStart === cursor || first.written === 'words') && readScale(context, part.tokenEnd, undefined);
    if (partScale) {
      const partValue = applyScale(part.value, partScale.scale);
      if (partValue < scale) {
        addend = partValue;
        cursor = partScale.tokenEnd;
      }
    }
  }
  // "P3K", "R2", "D3": in Indonesian a capital letter against a number is an acronym or a
  // code (first aid, two-wheelers, a diploma); money only with a scale word apart from the digits.
  if (prefix?.letterSign && context.language === 'id' && (!scaleAt || isAttachedToPrevious(tokens, cursor - 1))) return index;
  // "Class B 1,000 shares": a letter set apart from grouped digits is no sign of money ("B60bn", "N150,000" are written against them).
  const looseLetter = prefix?.scaledOnly === true && isLetterApartFromNumber(context, index, prefix);
  if (prefix?.scaledOnly && scale === 1 && !recent.unscaledAllowed && (looseLetter || !(first.written === 'digits' && first.value >= 1000 && hasDigitGroups(context, first.tokenStart)))) {
    // "P20 per kilo": only a rate's sum; "the P5 form" is a code.
    // "JD30" in a text of "JD500m" budgets: a code of capitals written against its digits, once the text has written it with a scale.
    if ((prefix.anyNumberOnceScaled && isWordIn(tokens, cursor, context.lexicon.rateWordsAfterSum)) || isCodeWrittenAgainstDigits(context, index, prefix)) recent.unscaledPrefixes.push({ index, code: prefix.code });
    return index;
  }
  if (prefix?.scaledOnly && scale > 1) recent.scaledPrefixCodes.add(prefix.code);

  let unit: Unit | undefined;
  if (first.fusedUnit) unit = { unit: first.fusedUnit, tokenEnd: first.tokenEnd, money: false };
  else unit = readUnit(context, cursor, prefixCurrency !== undefined, isSingle(context, first, second));
  // "20 million of COVID-19 vaccine doses": a scaled number may count what follows "of".
  if (!unit && !prefixCurrency && scale > 1 && isWordSpelled(tokens, cursor, 'of')) unit = countedApartAt(context, cursor + 1, cursor);
  // "229 ribu tahun ini", "sebesar 100.051 tahun ini": "this year" after a number in thousands dates it; it counts no years.
  if (unit?.measure && applyScale(first.value, scale) >= 1000 && isThisOrNextYear(context, cursor, unit)) unit = undefined;
  // "USD525.209,50 atau 46,23 persen": a sum, then the share it makes; no range, and the
  // share is read on its own.
  if (second && prefix && unit && !unit.money && scale === 1) {
    second = undefined;
    cursor = first.tokenEnd;
    unit = undefined;
  }
  // "Rp 150.000 atau 10 dollar AS": another currency after the second number makes it another
  // sum, the conversion of the first, which the prefix's currency keeps.
  if (second && prefixCurrency && unit?.money && unit.unit !== prefixCurrency && scale === 1 && (isWordSpelled(tokens, first.tokenEnd, 'atau') || isWordSpelled(tokens, first.tokenEnd, 'or'))) {
    second = undefined;
    cursor = first.tokenEnd;
    unit = undefined;
  }
  // "5 triliun investasi asing": millions of a word of money are a sum, not a count of it.
  if (unit && !unit.money && scale >= MIN_ELIDED_CURRENCY_SCALE && context.lexicon.moneyNouns.has(tokens.wordIds[cursor]!)) unit = undefined;
  // "$10 million Canadian dollars", "Rp32,7 miliar dolar AS": another currency named after the
  // number says which it is; but "$5 billion yuan swap" names what the sum buys, and the mark
  // of "Rs 500/-" says only that it is money.
  const markAfter = tokens.kinds[cursor] !== TokenKind.Word;
  const currencyAfterDecides = prefixCurrency !== undefined && unit?.money === true && unit.unit !== prefixCurrency && !isPlainLowerWord(context, unit.tokenEnd) && !markAfter;
  if (prefixCurrency && !currencyAfterDecides) {
    // "US$ 5 miliar dolar" would repeat itself; the prefix decides.
    const repeated = unit?.money && (unit.unit === prefixCurrency || markAfter);
    // "$400 million USD": a code of one country's currency after a shared sign settles it.
    const settled = repeated && unit!.unit === prefixCurrency && !unit!.shared;
    unit = { unit: prefixCurrency, tokenEnd: repeated ? unit!.tokenEnd : cursor, money: true, shared: settled ? undefined : prefix?.shared };
  }
  if (!unit && !second && scale === 1) {
    // "magnitude 7.6", "a magnitude of 7.6": a unit written before the number.
    const before = unitBefore(context, index);
    if (before) {
      out.push(amountCandidate(context, before.tokenStart, cursor, first.value, before.unit));
      return cursor;
    }
  }
  // "nilai proyek sebanyak 455": the counted noun before the number, the number alone the span.
  if (!unit && !second && scale === 1 && first.written === 'digits') unit = countNounBeforeIntroducer(context, index, cursor);
  // "Targetnya 4,5 juta (wisman)", "4 (pesawat)": the counted noun in brackets after the number, outside the span.
  if (!unit && !second && isPunct(tokens, cursor, '(')) {
    const noun = readCountedNoun(context, cursor + 1, false);
    if (noun && isPunct(tokens, noun.tokenEnd, ')')) unit = { ...noun, tokenEnd: cursor };
  }
  if (!unit && !second && scale > 1) unit = unitAfterScaledRangeEnd(context, index, cursor);
  if (!unit && first.written === 'digits' && !isYearLike(context, first)) unit = countNounOfSubject(context, index, cursor, recent);
  // "senilai 3.800 crore atau sekitar Rp7,2 triliun": Indian numbering's scales with nothing after them count rupees.
  if (!unit && scale > 1 && isWordIn(tokens, cursor - 1, context.lexicon.rupeeScaleWords) && endsPhrase(context, cursor)) unit = { unit: INDIAN_RUPEE, tokenEnd: cursor, money: true };
  if (!unit && !second && scale >= MIN_ELIDED_CURRENCY_SCALE && context.language === 'id') unit = countNounRightBefore(context, index, cursor);
  if (!unit && !second && !prefix && scale === 1 && first.written === 'digits') unit = exchangeRateCurrency(context, index, cursor);
  if (!unit && scale >= MIN_ELIDED_CURRENCY_SCALE) unit = elidedCurrency(context, index, cursor, recent);
  if (!unit && recent.count) unit = elidedCount(context, first, scale, cursor, recent);
  if (!unit && !second) unit = unitOfBracketedList(context, index, cursor, recent);
  // "Anggaran jalan Rp187 miliar ... dari 187 miliar naik": the same sum said again without its currency.
  if (!unit && !second && scale >= MIN_ELIDED_CURRENCY_SCALE) {
    const repeated = recent.moneyByValue.get(applyScale(first.value, scale));
    if (repeated) unit = { ...repeated, tokenEnd: cursor };
  }
  if (!unit && !second) unit = unitOfScaledRepeat(context, first, scale, cursor, recent);
  if (!unit) return index;
  // "two-state solution", "solusi dua negara": a set phrase, not a count.
  if (first.written === 'words' && !unit.money && isCountIdiom(context, index)) return index;
  if (first.written === 'words' && first.value === 1 && scale === 1 && !unit.money && isOneToAnother(context, cursor, unit.tokenEnd)) return index;
  // "a fraction of the one Korea comes up with": "the one" stands for something named before ("the one-hour meeting" counts).
  if (first.written === 'words' && first.value === 1 && scale === 1 && !unit.money && isWordSpelled(tokens, index - 1, 'the') && !isJoiningHyphen(tokens, first.tokenEnd)) return index;
  // "Not one shekel will end up in Gaza", "not even one region": a negation, as "not a single cent" is, counts nothing.
  if (first.written === 'words' && first.value === 1 && scale === 1 && (isWordSpelled(tokens, index - 1, 'not') || (isWordSpelled(tokens, index - 1, 'even') && isWordSpelled(tokens, index - 2, 'not')))) return index;
  // "One Israeli official told", "said one government official": an unnamed source, not a count.
  if (first.written === 'words' && first.value === 1 && scale === 1 && context.language === 'en' && isWordIn(tokens, unit.tokenEnd - 1, context.lexicon.anonymousSourceNouns) && !isWordSpelled(tokens, index - 1, 'only')) return index;
  // "Ukraine will one day join", "One day, the war will end": some day, no duration.
  if (first.written === 'words' && first.value === 1 && scale === 1 && unit.tokenEnd === cursor + 1 && isWordSpelled(tokens, cursor, 'day') && isSomeDay(context, index, cursor)) return index;
  // "7 Days Reverse Repo Rate": a capitalised unit going on into a capitalised name; "Program 3 Juta Rumah": one opened before the number.
  if (!unit.money && (isInsideCapitalizedName(context, cursor, unit.tokenEnd) || isInsideNameOpenedBefore(context, index, cursor))) return index;
  // "Galugua di Lima Puluh Kota": a place whose name opens with the number.
  if (!unit.money && (matchOfKind(context, index, 'place')?.tokenEnd ?? 0) >= unit.tokenEnd) return index;
  if (first.written === 'digits' && scale === 1 && isYearLike(context, first)) {
    // "in 2024 won the election", "pada 2019 pound sterling melemah": a year, not a sum.
    const yearPosition = isYearPosition(context, first.tokenStart);
    if (unit.money) {
      if (!prefixCurrency && yearPosition) return index;
    } else {
      // "Ada 2000 ton beras", "sebanyak 2000 orang", "sekitar 2000 orang": a measure, or a count
      // its introducer announces or approximates, outside a year's position ("1440 H/2019 M" is a year of the common era).
      const measured = unit.measure === true && tokens.ends[unit.tokenEnd - 1]! - tokens.starts[cursor]! > 1;
      const introduced = isWordIn(tokens, first.tokenStart - 1, context.lexicon.quantityIntroducers) || isWordIn(tokens, first.tokenStart - 1, context.lexicon.approximatorsBeforeNumber);
      if (yearPosition || !(measured || introduced)) return index;
      // "in the 2026 year": a year named with the singular word for one.
      if (isWordSpelled(tokens, cursor, 'year')) return index;
    }
  }

  const end = unit.tokenEnd;
  // "28 billion rand ($1.53 billion) ... less than half the 58 billion": a conversion in brackets
  // right after a sum leaves that sum the one later numbers refer to.
  const conversion = unit.money && recent.money !== undefined && recent.money.unit !== unit.unit && isPunct(tokens, index - 1, '(') && recent.moneyEnd === index - 1;
  if (!conversion) {
    recent.last = unit;
    recent.lastStart = index;
    recent.lastEnd = end;
    recent.lastInMillions = scale >= MIN_ELIDED_CURRENCY_SCALE;
  }
  if (unit.money && !conversion) {
    recent.money = unit;
    recent.moneyEnd = end;
    if (!second && scale >= MIN_ELIDED_CURRENCY_SCALE) recent.moneyByValue.set(applyScale(first.value, scale), unit);
  } else if (unit.money) {
    recent.moneyEnd = end + (isPunct(tokens, end, ')') ? 1 : 0);
  } else if (!unit.measure && unit.denominator === undefined && first.fusedUnit === undefined) {
    // "Setahun berikutnya ... menjadi 9,4 juta": a "se-" word's unit is its own, counted once.
    recent.count = unit;
    recent.countStart = index;
    recent.countEnd = end;
    recent.countInMillions = recent.lastInMillions;
  }
  // "-6.5%", "(−2,1 persen)": a minus sign written against the number, apart from what precedes it.
  const negative = !prefix && first.written === 'digits' && isMinusSign(context, index - 1);
  const start = negative ? index - 1 : index;
  const sign = negative ? -1 : 1;
  if (second) {
    out.push(amountCandidate(context, start, first.tokenEnd, sign * applyScale(first.value, sharedScale(context, first, scale)), unit));
    for (const middle of listed) out.push(amountCandidate(context, middle.tokenStart, middle.tokenEnd, applyScale(middle.value, sharedScale(context, middle, scale)), unit));
    out.push(amountCandidate(context, secondStart, end, applyScale(second.value, scale), unit));
  } else {
    // "lima tahun setengah": a half after the unit of a whole number of years or kilometres.
    const half = unit.measure === true && scale === 1 && Number.isInteger(first.value) ? fractionAfterUnit(context, end) : undefined;
    if (half) {
      out.push(amountCandidate(context, start, half.tokenEnd, first.value + half.value, unit));
      return half.tokenEnd;
    }
    const value = scale === 1 ? rupiahInEnglishGroups(context, first, unit) ?? first.value : first.value;
    out.push(amountCandidate(context, start, end, sign * (applyScale(value, scale) + addend), unit));
    // "from 62 years to 64", "dari 5 persen menjadi 7": the far end of a range whose unit came after its near end.
    const farEnd = !unit.money && scale === 1 ? rangeEndWithoutUnit(context, index, first, end) : undefined;
    if (farEnd) {
      out.push(amountCandidate(context, farEnd.tokenStart, farEnd.tokenEnd, farEnd.value, unit));
      return farEnd.tokenEnd;
    }
  }
  return end;
}

/** After "from N unit", a range word and a bare number of the same writing that ends its phrase. */
function rangeEndWithoutUnit(context: RecognitionContext, numberStart: number, first: NumberReading, end: number): NumberReading | undefined {
  if (!isWordIn(context.tokens, numberStart - 1, context.lexicon.rangeOpeners) || !isRangeWord(context, end) || !isRangeJoin(context, numberStart, end)) return undefined;
  const far = readNumber(context, end + 1);
  if (!far || far.written !== first.written || far.written === 'fused' || !endsPhrase(context, far.tokenEnd) || readScale(context, far.tokenEnd, undefined)) return undefined;
  // "dari 5% ke 10%": a far end with its own unit is read in its own turn; "from 10 days to 2025" ends at a year.
  if (readUnit(context, far.tokenEnd, false, far.value === 1) !== undefined || (far.written === 'digits' && isYearLike(context, far) && !isYearLike(context, first))) return undefined;
  return far;
}

/**
 * The scale a range's far end lends a number before it: none to one written out in groups
 * that already reach the scale ("dari 168.800 menjadi 221 ribu"), as "₹2,000-2,500 crore" do not.
 */
function sharedScale(context: RecognitionContext, number: NumberReading, scale: number): number {
  return number.written === 'digits' && number.value >= scale && hasDigitGroups(context, number.tokenStart) ? 1 : scale;
}

/**
 * "kurs Rp13,511 per dolar AS": rupiah with a comma before exactly three digits and no scale
 * are grouped the English way, as no sum of rupiah has thousandths.
 */
function rupiahInEnglishGroups(context: RecognitionContext, number: NumberReading, unit: Unit): number | undefined {
  if (unit.unit !== 'IDR' || number.written !== 'digits' || number.tokenEnd !== number.tokenStart + 1) return undefined;
  const raw = tokenText(context.tokens, number.tokenStart);
  return /^\d{1,3},\d{3}$/.test(raw) ? parseDigitNumber(raw, 'en') : undefined;
}

/** A number word below one ("setengah") after a unit, with no scale or unit of its own after it. */
function fractionAfterUnit(context: RecognitionContext, index: number): NumberReading | undefined {
  const fraction = isAttachedToPrevious(context.tokens, index) ? undefined : readNumber(context, index);
  if (!fraction || fraction.written !== 'words' || fraction.value <= 0 || fraction.value >= 1) return undefined;
  if (readScale(context, fraction.tokenEnd, undefined) || readUnit(context, fraction.tokenEnd, false, false)) return undefined;
  return fraction;
}

/**
 * "from 9.38 billion to 9.88 billion US dollars": when each end of a range has its own scale,
 * the first takes the unit written after the second (which is read in its own turn).
 */
function unitAfterScaledRangeEnd(context: RecognitionContext, amountStart: number, join: number): Unit | undefined {
  if (!isRangeWord(context, join) || !isRangeJoin(context, amountStart, join)) return undefined;
  const second = readNumber(context, join + 1);
  const scale = second && readScale(context, second.tokenEnd, undefined);
  if (!scale || second.written === 'fused') return undefined;
  const unit = readUnit(context, scale.tokenEnd, false, false);
  return unit && { ...unit, tokenEnd: join };
}

/** "juta": scales below it ("5 ribu") are as often counts with the noun left out. */
const MIN_ELIDED_CURRENCY_SCALE = 1e6;
const INDIAN_RUPEE = 'INR';

/**
 * "dana 14 milyar yang", "bernilai 2,8 miliar,": Indonesian news leaves the currency out after
 * a word of money when nothing follows that the number could count. It is the last currency
 * written in the paragraph, else the rupiah.
 */
function elidedCurrency(context: RecognitionContext, numberStart: number, cursor: number, recent: RecentAmounts): Unit | undefined {
  if (!endsPhrase(context, cursor)) return undefined;
  if (recent.money !== undefined && (isShareOfLastMoney(context, numberStart, recent.moneyEnd) || isInBracketsAfterMoney(context, numberStart, recent.moneyEnd))) {
    return { ...recent.money, tokenEnd: cursor };
  }
  // "Nu 100 bn ... support was 45 bn": English news leaves the currency out after a scale's
  // abbreviation, which counts nothing, where money was the last amount.
  if (context.language === 'en') return recent.money !== undefined && recent.moneyEnd > recent.countEnd && isScaleAbbreviation(context, cursor - 1) ? { ...recent.money, tokenEnd: cursor } : undefined;
  // "513.000 US Dollar atau setara 7,1 miliar": a foreign sum converted, into rupiah.
  if (recent.money !== undefined && recent.money.unit !== 'IDR' && isSentenceOfLastAmount(context, numberStart, recent.moneyEnd) && followsWordOf(context, numberStart, context.lexicon.rupiahConversionWords)) {
    return { unit: 'IDR', tokenEnd: cursor, money: true };
  }
  if (!followsWordOf(context, numberStart, context.lexicon.moneyNouns)) return undefined;
  const inParagraph = recent.money !== undefined && firstTokenOf(context.tokens, numberStart, TokenFlag.ParagraphStart) < recent.moneyEnd;
  const last = inParagraph ? recent.money : undefined;
  return { unit: last?.unit ?? 'IDR', tokenEnd: cursor, money: true, shared: last?.shared };
}

/** Longest abbreviation of a scale word: "bn", "mn", "trn". */
const MAX_SCALE_ABBREVIATION_LENGTH = 3;

function isScaleAbbreviation(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  return isWordWith(context, index, WordFlag.Scale) && tokens.ends[index]! - tokens.starts[index]! <= MAX_SCALE_ABBREVIATION_LENGTH;
}

/**
 * "Liberia 284 persen, Comoro (268 persen), Gabon (215), dan Togo (105)": a bare number in
 * brackets after a country's or place's name, next in a list whose last entry gave its amount
 * in brackets after a name too, has that amount's unit.
 */
function unitOfBracketedList(context: RecognitionContext, numberStart: number, cursor: number, recent: RecentAmounts): Unit | undefined {
  const { tokens } = context;
  // (A sum's scale may differ from entry to entry: "Jepang (US$ 5 juta) dan Korea (2)" is not two dollars.)
  if (recent.last === undefined || recent.last.money || !isBracketedAfterName(context, numberStart, cursor)) return undefined;
  // The last entry's closing bracket, then a comma, "dan" or both before this entry's name.
  let close = startOfNameEndingAt(context, numberStart - 1) - 1;
  const joined = isWordWith(context, close, WordFlag.ListJoiner);
  if (joined) close--;
  if (isPunct(tokens, close, ',')) close--;
  else if (!joined) return undefined;
  if (recent.lastEnd !== close || !isBracketedAfterName(context, recent.lastStart, close)) return undefined;
  return { ...recent.last, tokenEnd: cursor };
}

/** A number from `start` to `end` alone in brackets, right after a country's or place's name. */
function isBracketedAfterName(context: RecognitionContext, start: number, end: number): boolean {
  const { tokens } = context;
  return isPunct(tokens, start - 1, '(') && isPunct(tokens, end, ')') && startOfNameEndingAt(context, start - 1) < start - 1;
}

/** Where a country's or place's name ending right before `end` starts, else `end`. */
function startOfNameEndingAt(context: RecognitionContext, end: number): number {
  const name = matchEndingAt(context, 'country', end, MAX_LISTED_NAME_TOKENS) ?? matchEndingAt(context, 'place', end, MAX_LISTED_NAME_TOKENS);
  return name === undefined ? end : name.tokenStart;
}

/** Farthest a number may stand from the count whose noun it leaves out, in tokens. */
const MAX_ELIDED_COUNT_DISTANCE = 40;

/**
 * "Some 150 countries have signed on, including 22 in Latin America", "1,000 K2 tanks. Among
 * them, 180 were to be supplied": a bare number that opens a share of the last count, or that a
 * verb follows, counts the same noun, near it in its paragraph.
 */
function elidedCount(context: RecognitionContext, number: NumberReading, scale: number, cursor: number, recent: RecentAmounts): Unit | undefined {
  const { tokens, lexicon } = context;
  const numberStart = number.tokenStart;
  if (!isNearAfterInParagraph(tokens, numberStart, recent.countEnd)) return undefined;
  // "300 million to the IDB and another 300": the nearest amount is money; "$11.3 million for the
  // four bridges, while eight million from the Bank": millions in a sentence of money are money too.
  if (recent.moneyEnd > recent.countEnd) return undefined;
  const rangeEnd = endsRangeFromCount(context, numberStart, recent);
  if (!rangeEnd && scale >= MIN_ELIDED_CURRENCY_SCALE && recent.money !== undefined && isSentenceOfLastAmount(context, numberStart, recent.moneyEnd)) return undefined;
  // "one of the tallest": one is no share.
  if (number.written === 'fused' || isYearLike(context, number) || (number.written === 'words' && number.value === 1)) return undefined;
  // "Article 5 were": a number after a name is part of it.
  const listed = isListedAfterName(context, numberStart, cursor, recent);
  if (!listed && followsNameWord(context, numberStart)) return undefined;
  const opensShare = precedesNumber(context, numberStart, (at) => lexicon.countShareOpeners.startEndingAt(tokens, at) >= 0);
  if (
    !opensShare &&
    !rangeEnd &&
    !listed &&
    lexicon.elidedCountFollowers.endStartingAt(tokens, cursor) < 0 &&
    !isBareCountInSentence(context, number, cursor, recent)
  ) {
    return undefined;
  }
  return { ...recent.count!, tokenEnd: cursor };
}

/** A number at `numberStart` after an amount ending at `amountEnd`, at most MAX_ELIDED_COUNT_DISTANCE tokens on, in the same paragraph. */
function isNearAfterInParagraph(tokens: TokenStream, numberStart: number, amountEnd: number): boolean {
  if (numberStart < amountEnd || numberStart - amountEnd > MAX_ELIDED_COUNT_DISTANCE) return false;
  return firstTokenOf(tokens, numberStart, TokenFlag.ParagraphStart) < amountEnd;
}

/**
 * "The party obtained 27 seats, well above the 18 it had", "stands at 233, compared with 198":
 * a number in digits that ends its phrase, in the sentence of the last count ("tenis meja (41)"
 * too). Not a list's number ("1. UMP", "(1)"), an age ("YJCH (33)", "aged 18"), an index level
 * ("ke level 6.046", "support di 8.080"), a time ("8am") nor the first group of a number spaced
 * apart ("4, 400 deaths").
 */
function isBareCountInSentence(context: RecognitionContext, number: NumberReading, cursor: number, recent: RecentAmounts): boolean {
  const { tokens, lexicon } = context;
  const start = number.tokenStart;
  // "22 seats, trailed by PNC (nine), United Resources Party (four)": a name's count in words, in
  // brackets (an age in brackets after a name is in digits: "YJCH (33)").
  const bracketedWords = number.written === 'words' && isPunct(tokens, start - 1, '(') && isPunct(tokens, cursor, ')') && isCapitalizedWord(context, start - 2);
  if ((number.written !== 'digits' && !bracketedWords) || !isSentenceOfLastAmount(context, start, recent.countEnd) || !endsPhrase(context, cursor)) return false;
  // "between 8am and 4pm": a word written against the number.
  if (isWord(tokens, cursor) && isAttachedToPrevious(tokens, cursor)) return false;
  // In brackets only after a lower-case word: "tenis meja (41), bulu tangkis (25)" list counts.
  if ((isPunct(tokens, start - 1, '(') && !isLowerCaseWord(context, start - 2) && !bracketedWords) || (tokens.flags[start]! & TokenFlag.LineStart) !== 0) return false;
  if (isWordIn(tokens, start - 1, lexicon.elidedCountBlockers)) return false;
  return !(isPunct(tokens, cursor, ',') && tokens.kinds[cursor + 1] === TokenKind.Number && tokens.ends[cursor + 1]! - tokens.starts[cursor + 1]! === 3);
}

/**
 * "3.5 million tons ... Brazil (4.5 million)", "US$ 33,04 miliar pada 2017 dan naik lagi menjadi
 * 37,44 miliar": a number in millions or more that ends its phrase, after an amount in millions
 * near it in its paragraph, has that amount's unit; after a count in millions and a share of it
 * ("4,56 juta orang atau 13,58 persen ... menjadi 4,57 juta"), the count's.
 */
function unitOfScaledRepeat(context: RecognitionContext, number: NumberReading, scale: number, cursor: number, recent: RecentAmounts): Unit | undefined {
  const { tokens } = context;
  const numberStart = number.tokenStart;
  if (scale < MIN_ELIDED_CURRENCY_SCALE || number.written !== 'digits' || !endsPhrase(context, cursor)) return undefined;
  const countBeforeShare = !recent.lastInMillions && recent.countInMillions && recent.moneyEnd <= recent.countEnd;
  const source = recent.lastInMillions ? recent.last : countBeforeShare ? recent.count : undefined;
  const sourceEnd = recent.lastInMillions ? recent.lastEnd : recent.countEnd;
  if (source === undefined || !isNearAfterInParagraph(tokens, numberStart, sourceEnd)) return undefined;
  return { ...source, tokenEnd: cursor };
}

/** A capitalised word mid-sentence right before `index`: a name the number or sign there is part of ("Article 5", "Huawei P20"). */
function followsNameWord(context: RecognitionContext, index: number): boolean {
  return isCapitalizedWord(context, index - 1) && !isSentenceStart(context, index - 1);
}

/** "from 9.9 million doses to 20 million", "dari 221 ribu jemaah menjadi 229 ribu": the far end of a range from the last count. */
function endsRangeFromCount(context: RecognitionContext, numberStart: number, recent: RecentAmounts): boolean {
  const { tokens } = context;
  const join = numberStart - 1;
  if (join !== recent.countEnd || !isRangeWord(context, join) || isWordWith(context, join, WordFlag.ListJoiner)) return false;
  return isWordIn(tokens, recent.countStart - 1, context.lexicon.rangeOpeners);
}

/** A number in digits this large is a sum written out, never scaled by a word after a range's far end. */
const MIN_WRITTEN_OUT_SUM = 1_000_000;

/** Words a country's or place's name may take, at most, before its number in a list. */
const MAX_LISTED_NAME_TOKENS = 3;

/**
 * "adalah China, sebanyak 1.329.847 orang, diikuti Australia 1.129.523, Malaysia 1.004.375":
 * a number right after a country, place or organisation ("PDIP meraih 31 kursi, PKB 13"), in
 * the sentence of the last count, is the next entry of a list of the same count.
 */
function isListedAfterName(context: RecognitionContext, numberStart: number, cursor: number, recent: RecentAmounts): boolean {
  if (!isSentenceOfLastAmount(context, numberStart, recent.countEnd)) return false;
  // "36 komoditi ... dengan nilai mencapai US 98,83 juta": a sum's word between says it is money.
  for (let at = recent.countEnd; at < numberStart; at++) if (isWordIn(context.tokens, at, context.lexicon.moneyNouns)) return false;
  return (
    startOfNameEndingAt(context, numberStart) < numberStart ||
    // (Not a model's number: "Toyota 79 chassis".)
    // (Nor a maker's model ending its phrase: "sebagian besar merupakan Boeing 777.")
    (matchEndingAt(context, 'organization', numberStart, MAX_LISTED_NAME_TOKENS, (body) => !body.payload.organization.business) !== undefined && endsPhrase(context, cursor))
  );
}

/**
 * What a number counts with the noun standing apart from it, at `at`: a counted noun, not a sum,
 * a measure or a share ("1 million of them" counts nothing). The span ends at `spanEnd`.
 */
function countedApartAt(context: RecognitionContext, at: number, spanEnd: number): Unit | undefined {
  const counted = readUnit(context, at, false, false);
  return counted && !counted.money && !counted.measure && counted.denominator === undefined ? { ...counted, tokenEnd: spanEnd } : undefined;
}

/** Whether a unit of years is "tahun ini" or "tahun depan": this year or the next, a date rather than a duration. */
function isThisOrNextYear(context: RecognitionContext, unitStart: number, unit: Unit): boolean {
  return unit.unit === 'year' && unit.tokenEnd === unitStart + 1 && opensThisOrNextYear(context.tokens, unitStart);
}

/** "tahun ini", "tahun depan" from `at`. */
function opensThisOrNextYear(tokens: TokenStream, at: number): boolean {
  return isWordSpelled(tokens, at, 'tahun') && (isWordSpelled(tokens, at + 1, 'ini') || isWordSpelled(tokens, at + 1, 'depan'));
}

/** Farthest the subject of a count may stand before its number, in tokens. */
const MAX_COUNT_SUBJECT_DISTANCE = 16;

/**
 * "Jumlah wisatawan yang berkunjung pada Mei sejumlah 1,256 juta.", "the number of companies
 * with foreign capital is over 1600,": a number that counts nothing after it (and ends its
 * phrase), in the sentence of a counted noun named as its subject, with no other number between.
 */
function countNounOfSubject(context: RecognitionContext, numberStart: number, cursor: number, recent: RecentAmounts): Unit | undefined {
  const { tokens, lexicon } = context;
  // "Negara dengan Kuota Haji Terbanyak⏎1. Indonesia": a list's item number.
  if ((tokens.flags[numberStart]! & TokenFlag.LineStart) !== 0 && isPunct(tokens, cursor, '.')) return undefined;
  // "reached 2 million last year", "sebesar 100.051 tahun ini": a time after the number, not a noun.
  if (!endsPhrase(context, cursor) && !isWordSpelled(tokens, cursor, 'per') && !isWordSpelled(tokens, cursor, 'last') && !opensThisOrNextYear(tokens, cursor)) return undefined;
  // Nothing of an amount before: "1,35 juta kunjungan wisatawan, 412.000 di antaranya" has no subject.
  const stop = Math.max(0, numberStart - MAX_COUNT_SUBJECT_DISTANCE, recent.moneyEnd, recent.countEnd);
  for (let at = numberStart - 1; at >= stop; at--) {
    // "pada Mei 2019 sejumlah 1,256 juta": a year between is no other count.
    if ((tokens.kinds[at] === TokenKind.Number && !isYearToken(context, at)) || isSentenceMark(tokens, at)) return undefined;
    if (at > stop && lexicon.countSubjects.startEndingAt(tokens, at - 1) >= stop && isLowerCaseWord(context, at)) {
      const noun = readCountedNoun(context, at, false);
      if (noun) return { ...noun, tokenEnd: cursor };
    }
    // "kuota haji sebanyak 20.000": a noun that is itself a number of things.
    if (isWordIn(tokens, at, lexicon.countingNouns)) return { unit: tokenLower(tokens, at), tokenEnd: cursor, money: false };
    if ((tokens.flags[at]! & TokenFlag.LineStart) !== 0) return undefined;
  }
  return undefined;
}

/**
 * "India itu orangnya 1,4 miliar.", "Penduduk 1,4 Miliar tapi ...": in Indonesian, a count noun
 * written right before a number in millions that ends its phrase is what the number counts.
 */
function countNounRightBefore(context: RecognitionContext, numberStart: number, cursor: number): Unit | undefined {
  const { tokens } = context;
  const at = numberStart - 1;
  if (!endsPhrase(context, cursor) || !isWord(tokens, at)) return undefined;
  if (!isLowerCaseWord(context, at) && !isSentenceStart(context, at) && !isTitleCaseLine(tokens, at, context.lexicon)) return undefined;
  const k = countNounAt(context, at, false);
  if (k < 0 || context.matches.endAt(at, k) !== numberStart) return undefined;
  return { ...countNounUnit(context, at, k), tokenEnd: cursor };
}

function isYearToken(context: RecognitionContext, at: number): boolean {
  const number = readNumber(context, at);
  return number !== undefined && number.tokenEnd === at + 1 && isYearLike(context, number);
}

function isSentenceMark(tokens: TokenStream, at: number): boolean {
  return isPunct(tokens, at, '.') || isPunct(tokens, at, '!') || isPunct(tokens, at, '?') || isPunct(tokens, at, ';');
}

/** Farthest a share may stand from the sum it splits, in tokens. */
const MAX_SHARE_DISTANCE = 30;

/**
 * "153 million euros, of which 60 million", "Rp10 triliun, termasuk sekitar 4 triliun": a share
 * opener right before the number or one lower-case word before it, in the sentence of the
 * last sum of money (which ends at `moneyEnd`).
 */
function isShareOfLastMoney(context: RecognitionContext, numberStart: number, moneyEnd: number): boolean {
  const { tokens } = context;
  const openers = context.lexicon.moneyShareOpeners;
  return precedesNumber(context, numberStart, (at) => openers.startEndingAt(tokens, at) >= 0) && isSentenceOfLastAmount(context, numberStart, moneyEnd);
}

/** "3.13 billion euros (1.35 billion from grants and 1.78 billion from loans)": the sum's parts in brackets after it. */
function isInBracketsAfterMoney(context: RecognitionContext, numberStart: number, moneyEnd: number): boolean {
  const { tokens } = context;
  for (let at = numberStart - 1; at >= 0 && numberStart - at <= MAX_SHARE_DISTANCE; at--) {
    if (isPunct(tokens, at, ')') || isSentenceMark(tokens, at)) return false;
    // The bracket opens right after the sum, or the last sum is an earlier part inside it.
    if (isPunct(tokens, at, '(')) return moneyEnd >= at && moneyEnd <= numberStart;
  }
  return false;
}

/** Whether the number stands near the last sum of money or count (which ends at `amountEnd`), in its sentence. */
function isSentenceOfLastAmount(context: RecognitionContext, numberStart: number, amountEnd: number): boolean {
  const { tokens } = context;
  if (numberStart - amountEnd > MAX_SHARE_DISTANCE) return false;
  for (let at = amountEnd; at < numberStart; at++) {
    if ((tokens.flags[at]! & TokenFlag.LineStart) !== 0) return false;
    if (isSentenceMark(tokens, at)) return false;
  }
  return true;
}

/** A word of `words` right before the number, or before one lower-case word before it ("dana sebesar"). */
function followsWordOf(context: RecognitionContext, numberStart: number, words: { has(wordId: number): boolean }): boolean {
  const { tokens } = context;
  return precedesNumber(context, numberStart, (at) => isWord(tokens, at) && words.has(tokens.wordIds[at]!));
}

/** Whether `endsAt` holds at the token right before the number, or before one lower-case word before it. */
function precedesNumber(context: RecognitionContext, numberStart: number, endsAt: (at: number) => boolean): boolean {
  return endsAt(numberStart - 1) || (isLowerCaseWord(context, numberStart - 1) && endsAt(numberStart - 2));
}

/** The end of the text, a stopword or a mark other than "/" and "-" ("5 juta/bulan" is a rate). */
function endsPhrase(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  if (index >= tokens.count) return true;
  if (tokens.kinds[index] === TokenKind.Punct) return isMarkEndingPhrase(tokens, index);
  return isWordWith(context, index, stopwordFlag(context.language));
}

/** A mark other than "/" and "-" ("5 juta/bulan" is a rate, "5.000 buah-buahan" a word). */
function isMarkEndingPhrase(tokens: TokenStream, index: number): boolean {
  return tokens.kinds[index] === TokenKind.Punct && !isPunct(tokens, index, '/') && !isPunct(tokens, index, '-');
}

/** Tokens before the number a count idiom may open: "satu per satu pengusaha", "one country, two systems". */
const MAX_IDIOM_TOKENS_BEFORE = 3;

/** Whether one of the lexicon's count idioms ("one-sided deal") opens at the number at `start`, or a few tokens before it, and reaches it. */
function isCountIdiom(context: RecognitionContext, start: number): boolean {
  const { tokens, text, lexicon } = context;
  const numberStart = tokens.starts[start]!;
  for (let from = start; from >= start - MAX_IDIOM_TOKENS_BEFORE && from >= 0; from--) {
    if (!isWord(tokens, from)) continue;
    const at = tokens.starts[from]!;
    const idioms = lexicon.countIdiomsByFirstCode.get(lowerCode(text.charCodeAt(at)));
    if (idioms === undefined) continue;
    for (const idiom of idioms) {
      const idiomEnd = at + idiom.length;
      if (idiomEnd <= numberStart || text.slice(at, idiomEnd).toLowerCase() !== idiom) continue;
      if (idiomEnd >= text.length || !isLetterClass(charClass(text.charCodeAt(idiomEnd)))) return true;
    }
  }
  return false;
}

/** Fewest decimals of a market quote whose range end repeats only its last digits. */
const MIN_SHORTHAND_DECIMALS = 2;

/**
 * "160.40-43 yen", "$1.0693-0697": a quote's range whose end gives only the decimals that
 * change, as currency reports write bid and ask; read as 160.43 and 1.0697 ("160.98-02" is 161.02).
 * The end is as long as the first number's decimals, and smaller than it or written with a leading zero.
 */
function shorthandRangeEnd(context: RecognitionContext, first: NumberReading, second: NumberReading): NumberReading | undefined {
  const { tokens, text } = context;
  if (first.written !== 'digits' || second.written !== 'digits' || Number.isInteger(first.value)) return undefined;
  if (first.tokenEnd !== first.tokenStart + 1 || second.tokenEnd !== second.tokenStart + 1 || !isJoiningHyphen(tokens, first.tokenEnd)) return undefined;
  const firstText = tokenText(tokens, first.tokenStart);
  const decimals = firstText.length - 1 - Math.max(firstText.lastIndexOf('.'), firstText.lastIndexOf(','));
  const digits = tokens.ends[second.tokenStart]! - tokens.starts[second.tokenStart]!;
  const secondText = text.slice(tokens.starts[second.tokenStart]!, tokens.ends[second.tokenStart]!);
  if (decimals < MIN_SHORTHAND_DECIMALS || digits !== decimals || !/^[0-9]+$/.test(secondText)) return undefined;
  // "2.50-75" may be a range up to 75; "160.40-43" and "1.0693-0697" can only be decimals.
  if (second.value >= first.value && !secondText.startsWith('0')) return undefined;
  const whole = Math.floor(first.value);
  const end = whole + second.value / 10 ** decimals;
  const value = end < first.value ? end + 1 : end;
  return { ...second, value: Number(value.toFixed(decimals)) };
}

/** "will one day", or "One day," opening a sentence: the idiom for some day. */
function isSomeDay(context: RecognitionContext, one: number, day: number): boolean {
  return isWordIn(context.tokens, one - 1, context.lexicon.modalVerbs) || (isSentenceStart(context, one) && isPunct(context.tokens, day + 1, ','));
}

/** "dari satu provinsi ke provinsi lain", "from one country to another": the noun names no count. */
function isOneToAnother(context: RecognitionContext, unitStart: number, unitEnd: number): boolean {
  const { tokens } = context;
  if (!isWordSpelled(tokens, unitEnd, 'ke') && !isWordSpelled(tokens, unitEnd, 'to')) return false;
  return isWordSpelled(tokens, unitEnd + 1, 'another') || (isWord(tokens, unitEnd + 1) && tokens.wordIds[unitEnd + 1] === tokens.wordIds[unitStart]);
}

function unitBefore(context: RecognitionContext, numberStart: number): { unit: Unit; tokenStart: number } | undefined {
  const { tokens } = context;
  let at = numberStart - 1;
  if (isWordWith(context, at, WordFlag.StopwordEn) && tokenLower(tokens, at) === 'of') at--;
  const table = context.matches;
  for (let start = at; start >= 0 && start >= at - 3; start--) {
    const count = table.countAt(start);
    for (let k = 0; k < count; k++) {
      const entry = table.payloadAt(start, k);
      if (entry.kind === 'unit' && entry.before && table.endAt(start, k) === at + 1) return { unit: { unit: entry.unit, tokenEnd: at + 1, money: false }, tokenStart: start };
    }
  }
  return undefined;
}

const MAX_COUNT_NOUN_WORDS = 3;

/** "proyek sebanyak 455": a plain count noun, then a word that introduces its number, before `numberStart`. */
function countNounBeforeIntroducer(context: RecognitionContext, numberStart: number, numberEnd: number): Unit | undefined {
  const { tokens, lexicon } = context;
  const introducer = numberStart - 1;
  if (!isWordIn(tokens, introducer, lexicon.quantityIntroducers)) return undefined;
  const noun = matchEndingAt(context, 'countNoun', introducer, MAX_COUNT_NOUN_WORDS);
  if (!noun || !(isLowerCaseWord(context, noun.tokenStart) || isSentenceStart(context, noun.tokenStart))) return undefined;
  return { unit: tokenRangeText(tokens, noun.tokenStart, introducer), tokenEnd: numberEnd, money: false };
}

/** Whether the unit's words are capitalised mid-sentence and run on into another capitalised word. */
function isInsideCapitalizedName(context: RecognitionContext, unitStart: number, unitEnd: number): boolean {
  const { tokens, lexicon } = context;
  let start = unitStart;
  if (isPunct(tokens, start, '-')) start++;
  // "250 MW LNG power plant": an abbreviation in capitals is no word of a name.
  if (start >= unitEnd || (tokens.flags[start]! & (TokenFlag.Capitalized | TokenFlag.AllCaps)) !== TokenFlag.Capitalized) return false;
  // "1,000 MWh Battery Energy Storage System": nor is a symbol with a capital inside.
  if (hasCapitalInside(tokens, start)) return false;
  if (!isCapitalizedWord(context, unitEnd) || (tokens.flags[unitEnd]! & TokenFlag.LineStart) !== 0) return false;
  // "tiga Investor China": whose they are; "16 Duta Besar Luar Biasa": the rest of an office's title.
  if (matchOfKind(context, unitEnd, 'country') || (matchOfKind(context, start, 'title')?.tokenEnd ?? 0) > unitEnd) return false;
  // "24 Unit Pesawat Tempur": a classifier in capitals before the counted noun, in capitals too.
  if (context.language === 'id' && unitEnd === start + 1 && countNounAt(context, unitEnd, true) >= 0) return false;
  return !isTitleCaseLine(tokens, unitStart, lexicon);
}

/** "Program 3 Juta Rumah": a capitalised word mid-sentence that names nothing the lexicon knows, then the number and its capitalised unit. */
function isInsideNameOpenedBefore(context: RecognitionContext, numberStart: number, unitStart: number): boolean {
  const { tokens, lexicon } = context;
  const before = numberStart - 1;
  if ((tokens.flags[unitStart]! & (TokenFlag.Capitalized | TokenFlag.AllCaps)) !== TokenFlag.Capitalized || !isWord(tokens, unitStart) || hasCapitalInside(tokens, unitStart)) return false;
  if ((tokens.flags[before]! & (TokenFlag.Capitalized | TokenFlag.AllCaps)) !== TokenFlag.Capitalized || !isWord(tokens, before) || isSentenceStart(context, before)) return false;
  // "Parliament Passes Budget⏎Sixty-six National Assembly members": a headline's last word ends its line.
  if (tokens.flags[numberStart]! & TokenFlag.LineStart) return false;
  // "Sebanyak 25 Duta Besar": a word that introduces a quantity, capitalised after a dateline.
  if (isWordWith(context, before, WordFlag.StopwordId | WordFlag.StopwordEn) || isWordIn(tokens, before, lexicon.quantityIntroducers)) return false;
  // "Indonesia 3 Juta": a name the lexicon knows ends there.
  for (let k = 0; k < context.matches.countAt(before); k++) {
    const kind = context.matches.payloadAt(before, k).kind;
    if (context.matches.endAt(before, k) === numberStart && (kind === 'country' || kind === 'place' || kind === 'organization' || kind === 'leader' || kind === 'title')) return false;
  }
  return !isTitleCaseLine(tokens, numberStart, lexicon);
}

function hasCapitalInside(tokens: TokenStream, index: number): boolean {
  const text = tokens.text;
  for (let i = tokens.starts[index]! + 1; i < tokens.ends[index]!; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

function amountCandidate(context: RecognitionContext, tokenStart: number, tokenEnd: number, value: number, unit: Unit): Candidate {
  const amount = unit.denominator !== undefined ? (value * 100) / unit.denominator : unit.subunits === undefined ? value : value / unit.subunits;
  const candidate = createCandidate(context.tokens, 'amount', tokenStart, tokenEnd, Priority.amount, amountKey(unit.unit, amount));
  candidate.value = amount;
  candidate.unit = unit.unit;
  candidate.sharedCurrency = unit.shared;
  // "Rp14 ribunya": the possessive written onto a scale word is no part of the sum.
  if (endsInPossessiveSuffix(context, tokenEnd - 1)) candidate.end -= INDONESIAN_POSSESSIVE_SUFFIX.length;
  return candidate;
}

/** Whether the scale word at `index` ends in the Indonesian possessive ("ribunya"). */
function endsInPossessiveSuffix(context: RecognitionContext, index: number): boolean {
  const { tokens, text } = context;
  const end = tokens.ends[index]!;
  return isWordWith(context, index, WordFlag.Scale) && end - tokens.starts[index]! > INDONESIAN_POSSESSIVE_SUFFIX.length && text.endsWith(INDONESIAN_POSSESSIVE_SUFFIX, end);
}

/** A hyphen or minus sign written against the number that follows it and apart from the token before it. */
function isMinusSign(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  if (index < 0 || !isAttachedToPrevious(tokens, index + 1)) return false;
  const minus = isPunct(tokens, index, '−');
  if (!minus && !isPunct(tokens, index, '-')) return false;
  // A hyphen opening a line is a list bullet ("-5 orang").
  if (!minus && (tokens.flags[index]! & TokenFlag.LineStart) !== 0) return false;
  if (index === 0) return true;
  // "3,5 juta -7,4 juta orang": after a scale word the dash joins a range.
  if ((tokens.flags[index]! & TokenFlag.SpaceBefore) !== 0) return !isWordWith(context, index - 1, WordFlag.Scale);
  return isPunct(tokens, index - 1, '(');
}

/** "150,000", "1.200.000": digits written in groups of three, not "N95". */
function hasDigitGroups(context: RecognitionContext, index: number): boolean {
  const { tokens, text } = context;
  for (let at = tokens.starts[index]!; at < tokens.ends[index]!; at++) {
    const code = text.charCodeAt(at);
    if (code === 44 || code === 46) return true;
  }
  return false;
}

interface PrefixCurrency {
  readonly code: string;
  readonly tokenEnd: number;
  readonly scales: ReadonlyMap<number, number> | undefined;
  readonly shared: SharedCurrency | undefined;
  readonly scaledOnly: boolean;
  readonly anyNumberOnceScaled: boolean;
  /** One letter written against its number ("R2", "P5M"). */
  readonly letterSign: boolean;
}

function prefixCurrencyAt(context: RecognitionContext, index: number): PrefixCurrency | undefined {
  const table = context.matches;
  // "J$3.1 billion" where "J$" is unknown: capitals written against a symbol make another
  // currency of it, and a wrong currency is worse than none ("investment of$3 billion" is a typo).
  if (context.tokens.kinds[index] === TokenKind.Punct && isCapitalizedWord(context, index - 1) && isAttachedToPrevious(context.tokens, index)) return undefined;
  const count = table.countAt(index);
  for (let k = 0; k < count; k++) {
    const payload = table.payloadAt(index, k);
    if (payload.kind !== 'currency' || !payload.prefix) continue;
    let next = table.endAt(index, k);
    // "SBD$2.1 million", "USD$988,000": a code and the dollar sign written together, or
    // apart ("AUD $6 million").
    if (isPunct(context.tokens, next, '$') && (isAttachedToPrevious(context.tokens, next) || (next === index + 1 && tokenText(context.tokens, index) === payload.code))) next++;
    if (context.tokens.kinds[next] !== TokenKind.Number && !isScaledNumberWord(context, next)) continue;
    const letterSign = next === index + 1 && isWord(context.tokens, index) && context.tokens.ends[index]! - context.tokens.starts[index]! === 1 && isAttachedToPrevious(context.tokens, next);
    return { code: payload.code, tokenEnd: next, scales: payload.scales, shared: payload.shared, scaledOnly: payload.scaledOnly, anyNumberOnceScaled: payload.anyNumberOnceScaled === true, letterSign };
  }
  return undefined;
}

/** A currency's one-letter sign ("B", "N", "P") with a space before its number. */
function isLetterApartFromNumber(context: RecognitionContext, index: number, prefix: PrefixCurrency): boolean {
  const { tokens } = context;
  return prefix.tokenEnd === index + 1 && tokens.ends[index]! - tokens.starts[index]! === 1 && !isAttachedToPrevious(tokens, prefix.tokenEnd);
}

/** Tokens back from a rate's number to the currency the sentence names ("rupiah ditutup melemah ke level 16.806"). */
const MAX_RATE_CURRENCY_DISTANCE = 12;

/**
 * "Rupiah ditutup di level 16.806 per dolar AS", "the yen at 160.88 against the dollar": a
 * bare number before "per" or "against" and a currency is an exchange rate, in the currency
 * the sentence names shortly before it, alone and not as a sum's unit.
 */
function exchangeRateCurrency(context: RecognitionContext, numberStart: number, cursor: number): Unit | undefined {
  const { tokens, lexicon } = context;
  if (!isWordIn(tokens, cursor, lexicon.exchangeRateWords)) return undefined;
  const base = afterDefiniteArticle(tokens, cursor + 1);
  if (matchOfKind(context, base, 'currency') === undefined && prefixCurrencyAt(context, base) === undefined) return undefined;
  for (let at = numberStart - 1; at >= 0 && at >= numberStart - MAX_RATE_CURRENCY_DISTANCE; at--) {
    if (tokens.kinds[at] === TokenKind.Number || isSentenceMark(tokens, at)) return undefined;
    const code = currencyNameAt(context, at, numberStart);
    if (code !== undefined) return { unit: code, tokenEnd: cursor, money: true };
  }
  return undefined;
}

/** The code of a currency's name (not a sign written before numbers) starting at `index` and ending by `end`. */
function currencyNameAt(context: RecognitionContext, index: number, end: number): string | undefined {
  const table = context.matches;
  for (let k = 0; k < table.countAt(index); k++) {
    const payload = table.payloadAt(index, k);
    if (payload.kind === 'currency' && !payload.prefix && table.endAt(index, k) <= end) return payload.code;
  }
  return undefined;
}

/** "JD30", "KD5": a one-token code of two capitals or more, its number written against it. */
function isCodeWrittenAgainstDigits(context: RecognitionContext, index: number, prefix: PrefixCurrency): boolean {
  const { tokens } = context;
  return prefix.tokenEnd === index + 1 && (tokens.flags[index]! & TokenFlag.AllCaps) !== 0 && isAttachedToPrevious(tokens, prefix.tokenEnd);
}

/** "nine billion" after a currency written first ("FCFA nine billion"): a number word only with a scale. */
function isScaledNumberWord(context: RecognitionContext, index: number): boolean {
  return isWordWith(context, index, WordFlag.NumberWord) && isWordWith(context, index + 1, WordFlag.Scale);
}

/** Rules out numbers that are parts of names, identifiers, dates and times. */
function isAmountPosition(context: RecognitionContext, number: NumberReading): boolean {
  const { tokens, lexicon } = context;
  const before = number.tokenStart - 1;
  const after = number.tokenEnd;
  // "COVID-19", "Su-35", "ke-3", "one-on-one": a number hyphenated onto a word is part of it
  // (number words only onto a word that is no number: "twenty-one" is read from "twenty").
  if (isJoiningHyphen(tokens, before) && !isMinusSign(context, before) && !followsUnitOfNumber(context, before)) {
    if (number.written === 'digits') return false;
    if (isWord(tokens, before - 1) && (lexicon.wordFlags(tokens.wordIds[before - 1]!) & (WordFlag.NumberWord | WordFlag.Multiplier)) === 0) return false;
  }
  if (number.written === 'digits') {
    if (isWord(tokens, before) && isAttachedToPrevious(tokens, number.tokenStart)) return false;
    // "M1.3 billion": the decimals of a word written with digits are part of that word.
    if (isPunct(tokens, before, '.') && isAttachedToPrevious(tokens, number.tokenStart) && isAttachedToPrevious(tokens, before) && isWord(tokens, before - 1) && (tokens.flags[before - 1]! & TokenFlag.HasDigit) !== 0) return false;
    // "the 7th Philippines-Indonesia Joint Commission": an ordinal.
    if (isWord(tokens, after) && isAttachedToPrevious(tokens, after) && lexicon.ordinalSuffixes.has(tokens.wordIds[after]!)) return false;
    if (isMakersModelNumber(context, number.tokenStart)) return false;
    // "12/6", "10:30"
    if ((isPunct(tokens, after, '/') || isPunct(tokens, after, ':')) && tokens.kinds[after + 1] === TokenKind.Number) return false;
    // "FY2024/25": a fiscal year's second half after a word written with its first.
    if ((isPunct(tokens, before, '/') || isPunct(tokens, before, ':')) && (tokens.kinds[before - 1] === TokenKind.Number || (tokens.flags[before - 1]! & TokenFlag.HasDigit) !== 0)) return false;
  }
  // "the Group of 20 countries": a body named by its number.
  if (isWordSpelled(tokens, before, 'of') && isCapitalizedWord(context, before - 1) && isWordIn(tokens, before - 1, lexicon.numberedBodyHeads)) return false;
  // "Keppres No. 12 Tahun 2021": an identifier's abbreviated word, capitalised (a sentence may end in "no.").
  if (isPunct(tokens, before, '.') && isAttachedToPrevious(tokens, before) && isCapitalizedWordWith(context, before - 1, WordFlag.IdentifierBefore)) return false;
  // "on Dec. 9 began discussions": the day of an abbreviated month.
  if (isMonthAbbreviationDot(context, before)) return false;
  if (isWord(tokens, before)) {
    const flags = lexicon.wordFlags(tokens.wordIds[before]!);
    if (flags & WordFlag.IdentifierBefore) return false;
    // "March 5" is a day; "hingga Maret 5 juta ton", a month and then millions, is not.
    if (flags & WordFlag.Month && !isWordWith(context, number.tokenEnd, WordFlag.Scale)) return false;
    // "salah satu" (one of)
    if (number.written === 'words' && tokenLower(tokens, before) === 'salah') return false;
    // "Konsensus Lima Poin": a capitalised number word inside a capitalised name; but in a
    // title-case headline every word is capitalised ("RI Teken Delapan Kesepakatan").
    const numberFlags = tokens.flags[number.tokenStart]!;
    if (
      number.written === 'words' &&
      (numberFlags & TokenFlag.Capitalized) !== 0 &&
      (numberFlags & TokenFlag.LineStart) === 0 &&
      (tokens.flags[before]! & TokenFlag.Capitalized) !== 0 &&
      !isTitleCaseLine(tokens, number.tokenStart, lexicon)
    ) {
      return false;
    }
  }
  if (isWordWith(context, after, WordFlag.Month)) return false;
  // "Perpres 5 Tahun 2024": an act's number and year.
  if (number.written === 'digits' && isWordIn(tokens, after, lexicon.actNumberYearWords) && isYearToken(context, after + 1)) return false;
  return !isDayRangeEnd(context, number.tokenStart);
}

/** "4 percent-5 percent", "10%-12%": the hyphen after a number's unit or scale joins a range, not a word and its number. */
function followsUnitOfNumber(context: RecognitionContext, hyphen: number): boolean {
  const { tokens } = context;
  // "3,5 juta-7,4 juta orang": a scale word ends the first number just as well.
  if (isWordWith(context, hyphen - 1, WordFlag.Scale) && tokens.kinds[hyphen - 2] === TokenKind.Number) return true;
  const unit = matchEndingAt(context, 'unit', hyphen, 2);
  return unit !== undefined && tokens.kinds[unit.tokenStart - 1] === TokenKind.Number;
}

/**
 * "Boeing 737-800", "Boeing 787 Dreamliner", "Boeing 737 aircraft": plain digits (three or
 * more, no separators) right after a maker's name are its model when a second number, a
 * capitalised name or a counted noun follows; "Pertamina 100 persen" stays a percentage.
 */
function isMakersModelNumber(context: RecognitionContext, index: number): boolean {
  const { tokens, text } = context;
  const start = tokens.starts[index]!;
  const end = tokens.ends[index]!;
  if (end - start < 3 || !isCapitalizedWord(context, index - 1)) return false;
  for (let i = start; i < end; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false;
  if (!matchEndingAt(context, 'organization', index, MAX_MAKER_TOKENS)) return false;
  const after = index + 1;
  if (isJoiningHyphen(tokens, after) && tokens.kinds[after + 1] === TokenKind.Number) return true;
  if (isCapitalizedWord(context, after) && (tokens.flags[after]! & TokenFlag.LineStart) === 0) return true;
  return countNounAt(context, after, false) >= 0;
}

const MAX_MAKER_TOKENS = 4;

/** Letters before the hyphen of a designation: "F-16", "Su-35", "COVID-19", "Sukhoi-30". */
const MAX_DESIGNATION_LETTERS = 6;

/** "F-16", "LT-79", "Covid-19": a few letters, the first a capital, hyphenated onto a number. */
function isLetterCodeDesignation(tokens: TokenStream, at: number): boolean {
  return (
    isWord(tokens, at) &&
    (tokens.flags[at]! & TokenFlag.Capitalized) !== 0 &&
    tokens.ends[at]! - tokens.starts[at]! <= MAX_DESIGNATION_LETTERS &&
    isJoiningHyphen(tokens, at + 1) &&
    tokens.kinds[at + 2] === TokenKind.Number
  );
}

/**
 * One past a model designation at `index`, or -1: "F-16", "Su-35", "A320", "A330-900",
 * optionally after its maker ("Airbus A320", "Boeing 737-800").
 */
function endOfModelDesignation(context: RecognitionContext, index: number): number {
  const { tokens } = context;
  // Makers' names and designations alike start with a capital.
  if (!isCapitalizedWord(context, index)) return -1;
  const maker = matchOfKind(context, index, 'organization');
  // "sixty Terrier LT-79 armoured vehicles": a model's name before its designation.
  let at = maker ? maker.tokenEnd : isLetterCodeDesignation(tokens, index + 1) && (tokens.flags[index]! & TokenFlag.AllCaps) === 0 ? index + 1 : index;
  if (maker && tokens.kinds[at] === TokenKind.Number && isMakersModelNumber(context, at)) at++;
  else if (isWord(tokens, at) && (tokens.flags[at]! & TokenFlag.HasDigit) !== 0) at++;
  else if (isLetterCodeDesignation(tokens, at)) {
    at += 3;
  } else if (
    isWord(tokens, at) &&
    tokens.ends[at]! - tokens.starts[at]! <= 3 &&
    tokens.kinds[at + 1] === TokenKind.Number &&
    isAttachedToPrevious(tokens, at + 1) &&
    (!isWordWith(context, at, WordFlag.Scale) || (tokens.kinds[at - 1] === TokenKind.Number && (tokens.flags[at]! & TokenFlag.SpaceBefore) !== 0))
  ) {
    // "E2", "N95", "1,000 K2": letters the tokenizer cut off the digits as a currency's prefix
    // ("a K9" may be a thousand, and stays unread).
    at += 2;
  } else if (at === index && isModelNumber(tokens, at + 1) && ((tokens.flags[at]! & TokenFlag.AllCaps) === 0 || (isWord(tokens, at + 2) && isAttachedToPrevious(tokens, at + 2)))) {
    // "eight Leopard 2 battle tanks": a model's name and its number; "28 MAN 40M trucks": a
    // maker's initials, then a model number with its letters.
    at += 2;
  } else return -1;
  // "737-800", "A330-900", "F-16V": attached parts of the same designation.
  while (at < tokens.count && isAttachedToPrevious(tokens, at) && (tokens.kinds[at] !== TokenKind.Punct || (isJoiningHyphen(tokens, at) && tokens.kinds[at + 1] !== TokenKind.Punct))) {
    at += tokens.kinds[at] === TokenKind.Punct ? 2 : 1;
  }
  return at;
}

/** A number of one or two digits after a space, in a model's name ("Leopard 2", "Patriot 3"). */
function isModelNumber(tokens: TokenStream, index: number): boolean {
  return tokens.kinds[index] === TokenKind.Number && tokens.ends[index]! - tokens.starts[index]! <= 2 && (tokens.flags[index]! & TokenFlag.SpaceBefore) !== 0;
}

/**
 * The numbers of a list that `first` opens, the last after "dan"/"and"/"atau"/"or": "6, 18,
 * dan 18", "2, 3 and 5". Numbers written like the first; empty when no such list follows.
 */
function numbersListedAfter(context: RecognitionContext, first: NumberReading): NumberReading[] {
  const { tokens } = context;
  const listed: NumberReading[] = [];
  let cursor = first.tokenEnd;
  while (listed.length < MAX_LISTED_NUMBERS) {
    const comma = isPunct(tokens, cursor, ',');
    if (comma) cursor++;
    if (isWordWith(context, cursor, WordFlag.ListJoiner)) {
      const last = listed.length > 0 ? readNumber(context, cursor + 1) : undefined;
      return last && last.written === first.written ? [...listed, last] : [];
    }
    if (!comma) return [];
    const next = readNumber(context, cursor);
    if (!next || next.written !== first.written || next.written === 'fused') return [];
    listed.push(next);
    cursor = next.tokenEnd;
  }
  return [];
}

const MAX_LISTED_NUMBERS = 8;

/** A word or dash that may join the two ends of a range: "hingga", "to", "-", "–". */
function isRangeWord(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  if (!isWord(tokens, index) && !isPunct(tokens, index, '-') && !isPunct(tokens, index, '–')) return false;
  return context.lexicon.hasFlag(tokens.wordIds[index]!, WordFlag.RangeWord);
}

/** "hingga", "to", "-" between two numbers; "dan"/"and" only after "antara"/"between", "menjadi"/"ke" after "dari". */
function isRangeJoin(context: RecognitionContext, amountStart: number, join: number): boolean {
  const { tokens } = context;
  // Any range word joins ("between 5 and 7 percent", "tenors of 10 and 30 years": two numbers
  // sharing the unit after the second), but "dari 4,5 menjadi 5 persen", "dari 5 ke 7 persen"
  // only after "dari".
  if (!isWordIn(tokens, join, context.lexicon.openedRangeWords)) return true;
  // "dari yang sebelumnya 14,3 juta menjadi 17 juta kunjungan": a few lower-case words between.
  for (let at = amountStart - 1; at >= 0 && at >= amountStart - MAX_WORDS_AFTER_RANGE_OPENER - 1; at--) {
    if (isWordIn(tokens, at, context.lexicon.rangeOpeners)) return true;
    if (!isLowerCaseWord(context, at)) return false;
  }
  return false;
}

/** Lower-case words that may stand between "dari" and the number it opens a range with. */
const MAX_WORDS_AFTER_RANGE_OPENER = 2;

/**
 * "miliar", "billion", "bn", in the document's language first; and the short scales of the
 * currency before the number, if it has any ("Rp5M", "Rp 12,5 T": see the currency data).
 */
function readScale(
  context: RecognitionContext,
  index: number,
  currencyScales: ReadonlyMap<number, number> | undefined,
  afterCurrency = false,
): { scale: number; tokenEnd: number } | undefined {
  const { tokens, lexicon } = context;
  let at = index;
  // "$3.5-billion"
  if (isJoiningHyphen(tokens, at)) at++;
  if (!isWord(tokens, at)) return undefined;
  const wordId = tokens.wordIds[at]!;
  const attached = isAttachedToPrevious(tokens, at);
  const capitalized = (tokens.flags[at]! & TokenFlag.Capitalized) !== 0;
  const own = currencyScales?.get(wordId);
  // Headlines write a currency's short scale apart from the number, capitalised.
  if (own !== undefined && (attached || capitalized)) return { scale: own, tokenEnd: at + 1 };
  // So does an Indonesian text for any currency ("US$ 3,2 M"); "$5M" against the digits may be English.
  const languageOwn = afterCurrency && !attached && capitalized ? lexicon.currencyScalesOf[context.language]?.get(wordId) : undefined;
  if (languageOwn !== undefined) return { scale: languageOwn, tokenEnd: at + 1 };
  if (!lexicon.hasFlag(wordId, WordFlag.Scale)) return undefined;
  // "k", "m", "b" only straight after the digits ("$10b", "10k"), or apart from the
  // number of a currency written before it ("US$ 340 m"); "340 m" alone is metres.
  if (!attached && !afterCurrency && tokens.ends[at]! - tokens.starts[at]! === 1) return undefined;
  // "200 mil laut" (nautical miles), though Malaysian English writes "RM300mil" for millions.
  const unit = context.matches.findKind(at, 'unit');
  if (unit >= 0 && context.matches.endAt(at, unit) > at + 1) return undefined;
  for (const language of languagesFirst(context.language)) {
    const scale = lexicon.numberWords[language].get(wordId)?.find((v) => v.flag === WordFlag.Scale);
    if (scale) return { scale: scale.value, tokenEnd: at + 1 };
  }
  return undefined;
}

/**
 * "one soldier", but not "at one point" or "on one side", where "one" is part of an idiom:
 * whether a singular noun may be what this number counts.
 */
function isSingle(context: RecognitionContext, first: NumberReading, second: NumberReading | undefined): boolean {
  if (second || first.value !== 1 || first.tokenEnd - first.tokenStart !== 1) return false;
  const before = first.tokenStart - 1;
  return !isWordIn(context.tokens, before, context.lexicon.idiomPrepositions);
}

/** The longest count noun at a token, a derived singular only when `single`; its rank or -1. */
function countNounAt(context: RecognitionContext, index: number, single: boolean): number {
  const table = context.matches;
  // "ditangkap KRI Teuku Umar": a ship's prefix before its name counts nothing.
  if (isWordIn(context.tokens, index, context.lexicon.vesselWordsBeforeName) && isCapitalizedWord(context, index + 1) && isSpacedWithinLine(context.tokens, index + 1)) return -1;
  const count = table.countAt(index);
  for (let k = 0; k < count; k++) {
    const entry = table.payloadAt(index, k);
    if (entry.kind === 'countNoun' && (single || !entry.singular)) return k;
  }
  return -1;
}

/** A number at `at` written against what precedes it ("USD" then "10" of "USD10"). */
function isAttachedToNumberAfter(tokens: TokenStream, at: number): boolean {
  return tokens.kinds[at] === TokenKind.Number && isAttachedToPrevious(tokens, at);
}

function readUnit(context: RecognitionContext, index: number, hasPrefixCurrency: boolean, single: boolean): Unit | undefined {
  const { tokens } = context;
  // "Tembus 11 Juta⏎⏎Menteri ...": a headline's number and the next paragraph's first word.
  if ((tokens.flags[index]! & TokenFlag.ParagraphStart) !== 0) return undefined;
  let at = index;
  // "four-day"; "one–day" as some papers set it, with an en dash.
  const hyphenated = isJoiningHyphen(tokens, at) || (isJoiningDash(tokens, at) && isWord(tokens, at + 1));
  if (hyphenated) at++;
  // "three-quarters of the vote", "two thirds of the seats", "dua pertiga suara": a share,
  // not three quarters of a year.
  const denominator = isWord(tokens, at) ? context.lexicon.fractionNouns.get(tokens.wordIds[at]!) : undefined;
  if (denominator !== undefined && (hyphenated || isWordSpelled(tokens, at + 1, 'of') || context.language === 'id')) {
    return { unit: '%', tokenEnd: at + 1, money: false, denominator };
  }
  const table = context.matches;
  const count = table.countAt(at);
  for (let k = 0; k < count; k++) {
    const entry = table.payloadAt(at, k);
    // "Turunan 1 USD10 per ton": a code written against the next number is that number's.
    if (entry.kind === 'currency' && !entry.prefix && (!entry.attached || isAttachedSubunit(context, at, entry.subunits)) && !isAttachedToNumberAfter(tokens, table.endAt(at, k))) {
      const end = currencyRepeatedAt(context, table.endAt(at, k), entry.code);
      return { unit: entry.code, tokenEnd: end, money: true, shared: entry.shared, subunits: entry.subunits === 1 ? undefined : entry.subunits };
    }
    // "1.5C" is a temperature; "5 C" is not.
    if (entry.kind === 'unit' && (!entry.attached || isAttachedToPrevious(tokens, at))) {
      const tokenEnd = table.endAt(at, k);
      // "tanggal 6 hari Minggu": "hari" before a day's name opens the weekday; no duration.
      if (entry.unit === 'day' && isCapitalizedWordWith(context, tokenEnd, WordFlag.Weekday)) return undefined;
      const rate = entry.unitKind === 'measure' && !entry.unit.includes('/') ? ratePeriodAfter(context, tokenEnd) : undefined;
      if (rate) return { unit: `${entry.unit}/${rate.unit}`, tokenEnd: rate.tokenEnd, money: false, measure: true };
      return { unit: entry.unit, tokenEnd, money: false, measure: true };
    }
  }
  // "19 (persen)", "2,1 (GW)": a unit set in brackets after the number.
  if (!hyphenated && isPunct(tokens, at, '(') && tokens.kinds[at - 1] === TokenKind.Number) {
    const unit = matchOfKind(context, at + 1, 'unit');
    if (unit && isPunct(tokens, unit.tokenEnd, ')')) return { unit: unit.payload.unit, tokenEnd: unit.tokenEnd + 1, money: false, measure: true };
  }
  // After a currency ("Rp5 miliar") nothing is counted.
  if (hasPrefixCurrency) return undefined;
  // "a 12-member team": a hyphenated count is written with the noun in the singular.
  if (hyphenated) {
    const countNoun = countNounAt(context, at, true);
    if (countNoun >= 0) return countNounUnit(context, at, countNoun, true);
    // "a 130-strong delegation": the size of the group the noun after it names; the span ends at "strong".
    if (isWordIn(tokens, at, context.lexicon.groupSizeWords)) {
      const group = readCountedNoun(context, at + 1, true);
      if (group) return { ...group, tokenEnd: at + 1 };
      return isPlainLowerWord(context, at + 1) ? { unit: tokenText(tokens, at + 1), tokenEnd: at + 1, money: false } : undefined;
    }
    // "two-plus years" goes on to its unit; any other word so joined rates what follows
    // rather than counting it ("a five-star hotel").
    if (context.matches.findKind(at + 1, 'unit') < 0) return undefined;
  }
  // "964media": a word written against the number is a name, not what it counts, unless it
  // is a counted noun in lower case after thousands written with separators ("350.000unit").
  if (!hyphenated && isAttachedToPrevious(tokens, at)) {
    const grouped = tokens.kinds[at - 1] === TokenKind.Number && /[.,]\d{3}$/.test(tokenText(tokens, at - 1));
    const countNoun = grouped && isPlainLowerWord(context, at) ? countNounAt(context, at, single) : -1;
    return countNoun >= 0 ? countNounUnit(context, at, countNoun) : undefined;
  }
  // "80 ribu lebih karyawan": "more than 80,000 employees", counted all the same.
  if (!hyphenated && isWordIn(tokens, at, context.lexicon.plusWordsAfterNumber)) return readUnit(context, at + 1, hasPrefixCurrency, single);
  // "wins 5 of 9 gubernatorial races", "15 of the 182 candidates": digits before "of" and more
  // digits count what those count, alone the span; "58 of its members", "two of their annual
  // exercises": so does the whole's noun (after words, above one: "one of the largest").
  const determined = isWordIn(tokens, at + 1, context.lexicon.partitiveDeterminers);
  const partitive = tokens.kinds[index - 1] === TokenKind.Number || (determined && isWordWith(context, index - 1, WordFlag.NumberWord) && !isWordSpelled(tokens, index - 1, 'one'));
  if (!hyphenated && isWordSpelled(tokens, at, 'of') && partitive) {
    const wholeAt = determined ? at + 2 : at + 1;
    const whole = tokens.kinds[wholeAt] === TokenKind.Number ? readNumber(context, wholeAt) : undefined;
    const counted = whole ? countedApartAt(context, whole.tokenEnd, index) : determined ? countedApartAt(context, wholeAt, index) : undefined;
    if (counted && counted.unit !== '%') return counted;
  }
  // "2 dari 4 rencana jalan tol", "dua dari empat proyek": in Indonesian, "dari" and the whole's number.
  if (!hyphenated && isWordSpelled(tokens, at, 'dari') && (tokens.kinds[index - 1] === TokenKind.Number || isWordWith(context, index - 1, WordFlag.NumberWord))) {
    const whole = readNumber(context, at + 1);
    const counted = whole && whole.written !== 'fused' ? countedApartAt(context, whole.tokenEnd, index) : undefined;
    if (counted && counted.unit !== '%') return counted;
  }
  // "three or more children": the noun after the bound is what the number alone counts.
  if (!hyphenated && isWordSpelled(tokens, at, 'or') && isWordIn(tokens, at + 1, context.lexicon.boundWordsAfterOr)) {
    const counted = readUnit(context, at + 2, hasPrefixCurrency, false);
    return counted && !counted.money ? { ...counted, tokenEnd: index } : undefined;
  }
  // "32 F-16 fighter jets", "40 Boeing 737-800 aircraft": a model between the number and what it counts.
  const modelEnd = endOfModelDesignation(context, at);
  return modelEnd > at ? readModelUnit(context, at, modelEnd, single) : readCountedNoun(context, at, single);
}

/**
 * What a number counts after a model designation: the noun after it ("32 F-16 fighter jets"),
 * or in English the designation itself when written in the plural ("six F-16s").
 */
function readModelUnit(context: RecognitionContext, modelStart: number, modelEnd: number, single: boolean): Unit | undefined {
  const counted = readCountedNoun(context, modelEnd, single);
  if (counted || context.language !== 'en' || !isPluralDesignationEnd(context.tokens, modelEnd - 1)) return counted;
  return { unit: tokenRangeText(context.tokens, modelStart, modelEnd), tokenEnd: modelEnd, money: false };
}

/** "F-16s", "A330s": a plural "s" written against a designation's number. */
function isPluralDesignationEnd(tokens: TokenStream, index: number): boolean {
  return isWord(tokens, index) && tokens.kinds[index - 1] === TokenKind.Number && isAttachedToPrevious(tokens, index) && isWordSpelled(tokens, index, 's');
}

/** "11,000,000.00 RMB Yuan": the same currency named again right after it is part of the amount; returns the token after it, or `at`. */
function currencyRepeatedAt(context: RecognitionContext, at: number, code: string): number {
  const table = context.matches;
  if ((context.tokens.flags[at]! & TokenFlag.LineStart) !== 0) return at;
  const count = table.countAt(at);
  for (let k = 0; k < count; k++) {
    const entry = table.payloadAt(at, k);
    if (entry.kind === 'currency' && !entry.prefix && entry.code === code) return table.endAt(at, k);
  }
  return at;
}

const QUOTE_MARKS = ['"', '“', '”'];
/** Words a count's noun or modifier may have inside quotation marks. */
const MAX_QUOTED_WORDS = 3;

/**
 * 'five "strategic" points', 'two “state decrees”': a plain modifier or the counted noun itself
 * in quotation marks, which open right after the number.
 */
function quotedCountedNoun(context: RecognitionContext, at: number): Unit | undefined {
  const { tokens } = context;
  const isQuote = (i: number) => QUOTE_MARKS.some((mark) => isPunct(tokens, i, mark));
  if (!isQuote(at) || !isAttachedToPrevious(tokens, at + 1)) return undefined;
  let close = at + 1;
  while (close - at <= MAX_QUOTED_WORDS && isPlainLowerWord(context, close)) close++;
  if (close === at + 1 || !isQuote(close) || !isAttachedToPrevious(tokens, close)) return undefined;
  if (isEnglishPlural(context, close - 1)) return { unit: tokenText(tokens, close - 1), tokenEnd: close + 1, money: false };
  if (isEnglishPlural(context, close + 1) && isSpacedWithinLine(tokens, close + 1)) return { unit: tokenText(tokens, close + 1), tokenEnd: close + 2, money: false };
  return undefined;
}

/** What a number counts, from token `at`: a count noun, or one after an adjective; in English a plural noun. */
function readCountedNoun(context: RecognitionContext, at: number, single: boolean): Unit | undefined {
  const { tokens } = context;
  // "peringkat lima besar lokasi investasi": the top five, a rank.
  if (isWordIn(tokens, at, context.lexicon.rankingWordsAfterNumber)) return undefined;
  const countNoun = countNounAt(context, at, single);
  // "satu Arab Saudi": a state's name that opens with a noun for its people ("Arab", the singular of "Arabs").
  if (countNoun >= 0 && (matchOfKind(context, at, 'country')?.tokenEnd ?? 0) > context.matches.endAt(at, countNoun)) return undefined;
  if (countNoun >= 0) return withNounAfter(context, at, countNounUnit(context, at, countNoun));
  // "26 key commodities", "two regional diplomats", "40 Japanese companies": one adjective before a counted noun.
  let adjectiveEnd = endOfAdjective(context, at);
  // "the four military-led States": in English a modifier may be hyphenated onto a plain word.
  while (context.language === 'en' && adjectiveEnd > at && isJoiningHyphen(tokens, adjectiveEnd) && isPlainLowerWord(context, adjectiveEnd + 1)) adjectiveEnd += 2;
  if (adjectiveEnd > at) {
    const countNounNext = countNounAt(context, adjectiveEnd, single);
    if (countNounNext >= 0) {
      const unit = countNounUnit(context, adjectiveEnd, countNounNext);
      // "empat golongan barang": in Indonesian the first noun is what is counted, the known
      // count noun after it only its modifier; the unit is the two together.
      const listedIn = context.matches.payloadAt(adjectiveEnd, countNounNext);
      const indonesian = listedIn.kind === 'countNoun' && listedIn.language === 'id';
      return indonesian && isIndonesianHeadNoun(context, at, adjectiveEnd) ? { ...unit, unit: tokenRangeText(context.tokens, at, unit.tokenEnd) } : unit;
    }
  }
  if (context.language === 'id') {
    const counted = indonesianCountedWordEnd(context, at);
    if (counted > at) return { unit: tokenRangeText(tokens, at, counted), tokenEnd: counted, money: false };
    // "5.000 buah kelambu", "kelambu 5.000 buah;": a classifier before such a word, or alone.
    if (isWordIn(tokens, at, context.lexicon.countClassifiers)) {
      const noun = indonesianCountedWordEnd(context, at + 1);
      if (noun > at + 1) return { unit: tokenRangeText(tokens, at, noun), tokenEnd: noun, money: false };
      if (isMarkEndingPhrase(tokens, at + 1)) return { unit: tokenText(tokens, at), tokenEnd: at + 1, money: false };
    }
  }
  if (context.language === 'en') {
    const quoted = quotedCountedNoun(context, at);
    if (quoted) return quoted;
    // "five Mekong countries", "four ASEAN ministers", "the three remaining Pacific Islands
    // Forum countries": a name before a listed count noun, perhaps after an adjective.
    const named = countNounAfterName(context, at, single) ?? (adjectiveEnd > at ? countNounAfterName(context, adjectiveEnd, single) : undefined);
    if (named) return named;
    // "300,000 travellers", "18 air-defence systems": in English a plural noun after a number is what it counts.
    // Up to three adjectives, each plain, hyphenated or a demonym: "two short-range ballistic
    // missiles", "11 Chinese coast guard ships".
    let noun = at;
    for (let adjectives = 0; adjectives < MAX_COUNT_ADJECTIVES && !isEnglishPlural(context, noun); adjectives++) {
      let next = endOfAdjective(context, noun);
      // "20 other Asian economies", "two Nordic governments": a region's adjective right before the plural.
      if (next < 0 && isRegionAdjectiveBeforePlural(context, noun)) next = noun + 1;
      // "117,000 Western Australians": a point of the compass before a nation's people names a region's.
      if (next < 0 && isCapitalizedWord(context, noun) && isWordIn(tokens, noun, context.lexicon.regionCompassWords) && isDemonymPlural(context, noun + 1)) next = noun + 1;
      // "three Freedom-class LCS-type frigates": a name joined to a plain word makes a modifier.
      if (next < 0 && isCapitalizedWord(context, noun) && isJoiningHyphen(tokens, noun + 1) && isPlainLowerWord(context, noun + 2)) next = noun + 1;
      // "three Ukrainian Black Sea ports": a place's name right before the plural.
      if (next < 0 && isCapitalizedWord(context, noun)) {
        const place = matchOfKind(context, noun, 'place');
        if (place && isEnglishPlural(context, place.tokenEnd)) next = place.tokenEnd;
      }
      // "193 no-confidence votes", "two all-out strikes": a function word hyphenated onto a plain one.
      if (next < 0 && isFunctionWordBeforeHyphen(context, noun) && isPlainLowerWord(context, noun + 2)) next = noun + 1;
      if (next < 0) break;
      while (isJoiningHyphen(tokens, next) && isWord(tokens, next + 1)) next += 2;
      // "150 Emirati and Saudi officials": two demonyms joined by "and".
      if (isWordSpelled(tokens, next, 'and')) {
        if (endOfDemonym(context, noun) === next) {
          const second = endOfDemonym(context, next + 1);
          if (second > 0) next = second;
        } else if (next === noun + 1 && isPlainLowerWord(context, next + 1) && isEnglishPlural(context, next + 2)) {
          // "30 oil and gas fields": two plain modifiers joined by "and", right before the plural.
          next += 2;
        }
      }
      noun = next;
      // "eleven additional F-35 fighter jets", "30 more Leopard 2 tanks": modifiers before a model.
      const modelEnd = endOfModelDesignation(context, noun);
      if (modelEnd > noun) return readModelUnit(context, noun, modelEnd, single);
    }
    // "four overseas trips": a word that only looks plural modifies the plural after it.
    if (isEnglishPlural(context, noun) && isEnglishPlural(context, noun + 1) && !matchOfKind(context, noun, 'unit') && isSpacedWithinLine(tokens, noun + 1)) noun++;
    if (isEnglishPlural(context, noun) || isDemonymPlural(context, noun) || isNamePlural(context, noun)) {
      // "two-plus years", "10 long months": a unit after the modifiers keeps its own name.
      const unit = matchOfKind(context, noun, 'unit');
      if (unit) return { unit: unit.payload.unit, tokenEnd: unit.tokenEnd, money: false };
      return { unit: tokenText(context.tokens, noun), tokenEnd: noun + 1, money: false };
    }
  }
  return undefined;
}

/**
 * "110 million cubic metres per day", "9 bcm per annum", "2.60m barrels of oil per day",
 * "5 ton per tahun": the period a measure is given per, with its end; "5 tonnes a year ago" is none.
 */
function ratePeriodAfter(context: RecognitionContext, at: number): { unit: string; tokenEnd: number } | undefined {
  const { tokens, lexicon } = context;
  // "of oil", "ton LNG": what is measured, between the unit and its period.
  const measured = isWordSpelled(tokens, at, 'of') ? at + 1 : context.language === 'id' ? at : -1;
  // "3 km setengah tiap hari": a half after the unit is the measure's own, read in its turn.
  const per = measured >= 0 && isWord(tokens, measured) && isWordIn(tokens, measured + 1, lexicon.rateWordsBeforePeriod) && !readNumber(context, measured) ? measured + 1 : at;
  if (!isWordIn(tokens, per, lexicon.rateWordsBeforePeriod) || (tokens.flags[per]! & TokenFlag.Capitalized) !== 0) return undefined;
  const period = matchOfKind(context, per + 1, 'unit');
  if (period?.payload.unitKind !== 'duration') return undefined;
  const { tokenEnd } = period;
  if (isWordIn(tokens, tokenEnd, lexicon.monthTimeAfter) || isWordIn(tokens, tokenEnd, lexicon.timeRelationsAfterPeriod)) return undefined;
  return { unit: period.payload.unit, tokenEnd };
}

/**
 * "45p", "2.5p": a subunit written against a number below one of its currency (a sum above it
 * is written in pounds), so "1080p" stays a video's resolution.
 */
function isAttachedSubunit(context: RecognitionContext, at: number, subunits: number): boolean {
  const { tokens } = context;
  if (!isAttachedToPrevious(tokens, at) || tokens.kinds[at - 1] !== TokenKind.Number) return false;
  const whole = /^\d+/.exec(tokenText(tokens, at - 1));
  return whole !== null && Number(whole[0]) < subunits;
}

/** "tujuh perwakilan investor": a count noun of countNounsWithNounAfter with the count noun after it. */
function withNounAfter(context: RecognitionContext, at: number, unit: Unit): Unit {
  const { tokens } = context;
  if (unit.tokenEnd !== at + 1 || !isWordIn(tokens, at, context.lexicon.countNounsWithNounAfter) || !isPlainLowerWord(context, at + 1)) return unit;
  const after = countNounAt(context, at + 1, false);
  if (after < 0) return unit;
  const tokenEnd = context.matches.endAt(at + 1, after);
  return { unit: tokenRangeText(tokens, at, tokenEnd), tokenEnd, money: false };
}

/**
 * A plain word before a count noun that Indonesian lists, in an Indonesian text, that is no
 * classifier ("buah") nor "lain": the head noun. (English in a mixed text keeps its
 * adjective first: "Two regional diplomats".)
 */
function isIndonesianHeadNoun(context: RecognitionContext, index: number, end: number): boolean {
  const { tokens, lexicon } = context;
  return (
    context.language === 'id' &&
    end === index + 1 &&
    isPlainLowerWord(context, index) &&
    !lexicon.hasFlag(tokens.wordIds[index]!, WordFlag.CountAdjective) &&
    !lexicon.countClassifiers.has(tokens.wordIds[index]!)
  );
}

/** The listed count noun after a name at `nameStart`, as a unit; or undefined. */
function countNounAfterName(context: RecognitionContext, nameStart: number, single: boolean): Unit | undefined {
  const nameEnd = endOfNameBeforeNoun(context, nameStart);
  if (nameEnd <= nameStart) return undefined;
  const countNoun = countNounAt(context, nameEnd, single);
  return countNoun >= 0 ? countNounUnit(context, nameEnd, countNoun) : undefined;
}

/** One past a place's or organisation's name, or a single capitalised word, at `index`; or -1. */
function endOfNameBeforeNoun(context: RecognitionContext, index: number): number {
  const { tokens } = context;
  if (!isWord(tokens, index) || (tokens.flags[index]! & (TokenFlag.Capitalized | TokenFlag.LineStart | TokenFlag.HasDigit)) !== TokenFlag.Capitalized) return -1;
  // "at the Four Seasons hotel": a capitalised number word inside a name.
  const number = index - 1;
  if (isWord(tokens, number) && (tokens.flags[number]! & (TokenFlag.Capitalized | TokenFlag.LineStart)) === TokenFlag.Capitalized && !isPunct(tokens, number - 1, '.')) return -1;
  const name = matchOfKind(context, index, 'place') ?? matchOfKind(context, index, 'organization');
  if (name) return name.tokenEnd;
  // "three Central Asian countries": two capitalised words.
  const second = index + 1;
  return isCapitalizedWord(context, second) && (tokens.flags[second]! & (TokenFlag.LineStart | TokenFlag.HasDigit)) === 0 && countNounAt(context, second, false) < 0 ? second + 1 : second;
}

/** The unit of the k-th count noun at a token: the noun as written, without a possessive "-nya". */
function countNounUnit(context: RecognitionContext, at: number, k: number, hyphenated = false): Unit {
  const table = context.matches;
  const nounEnd = table.endAt(at, k);
  const entry = table.payloadAt(at, k);
  // "two jet pilots": in English a plural right after a noun in the singular is what is counted
  // (after a plural it is a verb: "the two countries adds up to"); but "four-way talks" counts ways.
  const singular = entry.kind === 'countNoun' && (entry.singular === true || entry.language !== 'en');
  if (singular && !hyphenated && context.language === 'en' && isEnglishPlural(context, nounEnd) && (context.tokens.flags[nounEnd]! & TokenFlag.LineStart) === 0) {
    return { unit: tokenText(context.tokens, nounEnd), tokenEnd: nounEnd + 1, money: false };
  }
  const tokenEnd = alternativeNounEnd(context, nounEnd);
  const written = tokenRangeText(context.tokens, at, tokenEnd);
  return { unit: entry.kind === 'countNoun' && entry.possessive ? written.slice(0, -INDONESIAN_POSSESSIVE_SUFFIX.length) : written, tokenEnd, money: false };
}

/** "544 kabupaten/kota", "61 SMA/SMK/SLB": more count nouns written against slashes after the first; the token after the last, or `end`. */
function alternativeNounEnd(context: RecognitionContext, end: number): number {
  const { tokens } = context;
  while (isPunct(tokens, end, '/') && isAttachedToPrevious(tokens, end) && isAttachedToPrevious(tokens, end + 1)) {
    const k = context.matches.findKind(end + 1, 'countNoun');
    if (k < 0) break;
    end = context.matches.endAt(end + 1, k);
  }
  return end;
}

/** One past a plain lower-case word or an English demonym at `index`, or -1. */
function endOfAdjective(context: RecognitionContext, index: number): number {
  return isCountModifier(context, index) ? index + 1 : endOfDemonym(context, index);
}

/** One past an English demonym ("Saudi", "South Korean") or a country's abbreviation used as one ("U.S.", "UK") at `index`, or -1. */
function endOfDemonym(context: RecognitionContext, index: number): number {
  const table = context.matches;
  const country = table.findKind(index, 'country');
  if (country < 0) return -1;
  const entry = table.payloadAt(index, country);
  if (entry.kind !== 'country') return -1;
  const end = table.endAt(index, country);
  const abbreviation = end === index + 1 && (context.tokens.flags[index]! & TokenFlag.AllCaps) !== 0;
  return entry.demonym || abbreviation ? end : -1;
}

const MAX_COUNT_ADJECTIVES = 3;

/** A plain lower-case word of four letters or more ending in a plural "s" (not "-ss", "-us", "-is"), not a fraction. */
function isEnglishPlural(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  if (!isPlainLowerWord(context, index) || context.lexicon.fractionNouns.has(tokens.wordIds[index]!)) return false;
  return hasPluralEnding(context, index, 4);
}

/** A word of `minLength` letters or more ending in a plural "s" (not "-ss", "-us", "-is"). */
function hasPluralEnding(context: RecognitionContext, index: number, minLength: number): boolean {
  const { tokens, text } = context;
  const end = tokens.ends[index]!;
  if (end - tokens.starts[index]! < minLength || text.charCodeAt(end - 1) !== 115) return false;
  const before = text.charCodeAt(end - 2);
  return before !== 115 && before !== 117 && before !== 105;
}

/** A capitalised word mid-sentence, no month or day, with a plain English plural after it. */
function isRegionAdjectiveBeforePlural(context: RecognitionContext, index: number): boolean {
  const { tokens, lexicon } = context;
  if (!isCapitalizedMidLine(tokens, index)) return false;
  if (lexicon.hasFlag(tokens.wordIds[index]!, WordFlag.Month | WordFlag.Weekday)) return false;
  return isEnglishPlural(context, index + 1);
}

/**
 * "20 Skyrangers", "five Rafales": a name in the plural that no word list knows, mid-sentence
 * and standing alone, after a number that is no year ("in 2024 Republicans").
 */
function isNamePlural(context: RecognitionContext, index: number): boolean {
  const { tokens, text } = context;
  if (!isCapitalizedMidLine(tokens, index)) return false;
  if (tokens.wordIds[index]! >= 0 || isCapitalizedWord(context, index + 1) || !hasPluralEnding(context, index, 5)) return false;
  if (text.charCodeAt(tokens.ends[index]! - 2) === 39) return false;
  // "at the Four Seasons hotel": a capitalised number word is part of the name.
  const before = index - 1;
  if (tokens.kinds[before] === TokenKind.Number) return tokens.ends[before]! - tokens.starts[before]! !== 4;
  return !isCapitalizedWord(context, before);
}

/** A capitalised word, not all capitals and with no digits, that does not open its line. */
function isCapitalizedMidLine(tokens: TokenStream, index: number): boolean {
  return isWord(tokens, index) && (tokens.flags[index]! & (TokenFlag.Capitalized | TokenFlag.LineStart | TokenFlag.HasDigit | TokenFlag.AllCaps)) === TokenFlag.Capitalized;
}

/** "Indonesians", "Tuvaluans": the people of a nation, written with a capital. */
function isDemonymPlural(context: RecognitionContext, index: number): boolean {
  return isCapitalizedWordIn(context, index, context.lexicon.demonymPlurals);
}

/** A word that may stand between a number and what it counts: a plain adjective, or "other", "lain". */
function isCountModifier(context: RecognitionContext, index: number): boolean {
  const { tokens, lexicon } = context;
  if (!isWord(tokens, index)) return false;
  const lower = (tokens.flags[index]! & TokenFlag.Capitalized) === 0;
  if (lower && lexicon.hasFlag(tokens.wordIds[index]!, WordFlag.CountAdjective)) return true;
  // "96 diantaranya warga": "of whom" after the number, which counts what the number before it did.
  return isPlainLowerWord(context, index) && lexicon.elidedCountFollowers.endStartingAt(tokens, index) < 0;
}

/**
 * "14.000 selimut", "325 boks": in Indonesian, a plain word that no word list knows after a
 * number is what it counts, unless a verb's prefix opens it ("dikirim", "menjadi", "tersisa");
 * one past it, or -1.
 */
function indonesianCountedWordEnd(context: RecognitionContext, index: number): number {
  const { tokens, text } = context;
  // A word of any list, "150 hadir" among them, is no noun unknown to the lists.
  if (!isPlainLowerWord(context, index) || tokens.wordIds[index]! >= 0 || isAttachedToPrevious(tokens, index)) return -1;
  const start = tokens.starts[index]!;
  if (tokens.ends[index]! - start < 3) return -1;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  const third = text.charCodeAt(start + 2);
  // me-, di-, ber-, ter-
  if ((first === 109 && second === 101) || (first === 100 && second === 105)) return -1;
  if ((first === 98 || first === 116) && second === 101 && third === 114) return -1;
  // "240 laki-laki": a doubled word is one.
  const doubled = isJoiningHyphen(tokens, index + 1) && tokens.hashes[index + 2] === tokens.hashes[index] && tokenText(tokens, index + 2) === tokenText(tokens, index);
  return doubled ? index + 3 : index + 1;
}

/** The word flags of a word in lower case with no digits, or undefined for any other token. */
function lowerCaseWordFlags(context: RecognitionContext, index: number): number | undefined {
  const { tokens } = context;
  if (!isWord(tokens, index) || (tokens.flags[index]! & (TokenFlag.Capitalized | TokenFlag.HasDigit)) !== 0) return undefined;
  return context.lexicon.wordFlags(tokens.wordIds[index]!);
}

/** A word in lower case with no digits that is no stopword, month or scale. */
function isPlainLowerWord(context: RecognitionContext, index: number): boolean {
  const flags = lowerCaseWordFlags(context, index);
  return flags !== undefined && (flags & (WordFlag.StopwordEn | WordFlag.StopwordId | WordFlag.Month | WordFlag.Scale | WordFlag.NumberWord)) === 0;
}

/** An English function word in lower case hyphenated onto the next word ("no-confidence", "all-out"). */
function isFunctionWordBeforeHyphen(context: RecognitionContext, index: number): boolean {
  if (!isJoiningHyphen(context.tokens, index + 1)) return false;
  const flags = lowerCaseWordFlags(context, index);
  return flags !== undefined && (flags & WordFlag.StopwordEn) !== 0 && (flags & (WordFlag.Month | WordFlag.Scale | WordFlag.NumberWord)) === 0;
}

/** A bare four-digit number between 1900 and 2100 is a year unless a unit says otherwise. */
function isYearLike(context: RecognitionContext, number: NumberReading): boolean {
  const { tokens } = context;
  const length = tokens.ends[number.tokenStart]! - tokens.starts[number.tokenStart]!;
  return length === 4 && number.value >= 1900 && number.value <= 2100 && Number.isInteger(number.value);
}

/** The token after a comma, "and" or both at `at` (or `at` itself). */
function afterNumberWordJoin(context: RecognitionContext, at: number): number {
  const { tokens } = context;
  let next = at;
  if (isPunct(tokens, next, ',')) next++;
  if (isWordSpelled(tokens, next, 'and')) next++;
  return next;
}

/** A year is introduced by "in", "pada", "tahun", "since", "sejak", "the end of"…: never a sum of money. */
function isYearPosition(context: RecognitionContext, numberStart: number): boolean {
  const { tokens, lexicon } = context;
  const before = numberStart - 1;
  if (!isWord(tokens, before)) return false;
  if (lexicon.hasFlag(tokens.wordIds[before]!, WordFlag.YearBefore)) return true;
  return isWordSpelled(tokens, before, 'of') && isWordIn(tokens, before - 1, lexicon.yearPeriodsBeforeOf);
}
