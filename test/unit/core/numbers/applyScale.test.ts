import { strict as assert } from 'node:assert';
import { applyScale, scaleOf } from '../../../../src/core/numbers/applyScale';
import { parseDigitNumber } from '../../../../src/core/numbers/parseDigitNumber';
import { parseNumberWords } from '../../../../src/core/numbers/parseNumberWords';
import type { LanguageResources } from '../../../../src/core/data/schemas';
import { english, indonesian } from '../lang/languageResources';

/** A digit number and its scale word, as an amount recogniser meets them: "1,5 miliar". */
function scaledDigits(number: string, scale: string, resources: LanguageResources): number | undefined {
  const value = parseDigitNumber(number, resources.language);
  const multiplier = scaleOf(scale, resources.numbers);
  return value === undefined || multiplier === undefined ? undefined : applyScale(value, multiplier);
}

/** Number words and the scale word after them: "tiga juta". */
function scaledWords(text: string, resources: LanguageResources): number | undefined {
  const words = text.split(' ');
  const read = parseNumberWords(words, 0, resources.numbers);
  const multiplier = read && scaleOf(words[read.length]!, resources.numbers);
  return read && multiplier !== undefined ? applyScale(read.value, multiplier) : undefined;
}

describe('applyScale and scaleOf', () => {
  it('knows each language\'s scale words and abbreviations', () => {
    assert.equal(scaleOf('ribu', indonesian.numbers), 1e3);
    assert.equal(scaleOf('rb', indonesian.numbers), 1e3);
    assert.equal(scaleOf('juta', indonesian.numbers), 1e6);
    assert.equal(scaleOf('jt', indonesian.numbers), 1e6);
    assert.equal(scaleOf('miliar', indonesian.numbers), 1e9);
    assert.equal(scaleOf('milyar', indonesian.numbers), 1e9);
    assert.equal(scaleOf('triliun', indonesian.numbers), 1e12);
    // Misspellings common in online news: a wrong value would be worse than a miss.
    for (const word of ['milliar', 'miliyar']) assert.equal(scaleOf(word, indonesian.numbers), 1e9);
    for (const word of ['trilliun', 'triliyun', 'trilyun']) assert.equal(scaleOf(word, indonesian.numbers), 1e12);
    assert.equal(scaleOf('thousand', english.numbers), 1e3);
    assert.equal(scaleOf('k', english.numbers), 1e3);
    assert.equal(scaleOf('million', english.numbers), 1e6);
    assert.equal(scaleOf('mn', english.numbers), 1e6);
    assert.equal(scaleOf('m', english.numbers), 1e6);
    assert.equal(scaleOf('billion', english.numbers), 1e9);
    assert.equal(scaleOf('bn', english.numbers), 1e9);
    assert.equal(scaleOf('trillion', english.numbers), 1e12);
    assert.equal(scaleOf('tn', english.numbers), 1e12);
  });

  it('matches scale words in any case and nothing else', () => {
    assert.equal(scaleOf('Miliar', indonesian.numbers), 1e9);
    assert.equal(scaleOf('BILLION', english.numbers), 1e9);
    assert.equal(scaleOf('M', english.numbers), 1e6);
    assert.equal(scaleOf('negara', indonesian.numbers), undefined);
    assert.equal(scaleOf('constructor', english.numbers), undefined);
    assert.equal(scaleOf('hundred', english.numbers), undefined);
  });

  it('scales without binary noise', () => {
    assert.notEqual(8.2 * 1e9, 8_200_000_000, 'the noise this guards against');
    assert.equal(applyScale(8.2, 1e9), 8_200_000_000);
    assert.equal(applyScale(1.005, 1e3), 1005);
    assert.equal(applyScale(1.1, 1e3), 1100);
    assert.equal(applyScale(4.35, 1e9), 4_350_000_000);
    assert.equal(applyScale(0.07, 1e6), 70_000);
    assert.equal(applyScale(133.6, 1e9), 133_600_000_000);
    assert.equal(applyScale(1.234567, 1e3), 1234.567);
    assert.equal(applyScale(20, 1e9), 20_000_000_000);
    assert.equal(applyScale(0, 1e12), 0);
  });

  it('gives the same amount for the Indonesian and the English way of writing it', () => {
    const pairs: Array<[[string, string], [string, string], number]> = [
      [['1,5', 'miliar'], ['1.5', 'billion'], 1_500_000_000],
      [['1,5', 'triliun'], ['1.5', 'trillion'], 1_500_000_000_000],
      [['2,3', 'miliar'], ['2.3', 'bn'], 2_300_000_000],
      [['4,3', 'milyar'], ['4.3', 'billion'], 4_300_000_000],
      [['9,6', 'juta'], ['9.6', 'million'], 9_600_000],
      [['3,5', 'jt'], ['3.5', 'mn'], 3_500_000],
      [['10', 'rb'], ['10', 'k'], 10_000],
      [['133,6', 'miliar'], ['133.6', 'billion'], 133_600_000_000],
      [['1.200', 'triliun'], ['1,200', 'trillion'], 1_200_000_000_000_000],
      [['0,25', 'juta'], ['0.25', 'million'], 250_000],
      [['8,2', 'miliar'], ['8.2', 'billion'], 8_200_000_000],
    ];
    for (const [[idNumber, idScale], [enNumber, enScale], value] of pairs) {
      assert.equal(scaledDigits(idNumber, idScale, indonesian), value, `${idNumber} ${idScale}`);
      assert.equal(scaledDigits(enNumber, enScale, english), value, `${enNumber} ${enScale}`);
    }
  });

  it('scales number words the same way in both languages', () => {
    assert.equal(scaledWords('tiga juta', indonesian), 3_000_000);
    assert.equal(scaledWords('three million', english), 3_000_000);
    assert.equal(scaledWords('dua puluh lima miliar', indonesian), 25_000_000_000);
    assert.equal(scaledWords('twenty-five billion', english), 25_000_000_000);
    assert.equal(scaledWords('seratus triliun', indonesian), 100_000_000_000_000);
    assert.equal(scaledWords('one hundred trillion', english), 100_000_000_000_000);
  });
});
