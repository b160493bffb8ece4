// Character classes for the scanner, looked up by UTF-16 code unit. ASCII is filled at
// load; any other code unit is classified on first sight and cached, so the hot loop
// never runs a Unicode regular expression twice for the same character.

export const enum CharClass {
  Unknown = 0,
  Space = 1,
  Newline = 2,
  Lower = 3,
  Upper = 4,
  /** A letter with no case (CJK, Arabic) or a combining mark. */
  OtherLetter = 5,
  Digit = 6,
  Apostrophe = 7,
  Other = 8,
}

const classes = new Uint8Array(65536);
/** Lower-case form of each code unit without accents, for case-folded hashing (0 = not yet known). */
const lowerCodes = new Uint16Array(65536);

for (let c = 0; c < 128; c++) {
  let cls = CharClass.Other;
  if (c === 10 || c === 13) cls = CharClass.Newline;
  else if (c === 32 || c === 9 || c === 11 || c === 12) cls = CharClass.Space;
  else if (c >= 97 && c <= 122) cls = CharClass.Lower;
  else if (c >= 65 && c <= 90) cls = CharClass.Upper;
  else if (c >= 48 && c <= 57) cls = CharClass.Digit;
  else if (c === 39) cls = CharClass.Apostrophe;
  classes[c] = cls;
  lowerCodes[c] = c >= 65 && c <= 90 ? c + 32 : c;
}

export const UNICODE_HYPHEN = 0x2010;
export const NON_BREAKING_HYPHEN = 0x2011;

const letterPattern = /\p{L}|\p{M}/u;
const spacePattern = /\s/u;

function classifySlow(code: number): CharClass {
  const ch = String.fromCharCode(code);
  let cls: CharClass;
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc) cls = CharClass.Apostrophe;
  else if (code === 0x2028 || code === 0x2029 || code === 0x85) cls = CharClass.Newline;
  else if (code >= 0xd800 && code <= 0xdfff) cls = CharClass.Other;
  else if (spacePattern.test(ch)) cls = CharClass.Space;
  else if (letterPattern.test(ch)) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower !== ch && lower.length === 1) cls = CharClass.Upper;
    else if (upper !== ch) cls = CharClass.Lower;
    else cls = CharClass.OtherLetter;
  } else cls = CharClass.Other;
  classes[code] = cls;
  const lower = ch.toLowerCase();
  // Curly apostrophes fold to the straight one, so "People’s Republic" matches the phrase "People's Republic";
  // the Unicode and non-breaking hyphens to "-" ("Akufo‑Addo").
  lowerCodes[code] = cls === CharClass.Apostrophe ? 39 : code === UNICODE_HYPHEN || code === NON_BREAKING_HYPHEN ? 45 : lower.length === 1 ? withoutAccent(lower).charCodeAt(0) : code;
  return cls;
}

/** "é" → "e": a Latin letter with accents folds to its base, so that "México" matches "Mexico" and "Marín" "Marin". */
function withoutAccent(letter: string): string {
  const parts = letter.normalize('NFD');
  return parts.length > 1 && parts.charCodeAt(0) < 128 && /^.\p{M}+$/u.test(parts) ? parts[0]! : letter;
}

/** `code` may be NaN (charCodeAt past the end): it then reads as NUL, class Other. */
export function charClass(code: number): CharClass {
  const unit = code & 0xffff;
  const cls = classes[unit]!;
  return cls === CharClass.Unknown ? classifySlow(unit) : cls;
}

/** Lower-case code unit; only valid after charClass(code) has been called once. */
export function lowerCode(code: number): number {
  return lowerCodes[code & 0xffff]!;
}

export function isLetterClass(cls: CharClass): boolean {
  return cls === CharClass.Lower || cls === CharClass.Upper || cls === CharClass.OtherLetter;
}

/** "0"-"9": the digits numbers are written with (other scripts' digits are no number here). */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Whether text[start, end) is `word` but for accents: "Deby" for "Déby", "Erdogan" for
 * "Erdoğan". Case still counts ("DEBY" is not "Deby"), unlike a vocabulary lookup.
 */
export function sameUpToAccents(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    const a = text.charCodeAt(start + i);
    const b = word.charCodeAt(i);
    if (a === b) continue;
    const aClass = charClass(a);
    if (aClass !== charClass(b) || lowerCode(a) !== lowerCode(b)) return false;
  }
  return true;
}
