import { readFileSync } from 'node:fs';

export class ArticleReadError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * An article's text as the editor would hold it: UTF-8 decoded strictly, the byte-order
 * mark dropped, line endings kept. Binary (NUL bytes) and non-UTF-8 input is refused.
 */
export function decodeArticle(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new ArticleReadError(`${name}: binary file (contains NUL bytes), not an article`);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ArticleReadError(`${name}: not valid UTF-8 text`);
  }
}

export function readArticle(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ArticleReadError(`${path === '-' ? 'stdin' : path}: cannot read (${reason})`);
  }
  return decodeArticle(bytes, path === '-' ? 'stdin' : path);
}

/** For batch commands: the article's text, or undefined with the reason added to `skipped`. */
export function readArticleOrSkip(path: string, skipped: string[]): string | undefined {
  try {
    return readArticle(path);
  } catch (error) {
    if (!(error instanceof ArticleReadError)) throw error;
    skipped.push(error.message);
    return undefined;
  }
}
