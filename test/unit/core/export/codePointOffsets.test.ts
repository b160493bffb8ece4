import { strict as assert } from 'node:assert';
import { codePointOffsets } from '../../../../src/core';
import { splitsSurrogatePair } from '../../../../src/core/export/codePointOffsets';
import { MEETING_TEXT } from './handBuiltDocuments';

describe('codePointOffsets', () => {
  it('converts UTF-16 offsets to code points around a flag, CRLF and an emoji', () => {
    const toCodePoint = codePointOffsets(MEETING_TEXT);
    // Before the flag unchanged; inside and after it one less per regional indicator; CRLF two
    // units and two code points; after 👍 one less again.
    assert.deepEqual(
      [0, 9, 11, 13, 14, 30, 42, 64, 66, 84, 101, 103, 104, 106, 109].map(toCodePoint),
      [0, 9, 10, 11, 12, 28, 40, 62, 64, 82, 99, 101, 102, 103, 106],
    );
  });

  it('agrees with Python string indices (code points) at every offset', () => {
    const toCodePoint = codePointOffsets(MEETING_TEXT);
    for (let offset = 0; offset <= MEETING_TEXT.length; offset++) {
      if (splitsSurrogatePair(MEETING_TEXT, offset)) continue;
      assert.equal(toCodePoint(offset), Array.from(MEETING_TEXT.slice(0, offset)).length, `offset ${offset}`);
    }
  });

  it('leaves text without astral characters alone', () => {
    const toCodePoint = codePointOffsets('Rp 1,5 triliun\r\n');
    assert.deepEqual([0, 3, 14, 16].map(toCodePoint), [0, 3, 14, 16]);
  });

  it('knows which offsets fall inside a surrogate pair', () => {
    assert.deepEqual([0, 9, 10, 11, 12, 13, 104, 105, 106].map((offset) => splitsSurrogatePair(MEETING_TEXT, offset)), [false, false, true, false, true, false, false, true, false]);
  });
});
