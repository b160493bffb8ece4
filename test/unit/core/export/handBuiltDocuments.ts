import type { AnnotatedDocument } from '../../../../src/core';

// Documents written by hand, offsets counted by hand, so the converters are tested without
// the engine. UTF-16 offsets are noted against the text; the code-point offsets the tests
// expect are derived in the comments.

/**
 * A flag emoji (🇮🇩: two regional indicators, 4 UTF-16 units, 2 code points), CRLF line
 * ends (2 units, 2 code points) and 👍 (2 units, 1 code point); an amount with a country
 * nested in it. Units → code points: before 13 unchanged, 13–105 minus 2, from 106 minus 3.
 *
 *   0 Presiden · 9 🇮🇩 · 14 Prabowo Subianto · 31 bertemu · 39 PM · 42 Jepang ·
 *   49 Shigeru Ishiba · 63 . · 64 \r\n · 66 Nilai · 72 dagang · 79 naik ·
 *   84 4,3 miliar dolar AS (AS at 101) · 104 👍 · 106 . · 107 \r\n · length 109
 */
export const MEETING_TEXT = 'Presiden 🇮🇩 Prabowo Subianto bertemu PM Jepang Shigeru Ishiba.\r\nNilai dagang naik 4,3 miliar dolar AS 👍.\r\n';

export const MEETING: AnnotatedDocument = {
  schemaVersion: 1,
  source: { path: 'articles/pertemuan.txt', language: 'id', length: 109, sha256: 'a'.repeat(64) },
  annotations: [
    { id: 'a1', type: 'leader', start: 14, end: 30, text: 'Prabowo Subianto', entityId: 'e1', role: 'Presiden' },
    { id: 'a2', type: 'country', start: 42, end: 48, text: 'Jepang', entityId: 'e2' },
    { id: 'a3', type: 'leader', start: 49, end: 63, text: 'Shigeru Ishiba', entityId: 'e3', role: 'PM Jepang' },
    { id: 'a4', type: 'amount', start: 84, end: 103, text: '4,3 miliar dolar AS', entityId: 'e4', value: 4300000000, unit: 'USD' },
    { id: 'a5', type: 'country', start: 101, end: 103, text: 'AS', entityId: 'e5' },
  ],
  entities: [
    { id: 'e1', type: 'leader', name: 'Prabowo Subianto', attributes: { role: 'Presiden', countryCode: 'ID' }, mentions: ['a1'] },
    { id: 'e2', type: 'country', name: 'Jepang', attributes: { iso3166: 'JP', wikidata: 'Q17', nameEn: 'Japan' }, mentions: ['a2'] },
    { id: 'e3', type: 'leader', name: 'Shigeru Ishiba', attributes: { countryCode: 'JP' }, mentions: ['a3'] },
    { id: 'e4', type: 'amount', name: 'US$4.3 billion', attributes: { iso4217: 'USD', value: 4300000000, unit: 'USD' }, mentions: ['a4'] },
    { id: 'e5', type: 'country', name: 'Amerika Serikat', attributes: { iso3166: 'US', wikidata: 'Q30' }, mentions: ['a5'] },
  ],
};

/** A mention that runs across a CRLF: "Joko" 9–13, CRLF 13–15, "Widodo" 15–21. */
export const LINE_BREAK_TEXT = 'Presiden Joko\r\nWidodo tiba.';

export const LINE_BREAK: AnnotatedDocument = {
  schemaVersion: 1,
  source: { language: 'id', length: 27, sha256: 'b'.repeat(64) },
  annotations: [{ id: 'a1', type: 'leader', start: 9, end: 21, text: 'Joko\r\nWidodo', entityId: 'e1' }],
  entities: [{ id: 'e1', type: 'leader', name: 'Joko Widodo', attributes: {}, mentions: ['a1'] }],
};

/** A mention that ends inside a word the tokenizer keeps whole: "Jepang" 6–12 of "Jepangnya" 6–15. */
export const INSIDE_WORD_TEXT = 'Pasar Jepangnya tumbuh.';

export const INSIDE_WORD: AnnotatedDocument = {
  schemaVersion: 1,
  source: { language: 'id', length: 23, sha256: 'c'.repeat(64) },
  annotations: [{ id: 'a1', type: 'country', start: 6, end: 12, text: 'Jepang', entityId: 'e1' }],
  entities: [{ id: 'e1', type: 'country', name: 'Jepang', attributes: { iso3166: 'JP' }, mentions: ['a1'] }],
};

export const HAND_BUILT: ReadonlyArray<[name: string, document: AnnotatedDocument, text: string]> = [
  ['MEETING', MEETING, MEETING_TEXT],
  ['LINE_BREAK', LINE_BREAK, LINE_BREAK_TEXT],
  ['INSIDE_WORD', INSIDE_WORD, INSIDE_WORD_TEXT],
];
