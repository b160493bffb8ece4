import { strict as assert } from 'node:assert';
import { TokenFlag, TokenKind, tokenize, tokenText } from '../../../../src/core/text/tokenize';
import { Vocabulary } from '../../../../src/core/text/vocabulary';

function texts(input: string): string[] {
  const tokens = tokenize(input, new Vocabulary());
  return Array.from({ length: tokens.count }, (_, i) => tokenText(tokens, i));
}

describe('tokenize', () => {
  it('keeps numbers in both conventions as one token', () => {
    assert.deepEqual(texts('Rp 1.200.000 dan US$2,3 miliar, $1,200,000.50'), [
      'Rp', '1.200.000', 'dan', 'US', '$', '2,3', 'miliar', ',', '$', '1,200,000.50',
    ]);
  });

  it('splits possessives but keeps inner apostrophes', () => {
    assert.deepEqual(texts("Xi’s visit, Ma'ruf Amin, O’Neill's"), ['Xi', '’', 's', 'visit', ',', "Ma'ruf", 'Amin', ',', 'O’Neill', "'", 's']);
  });

  it('joins dotted abbreviations', () => {
    assert.deepEqual(texts('the U.S. and U.K. said'), ['the', 'U.S.', 'and', 'U.K.', 'said']);
  });

  it('joins two letters whose last dot is left out only where the vocabulary knows the form ("U.S", not "J.K")', () => {
    const vocabulary = new Vocabulary();
    vocabulary.intern('u.s');
    const tokens = tokenize('the U.S government, J.K Rowling, U.Sx', vocabulary);
    const words = Array.from({ length: tokens.count }, (_, i) => tokenText(tokens, i));
    assert.deepEqual(words, ['the', 'U.S', 'government', ',', 'J', '.', 'K', 'Rowling', ',', 'U', '.', 'Sx']);
    assert.ok(tokens.flags[1]! & TokenFlag.AllCaps);
  });

  it('separates letters stuck to digits and hyphens', () => {
    assert.deepEqual(texts('2,600km COVID-19 G20 $3.5-billion'), ['2,600', 'km', 'COVID', '-', '19', 'G20', '$', '3.5', '-', 'billion']);
  });

  it('flags case, spacing and line starts', () => {
    const tokens = tokenize('IRAN dan\r\n\r\nBelarus', new Vocabulary());
    assert.equal(tokens.flags[0]! & TokenFlag.AllCaps, TokenFlag.AllCaps);
    assert.equal(tokens.flags[1]! & TokenFlag.Capitalized, 0);
    assert.ok(tokens.flags[1]! & TokenFlag.SpaceBefore);
    assert.ok(tokens.flags[2]! & TokenFlag.ParagraphStart);
    assert.ok(tokens.flags[2]! & TokenFlag.Capitalized);
    assert.equal(tokens.kinds[2], TokenKind.Word);
  });

  it('gives exact UTF-16 offsets around emoji and CRLF', () => {
    const text = '🇮🇩 Indonesia\r\nChina';
    const tokens = tokenize(text, new Vocabulary());
    const indonesia = texts(text).indexOf('Indonesia');
    assert.equal(tokens.starts[indonesia], 5);
    assert.equal(text.slice(tokens.starts[indonesia + 1]!, tokens.ends[indonesia + 1]!), 'China');
    assert.equal(tokens.starts[indonesia + 1], 16);
  });

  it('finds vocabulary words case-insensitively without slicing', () => {
    const vocabulary = new Vocabulary();
    const id = vocabulary.intern('presiden');
    const tokens = tokenize('PRESIDEN Presiden presiden presidennya', vocabulary);
    assert.deepEqual(Array.from(tokens.wordIds.subarray(0, tokens.count)), [id, id, id, -1]);
  });

  it('does not backtrack on long runs of capitals, digits, dots and spaces', () => {
    const hostile = ['A'.repeat(200_000), ' ', '9.'.repeat(100_000), ' '.repeat(200_000), 'A.'.repeat(100_000), '1,'.repeat(100_000)].join('');
    // The scanner has no regular expressions to backtrack; mocha's timeout catches a hang.
    const tokens = tokenize(hostile, new Vocabulary());
    assert.ok(tokenText(tokens, 0) === 'A'.repeat(200_000), 'the capital run is one token');
    assert.equal(tokens.ends[tokens.count - 1], hostile.length);
  });

  it('grows past its estimate on text denser than news', () => {
    const text = '1 a, '.repeat(5000);
    const tokens = tokenize(text, new Vocabulary());
    assert.equal(tokens.count, 15000);
    assert.equal(tokenText(tokens, 14999), ',');
    assert.equal(tokens.starts[14997], text.length - 5);
  });
});
