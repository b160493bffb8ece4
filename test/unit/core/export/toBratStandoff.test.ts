import { strict as assert } from 'node:assert';
import { toBratStandoff, type AnnotatedDocument } from '../../../../src/core';
import { LINE_BREAK, LINE_BREAK_TEXT, MEETING, MEETING_TEXT } from './handBuiltDocuments';

describe('toBratStandoff', () => {
  it('writes text-bound lines in code points, Wikidata normalisations and notes', () => {
    assert.equal(
      toBratStandoff(MEETING, MEETING_TEXT),
      [
        'T1\tLeader 12 28\tPrabowo Subianto',
        '#1\tAnnotatorNotes T1\tPrabowo Subianto',
        'T2\tCountry 40 46\tJepang',
        'N1\tReference T2 Wikidata:Q17\tJepang',
        '#2\tAnnotatorNotes T2\tJepang',
        'T3\tLeader 47 61\tShigeru Ishiba',
        '#3\tAnnotatorNotes T3\tShigeru Ishiba',
        'T4\tAmount 82 101\t4,3 miliar dolar AS',
        '#4\tAnnotatorNotes T4\tUS$4.3 billion (4300000000 USD)',
        'T5\tCountry 99 101\tAS',
        'N2\tReference T5 Wikidata:Q30\tAmerika Serikat',
        '#5\tAnnotatorNotes T5\tAmerika Serikat',
        '',
      ].join('\n'),
    );
  });

  it('passes the check brat makes: each span of the .txt, read as code points, is the quoted text', () => {
    const codePoints = Array.from(MEETING_TEXT);
    for (const line of toBratStandoff(MEETING, MEETING_TEXT).split('\n').filter((l) => l.startsWith('T'))) {
      const [, typeAndSpan, quoted] = line.split('\t');
      const [, start, end] = typeAndSpan!.split(' ').map(Number);
      assert.equal(codePoints.slice(start, end).join(''), quoted, line);
    }
  });

  it('splits a mention that crosses a line break into fragments joined by a space', () => {
    assert.equal(toBratStandoff(LINE_BREAK, LINE_BREAK_TEXT), 'T1\tLeader 9 13;15 21\tJoko Widodo\n#1\tAnnotatorNotes T1\tJoko Widodo\n');
  });

  it('writes nothing for a document without mentions', () => {
    const empty: AnnotatedDocument = { ...LINE_BREAK, annotations: [], entities: [] };
    assert.equal(toBratStandoff(empty, LINE_BREAK_TEXT), '');
  });
});
