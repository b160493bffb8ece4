/**
 * Converts UTF-16 offsets (JavaScript string indices, the engine's convention) to Unicode
 * code point offsets (Python string indices: brat, doccano, W3C TextPositionSelector). Each
 * surrogate pair before an offset counts two UTF-16 units but one code point.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  const pairEnds: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (splitsSurrogatePair(text, i + 1)) {
      pairEnds.push(i + 1);
      i++;
    }
  }
  return (offset) => {
    // How many low surrogates of pairs lie before the offset.
    let low = 0;
    let high = pairEnds.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (pairEnds[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return offset - low;
  };
}

/** True when `offset` falls between the two halves of a surrogate pair, i.e. inside one code point. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
