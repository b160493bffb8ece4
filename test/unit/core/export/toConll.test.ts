import { strict as assert } from 'node:assert';
import { toConll, type AnnotatedDocument } from '../../../../src/core';
import { INSIDE_WORD, INSIDE_WORD_TEXT, LINE_BREAK, LINE_BREAK_TEXT, MEETING, MEETING_TEXT } from './handBuiltDocuments';

const conll = (...sentences: string[][]) => ['-DOCSTART-\tO', '', ...sentences.flatMap((sentence) => [...sentence, ''])].join('\n') + '\n';

describe('toConll', () => {
  it('writes IOB2 tags per token, a sentence per line, and keeps the outer of nested mentions', () => {
    assert.equal(
      toConll(MEETING, MEETING_TEXT),
      conll(
        ['Presiden\tO', '🇮\tO', '🇩\tO', 'Prabowo\tB-LEADER', 'Subianto\tI-LEADER', 'bertemu\tO', 'PM\tO', 'Jepang\tB-COUNTRY', 'Shigeru\tB-LEADER', 'Ishiba\tI-LEADER', '.\tO'],
        ['Nilai\tO', 'dagang\tO', 'naik\tO', '4,3\tB-AMOUNT', 'miliar\tI-AMOUNT', 'dolar\tI-AMOUNT', 'AS\tI-AMOUNT', '👍\tO', '.\tO'],
      ),
    );
  });

  it('cuts a word where a mention ends inside it', () => {
    assert.equal(toConll(INSIDE_WORD, INSIDE_WORD_TEXT), conll(['Pasar\tO', 'Jepang\tB-COUNTRY', 'nya\tO', 'tumbuh\tO', '.\tO']));
  });

  it('opens the part of a mention after a line break with B-, as IOB2 starts every sentence', () => {
    assert.equal(toConll(LINE_BREAK, LINE_BREAK_TEXT), conll(['Presiden\tO', 'Joko\tB-LEADER'], ['Widodo\tB-LEADER', 'tiba\tO', '.\tO']));
  });

  it('separates two adjacent mentions of the same type', () => {
    const text = 'AS Tiongkok';
    const document: AnnotatedDocument = {
      ...INSIDE_WORD,
      source: { ...INSIDE_WORD.source, length: text.length },
      annotations: [
        { id: 'a1', type: 'country', start: 0, end: 2, text: 'AS', entityId: 'e1' },
        { id: 'a2', type: 'country', start: 3, end: 11, text: 'Tiongkok', entityId: 'e1' },
      ],
    };
    assert.equal(toConll(document, text), conll(['AS\tB-COUNTRY', 'Tiongkok\tB-COUNTRY']));
  });

  it('splits sentences at a full stop before a capital, not inside numbers or abbreviations', () => {
    const text = 'Nilainya 1.200 ton. Menteri tiba di A.S. kemarin.';
    const document: AnnotatedDocument = { ...INSIDE_WORD, source: { ...INSIDE_WORD.source, length: text.length }, annotations: [], entities: [] };
    assert.equal(toConll(document, text), conll(['Nilainya\tO', '1.200\tO', 'ton\tO', '.\tO'], ['Menteri\tO', 'tiba\tO', 'di\tO', 'A.S.\tO', 'kemarin\tO', '.\tO']));
  });
});
