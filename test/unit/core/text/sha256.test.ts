import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { sha256Hex } from '../../../../src/core/text/sha256';

function nodeSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors', () => {
    assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with node:crypto on every length around the 64-byte block and padding boundaries', () => {
    for (let length = 0; length <= 200; length++) {
      const text = 'x'.repeat(length);
      assert.equal(sha256Hex(text), nodeSha256(text), `length ${length}`);
    }
  });

  it('hashes the UTF-8 bytes of non-ASCII text, CRLF and emoji', () => {
    for (const text of ['Menteri Luar Negeri Sugiono – “kerja sama”\r\n', 'Köln, São Paulo, 東京', 'Trade 🇮🇩🇦🇺 up 9.3%', '\uD83D']) {
      assert.equal(sha256Hex(text), nodeSha256(text), JSON.stringify(text));
    }
  });

  it('gives the same digest for short text after a long one reused the buffer', () => {
    const long = 'Presiden Prabowo Subianto. '.repeat(5000);
    assert.equal(sha256Hex(long), nodeSha256(long));
    assert.equal(sha256Hex('abc'), nodeSha256('abc'));
  });
});
