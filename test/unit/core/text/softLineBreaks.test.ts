import { strict as assert } from 'node:assert';
import { softLineBreaks } from '../../../../src/core/text/softLineBreaks';
import { texts } from '../annotatorTestHelpers';

/** Greedy wrapping at a width, as a mail client or `fmt` does it. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

const PARAGRAPHS = [
  'The Emir of Kuwait received a message from President Abdelfattah El-Sisi on Sunday inviting him to a summit of Arab leaders in Cairo next month, the official news agency reported.',
  'Deputy Prime Minister and Foreign Minister Sheikh Sabah Khaled Al-Hamad Al-Sabah told reporters that the two countries would sign eleven agreements worth 2.5 billion dollars during the visit.',
  'Trade between Kuwait and Egypt reached 4.1 billion dollars last year, and more than 1,200 Kuwaiti companies now operate in Egyptian industry, tourism, finance and agriculture.',
];

describe('softLineBreaks', () => {
  it('finds the breaks of a hard-wrapped text, and no paragraph break', () => {
    const text = `Kuwait and Egypt to sign eleven agreements\n\n${PARAGRAPHS.map((p) => wrap(p, 60)).join('\n\n')}\n`;
    const breaks = softLineBreaks(text);
    assert.ok(breaks.length >= 6);
    for (const at of breaks) {
      assert.equal(text[at - 1], '\n');
      assert.notEqual(text[at - 2], '\n');
    }
  });

  it('finds none in a text of a paragraph a line, a list of short lines or a short text', () => {
    assert.deepEqual(softLineBreaks(`Kuwait and Egypt to sign agreements\n${PARAGRAPHS.join('\n')}\n`), []);
    const headlines = ['Kuwait and Egypt to sign eleven agreements worth billions', 'Egypt', 'Oman and India', 'Qatar Emir visits Kuwait', 'Jordan budget', 'Lebanon talks resume'];
    assert.deepEqual(softLineBreaks(headlines.join('\n')), []);
    assert.deepEqual(softLineBreaks('Kuwait\nEgypt'), []);
  });

  it('lets a leader\'s name run on over a wrap, and keeps names on lines of their own apart', () => {
    const text = PARAGRAPHS.map((p) => wrap(p, 64)).join('\n\n');
    assert.ok(text.includes('Abdelfattah\nEl-Sisi') && text.includes('Khaled\nAl-Hamad'));
    const leaders = texts(text, 'leader').map((name) => name.replace(/\s+/g, ' '));
    assert.deepEqual(leaders, ['Abdelfattah El-Sisi', 'Sheikh Sabah Khaled Al-Hamad Al-Sabah']);
    assert.equal(texts('The talks were led by Foreign Minister Sheikh Sabah Khaled\nAl-Hamad Al-Sabah said later.', 'leader')[0], 'Sheikh Sabah Khaled');
  });
});
