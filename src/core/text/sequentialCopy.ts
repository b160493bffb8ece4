const CHUNK = 4096;

/**
 * The text as one fresh sequential string. Slices and concatenations are, inside V8,
 * views and trees over other strings; once the tokenizer has read one of them, V8
 * compiles its charCodeAt for every representation and tokenizing a 10 MB article takes
 * about twice as long for the rest of the process. Callers that derive a text to annotate
 * from a bigger one (a phrase from a list, the lines on screen) copy it first.
 */
export function sequentialCopy(text: string): string {
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += CHUNK) {
    const end = Math.min(text.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) codes[i - start] = text.charCodeAt(i);
    parts.push(String.fromCharCode(...codes));
  }
  // Joining builds one sequential string; a single part is one already.
  return parts.length === 1 ? parts[0]! : parts.join('');
}
