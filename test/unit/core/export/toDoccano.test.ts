import { strict as assert } from 'node:assert';
import { toDoccano } from '../../../../src/core';
import { LINE_BREAK, LINE_BREAK_TEXT, MEETING, MEETING_TEXT } from './handBuiltDocuments';

describe('toDoccano', () => {
  it('writes one JSONL line with [start, end, LABEL] in code points', () => {
    const expected = JSON.stringify({
      text: MEETING_TEXT,
      label: [
        [12, 28, 'LEADER'],
        [40, 46, 'COUNTRY'],
        [47, 61, 'LEADER'],
        [82, 101, 'AMOUNT'],
        [99, 101, 'COUNTRY'],
      ],
    });
    assert.equal(toDoccano(MEETING, MEETING_TEXT), expected + '\n');
  });

  it('gives spans that slice the mention out of the text as Python reads it', () => {
    const { text, label } = JSON.parse(toDoccano(MEETING, MEETING_TEXT));
    const codePoints = Array.from(text as string);
    assert.deepEqual(
      label.map(([start, end]: [number, number]) => codePoints.slice(start, end).join('')),
      MEETING.annotations.map((a) => a.text),
    );
  });

  it('keeps CRLF in the text and counts it as two characters', () => {
    assert.equal(toDoccano(LINE_BREAK, LINE_BREAK_TEXT), JSON.stringify({ text: 'Presiden Joko\r\nWidodo tiba.', label: [[9, 21, 'LEADER']] }) + '\n');
  });
});
