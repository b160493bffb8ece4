/** Lines longer than this are no wrapped lines: text wrapped by hand or by a mail client is narrower. */
const MAX_WRAP_WIDTH = 150;
/** A text is wrapped when it has at least this many lines, ... */
const MIN_WRAPPED_LINES = 5;
/** ... nearly all of them at most the wrap width, ... */
const MIN_SHORT_LINE_SHARE = 0.9;
/** ... and at least this many of its line breaks inside paragraphs are wraps, ... */
const MIN_WRAPS = 3;
/** ... and at least this share of them: a list of headlines has a few long ones, not a majority. */
const MIN_WRAP_SHARE = 0.5;

/**
 * The line breaks of a hard-wrapped text that only wrap a paragraph ("President
 * Abdelfattah⏎El-Sisi"), as the offsets of the first character of each line they start.
 * A text is wrapped when most of its breaks inside paragraphs are wraps by the test every
 * text wrapper makes: the next line's first word would not have fitted on the line before.
 * In a wrapped text every break after a line of at least half the width is read as a wrap
 * (pages copied from the web break some lines early); shorter lines end a paragraph, a
 * headline or a list item. Texts with long lines (a paragraph a line) have no wraps.
 */
export function softLineBreaks(text: string): number[] {
  // A first pass only counts, so that a text of long lines (most of them) allocates nothing.
  let longLines = 0;
  let lines = 0;
  let width = 0;
  forEachLine(text, (_, length) => {
    if (length > MAX_WRAP_WIDTH) longLines++;
    else if (length > width) width = length;
    if (length > 0) lines++;
  });
  if (lines < MIN_WRAPPED_LINES || lines - longLines < lines * MIN_SHORT_LINE_SHARE) return [];

  const lineStarts: number[] = [];
  const lineLengths: number[] = [];
  forEachLine(text, (start, length) => {
    lineStarts.push(start);
    lineLengths.push(length);
  });
  const breaks: number[] = [];
  let fits = 0;
  for (let line = 0; line + 1 < lineLengths.length; line++) {
    const length = lineLengths[line]!;
    const nextStart = lineStarts[line + 1]!;
    if (length === 0 || lineLengths[line + 1] === 0 || isSpace(text.charCodeAt(nextStart))) continue;
    const fit = length + 1 + firstWordLength(text, nextStart) > width;
    if (fit) fits++;
    if (fit || length * 2 >= width) breaks.push(nextStart);
  }
  return fits >= MIN_WRAPS && fits >= breaks.length * MIN_WRAP_SHARE ? breaks : [];
}

/** Each line's start and length without its line break (CRLF counts as one). */
function forEachLine(text: string, visit: (start: number, length: number) => void): void {
  for (let start = 0; start <= text.length; ) {
    let newline = text.indexOf('\n', start);
    if (newline < 0) newline = text.length;
    visit(start, (newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline) - start);
    start = newline + 1;
  }
}

function firstWordLength(text: string, start: number): number {
  let end = start;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return end - start;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
