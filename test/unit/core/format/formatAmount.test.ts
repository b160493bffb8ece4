import { strict as assert } from 'node:assert';
import { formatAmountEnglish, formatAmountIndonesian } from '../../../../src/core';

describe('formatAmount', () => {
  it('writes money both ways', () => {
    assert.equal(formatAmountIndonesian(100_000_000, 'USD'), '100.000.000 USD');
    assert.equal(formatAmountEnglish(100_000_000, 'USD'), 'US$100 million');
    assert.equal(formatAmountEnglish(1_500_000_000_000, 'IDR'), 'Rp1.5 trillion');
    assert.equal(formatAmountEnglish(4_300_000_000, 'EUR'), '€4.3 billion');
    assert.equal(formatAmountEnglish(16_190, 'IDR'), 'Rp16,190');
  });

  it('writes percentages, durations and counts', () => {
    assert.equal(formatAmountIndonesian(5.2, '%'), '5,2 %');
    assert.equal(formatAmountEnglish(5.2, '%'), '5.2%');
    assert.equal(formatAmountEnglish(1, 'day'), '1 day');
    assert.equal(formatAmountEnglish(30, 'year'), '30 years');
    assert.equal(formatAmountEnglish(1200, 'negara'), '1,200 negara');
  });
});
