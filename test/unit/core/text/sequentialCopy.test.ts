import { strict as assert } from 'node:assert';
import { sequentialCopy } from '../../../../src/core/text/sequentialCopy';
import { foldCase } from '../../../../src/core/text/wordHash';

describe('sequentialCopy', () => {
  it('copies texts of every size exactly, across its chunks and surrogate pairs', () => {
    const unit = 'Presiden Iran 🇮🇷 “Raisi” – Rp1,5 miliar\n';
    for (const length of [0, 1, 12, 13, 4095, 4096, 4097, 20_000]) {
      const text = unit.repeat(Math.ceil(length / unit.length) + 1).slice(1, 1 + length);
      assert.equal(text.length, length);
      assert.equal(sequentialCopy(text), text);
    }
  });

  it('is what foldCase returns for long words too', () => {
    assert.equal(foldCase('Kemenko-PEREKONOMIAN-Indonesia'), 'kemenko-perekonomian-indonesia');
    // Accents fold to the base letter; letters of their own ("ø", "ł", "ı") stay.
    assert.equal(foldCase('MÉXICO Perú São Tomé Øresund Łódź'), 'mexico peru sao tome øresund łodz');
  });
});
