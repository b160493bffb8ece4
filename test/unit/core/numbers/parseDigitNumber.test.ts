import { strict as assert } from 'node:assert';
import { parseDigitNumber } from '../../../../src/core/numbers/parseDigitNumber';

describe('parseDigitNumber', () => {
  it('reads the Indonesian convention: "." groups thousands, "," marks decimals', () => {
    assert.equal(parseDigitNumber('1.200.000', 'id'), 1_200_000);
    assert.equal(parseDigitNumber('2.000', 'id'), 2000);
    assert.equal(parseDigitNumber('16.190', 'id'), 16_190);
    assert.equal(parseDigitNumber('300.000', 'id'), 300_000);
    assert.equal(parseDigitNumber('1,5', 'id'), 1.5);
    assert.equal(parseDigitNumber('103,5', 'id'), 103.5);
    assert.equal(parseDigitNumber('0,25', 'id'), 0.25);
    assert.equal(parseDigitNumber('1.234.567,89', 'id'), 1_234_567.89);
  });

  it('reads the English convention: "," groups thousands, "." marks decimals', () => {
    assert.equal(parseDigitNumber('1,200,000', 'en'), 1_200_000);
    assert.equal(parseDigitNumber('2,600', 'en'), 2600);
    assert.equal(parseDigitNumber('1.5', 'en'), 1.5);
    assert.equal(parseDigitNumber('10.07', 'en'), 10.07);
    assert.equal(parseDigitNumber('133.6', 'en'), 133.6);
    assert.equal(parseDigitNumber('1,234,567.89', 'en'), 1_234_567.89);
  });

  it('gives the same value for the same amount written in either convention', () => {
    const pairs: Array<[string, string, number]> = [
      ['1.200.000', '1,200,000', 1_200_000],
      ['16.190', '16,190', 16_190],
      ['1,5', '1.5', 1.5],
      ['103,5', '103.5', 103.5],
      ['0,25', '0.25', 0.25],
      ['2.500.000,75', '2,500,000.75', 2_500_000.75],
    ];
    for (const [indonesian, english, value] of pairs) {
      assert.equal(parseDigitNumber(indonesian, 'id'), value, indonesian);
      assert.equal(parseDigitNumber(english, 'en'), value, english);
    }
  });

  it('settles a single mark by the language and the digits after it', () => {
    // The language's grouping mark with exactly three digits after it groups thousands.
    assert.equal(parseDigitNumber('2.500', 'id'), 2500);
    assert.equal(parseDigitNumber('2,500', 'en'), 2500);
    // The other language's grouping mark is that language's decimal mark.
    assert.equal(parseDigitNumber('2.500', 'en'), 2.5);
    assert.equal(parseDigitNumber('2,500', 'id'), 2.5);
    // Not three digits after it: a decimal mark whatever the language.
    assert.equal(parseDigitNumber('2.5', 'id'), 2.5);
    assert.equal(parseDigitNumber('1,5', 'en'), 1.5);
    assert.equal(parseDigitNumber('9.35', 'id'), 9.35);
    assert.equal(parseDigitNumber('12,75', 'en'), 12.75);
    // "0.250" and four leading digits cannot be thousands groups.
    assert.equal(parseDigitNumber('0.250', 'id'), 0.25);
    assert.equal(parseDigitNumber('0,250', 'en'), 0.25);
    assert.equal(parseDigitNumber('1234.567', 'id'), 1234.567);
  });

  it('reads a mark used more than once as grouping in either language', () => {
    assert.equal(parseDigitNumber('1.200.000', 'en'), 1_200_000);
    assert.equal(parseDigitNumber('1,200,000', 'id'), 1_200_000);
  });

  it('reads plain digits, including long ones', () => {
    assert.equal(parseDigitNumber('0', 'id'), 0);
    assert.equal(parseDigitNumber('19', 'en'), 19);
    assert.equal(parseDigitNumber('2023', 'id'), 2023);
    // Past 2^53 the value is the double nearest the written number, as Number() rounds it.
    assert.equal(parseDigitNumber('12345678901234567890', 'en'), Number('12345678901234567890'));
    assert.equal(parseDigitNumber('9.007.199.254.740.993,5', 'id'), Number('9007199254740993.5'));
    assert.equal(parseDigitNumber('9,007,199,254,740,993', 'en'), Number('9007199254740993'));
  });

  it('gives the double JavaScript gives for the same decimal', () => {
    for (const text of ['0.1', '0.3', '10.07', '1.005', '2.675', '133.6', '99.99', '4.35', '0.000001']) {
      assert.equal(parseDigitNumber(text, 'en'), Number(text), text);
      assert.equal(parseDigitNumber(text.replace('.', ','), 'id'), Number(text), text);
    }
  });

  it('reads South Asian lakh and crore grouping with commas', () => {
    assert.equal(parseDigitNumber('1,60,000', 'en'), 160_000);
    assert.equal(parseDigitNumber('12,34,56,789', 'en'), 123_456_789);
    assert.equal(parseDigitNumber('1,00,000.50', 'en'), 100_000.5);
  });

  it('reads two digits after groups of thousands as decimals, as money is sometimes written', () => {
    assert.equal(parseDigitNumber('9.050.00', 'id'), 9050);
    assert.equal(parseDigitNumber('1.200.000.50', 'id'), 1_200_000.5);
    assert.equal(parseDigitNumber('1,200,000,50', 'en'), 1_200_000.5);
  });

  it('rejects strings that are not one number', () => {
    for (const text of ['', '1.2.3', '12/6', '1,,5', '1..5', '.5', '5.', ',5', '1.200,000,5', '1.20.000', '12,34,567,890', '123,45,678', '12.34.56', '1 200', '1a', '-5', '10:30', '1.20.00', '12.05.20']) {
      assert.equal(parseDigitNumber(text, 'id'), undefined, `id ${JSON.stringify(text)}`);
      assert.equal(parseDigitNumber(text, 'en'), undefined, `en ${JSON.stringify(text)}`);
    }
  });
});
