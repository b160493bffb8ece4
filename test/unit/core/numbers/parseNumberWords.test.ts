import { strict as assert } from 'node:assert';
import { parseNumberWords } from '../../../../src/core/numbers/parseNumberWords';
import { english, indonesian } from '../lang/languageResources';

function readIndonesian(text: string, start = 0) {
  return parseNumberWords(text.split(' '), start, indonesian.numbers);
}

function readEnglish(text: string, start = 0) {
  return parseNumberWords(text.split(' '), start, english.numbers);
}

describe('parseNumberWords', () => {
  it('reads Indonesian units, tens, hundreds and thousands', () => {
    assert.deepEqual(readIndonesian('empat'), { value: 4, length: 1 });
    assert.deepEqual(readIndonesian('sepuluh'), { value: 10, length: 1 });
    assert.deepEqual(readIndonesian('sebelas'), { value: 11, length: 1 });
    assert.deepEqual(readIndonesian('dua belas'), { value: 12, length: 2 });
    assert.deepEqual(readIndonesian('sembilan belas'), { value: 19, length: 2 });
    assert.deepEqual(readIndonesian('dua puluh tiga'), { value: 23, length: 3 });
    assert.deepEqual(readIndonesian('seratus'), { value: 100, length: 1 });
    assert.deepEqual(readIndonesian('seratus dua puluh tiga'), { value: 123, length: 4 });
    assert.deepEqual(readIndonesian('seratus dua belas'), { value: 112, length: 3 });
    assert.deepEqual(readIndonesian('tiga ratus lima'), { value: 305, length: 3 });
    assert.deepEqual(readIndonesian('seribu'), { value: 1000, length: 1 });
    assert.deepEqual(readIndonesian('seribu lima ratus'), { value: 1500, length: 3 });
    assert.deepEqual(readIndonesian('lima ribu tiga ratus'), { value: 5300, length: 4 });
    assert.deepEqual(readIndonesian('dua belas ribu'), { value: 12_000, length: 3 });
    assert.deepEqual(readIndonesian('dua ratus lima puluh ribu'), { value: 250_000, length: 5 });
    assert.deepEqual(readIndonesian('seratus ribu'), { value: 100_000, length: 2 });
  });

  it('reads Indonesian dozens, a half of one included, but no half of a hundred', () => {
    assert.deepEqual(readIndonesian('selusin'), { value: 12, length: 1 });
    assert.deepEqual(readIndonesian('dua lusin'), { value: 24, length: 2 });
    assert.deepEqual(readIndonesian('setengah lusin'), { value: 6, length: 2 });
    assert.deepEqual(readIndonesian('setengah ratus'), { value: 0.5, length: 1 });
    assert.deepEqual(readIndonesian('setengah puluh'), { value: 0.5, length: 1 });
  });

  it('reads English units, teens, tens, hundreds, thousands and dozens', () => {
    assert.deepEqual(readEnglish('ten'), { value: 10, length: 1 });
    assert.deepEqual(readEnglish('eleven'), { value: 11, length: 1 });
    assert.deepEqual(readEnglish('twenty-three'), { value: 23, length: 1 });
    assert.deepEqual(readEnglish('twenty three'), { value: 23, length: 2 });
    assert.deepEqual(readEnglish('one hundred and five'), { value: 105, length: 4 });
    assert.deepEqual(readEnglish('one hundred five'), { value: 105, length: 3 });
    assert.deepEqual(readEnglish('nineteen hundred'), { value: 1900, length: 2 });
    assert.deepEqual(readEnglish('two thousand and twenty-five'), { value: 2025, length: 4 });
    assert.deepEqual(readEnglish('five hundred thousand'), { value: 500_000, length: 3 });
    assert.deepEqual(readEnglish('ninety-nine thousand nine hundred ninety-nine'), { value: 99_999, length: 5 });
    assert.deepEqual(readEnglish('two dozen'), { value: 24, length: 2 });
  });

  it('reads the same numbers in both languages to the same value', () => {
    const pairs: Array<[string, string, number]> = [
      ['dua puluh tiga', 'twenty-three', 23],
      ['dua belas', 'twelve', 12],
      ['seratus lima', 'one hundred and five', 105],
      ['seribu lima ratus', 'one thousand five hundred', 1500],
      ['lima ratus ribu', 'five hundred thousand', 500_000],
      ['delapan', 'eight', 8],
    ];
    for (const [indonesianText, englishText, value] of pairs) {
      assert.equal(readIndonesian(indonesianText)?.value, value, indonesianText);
      assert.equal(readEnglish(englishText)?.value, value, englishText);
    }
  });

  it('takes the longest run and leaves the words after it', () => {
    assert.deepEqual(readIndonesian('delapan perjanjian'), { value: 8, length: 1 });
    assert.deepEqual(readIndonesian('tiga juta barel'), { value: 3, length: 1 });
    assert.deepEqual(readEnglish('ten years'), { value: 10, length: 1 });
    assert.deepEqual(readEnglish('two dozen officials'), { value: 24, length: 2 });
    // Two numbers side by side are two numbers.
    assert.deepEqual(readIndonesian('dua tiga'), { value: 2, length: 1 });
    assert.deepEqual(readEnglish('three twenty'), { value: 3, length: 1 });
    assert.deepEqual(readIndonesian('dua puluh dua belas'), { value: 22, length: 3 });
    assert.deepEqual(readIndonesian('seratus seratus'), { value: 100, length: 1 });
    assert.deepEqual(readIndonesian('dua ribu tiga ribu'), { value: 2003, length: 3 });
    assert.deepEqual(readIndonesian('seribu seribu'), { value: 1000, length: 1 });
    assert.deepEqual(readIndonesian('tiga puluh dua ratus'), { value: 32, length: 3 });
  });

  it('starts where it is told to', () => {
    assert.deepEqual(readIndonesian('sebanyak dua puluh delapan negara', 1), { value: 28, length: 3 });
    assert.deepEqual(readEnglish('some forty-five countries', 1), { value: 45, length: 1 });
  });

  it('never consumes a trailing or doubled "and"', () => {
    assert.deepEqual(readEnglish('one hundred and'), { value: 100, length: 2 });
    assert.deepEqual(readEnglish('one hundred and countries'), { value: 100, length: 2 });
    assert.deepEqual(readEnglish('one hundred and and five'), { value: 100, length: 2 });
    assert.deepEqual(readEnglish('five and six'), { value: 5, length: 1 });
    assert.deepEqual(readEnglish('one thousand and hundred'), { value: 1000, length: 2 });
  });

  it('does not start a number with a multiplier, an addend or a connector', () => {
    for (const text of ['puluh', 'ratus', 'ribu', 'belas', 'hundred', 'dozen', 'thousand', 'and five', 'negara', '']) {
      assert.equal(readIndonesian(text), undefined, text);
      assert.equal(readEnglish(text), undefined, text);
    }
  });

  it('reads zero only on its own', () => {
    assert.deepEqual(readIndonesian('nol persen'), { value: 0, length: 1 });
    assert.deepEqual(readEnglish('zero five'), { value: 0, length: 1 });
    assert.deepEqual(readEnglish('twenty zero'), { value: 20, length: 1 });
  });

  it('leaves a hyphenated word whole when any part does not fit', () => {
    assert.deepEqual(readEnglish('twenty-three-four'), undefined);
    assert.deepEqual(readEnglish('two-thirds'), undefined);
    assert.deepEqual(readEnglish('five hundred twenty-ten'), { value: 500, length: 2 });
    assert.deepEqual(readIndonesian('dua-tiga'), undefined);
  });

  it('treats object property names as plain words', () => {
    assert.equal(readEnglish('constructor'), undefined);
    assert.deepEqual(readEnglish('two constructor'), { value: 2, length: 1 });
    assert.equal(readEnglish('__proto__'), undefined);
  });
});
