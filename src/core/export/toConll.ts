import type { AnnotatedDocument, Annotation } from '../model/annotatedDocument';
import { TokenFlag, TokenKind, tokenize, tokenText } from '../text/tokenize';
import { Vocabulary } from '../text/vocabulary';
import { upperLabel } from './entityLabels';

const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSING = new Set(['"', '”', '’', "'", ')']);

/**
 * CoNLL-2003 style: a -DOCSTART- line, then one "token<TAB>tag" line per token with IOB2
 * tags, a blank line between sentences. Tokens are the engine's own, so every mention
 * boundary is a token boundary. CoNLL cannot nest: where mentions overlap ("4,3 miliar
 * dollar AS" holding the country "AS"), the longer one is kept.
 */
export function toConll(document: AnnotatedDocument, text: string): string {
  const tokens = tokenize(text, new Vocabulary());
  const outer = outermost(document.annotations);
  const lines = ['-DOCSTART-\tO', ''];
  let next = 0;
  let current: Annotation | undefined;
  let sentenceOpen = false;
  for (let i = 0; i < tokens.count; i++) {
    const start = tokens.starts[i]!;
    const end = tokens.ends[i]!;
    const flags = tokens.flags[i]!;
    // A new line starts a new sentence (the token is written just below).
    if (sentenceOpen && (flags & TokenFlag.LineStart) !== 0) lines.push('');
    while (next < outer.length && outer[next]!.end <= start) next++;
    const annotation = outer[next];
    let tag = 'O';
    if (annotation && annotation.start <= start && end <= annotation.end) {
      tag = `${current === annotation ? 'I' : 'B'}-${upperLabel(annotation.type)}`;
      current = annotation;
    } else current = undefined;
    const token = tokenText(tokens, i);
    lines.push(`${token}\t${tag}`);
    sentenceOpen = true;
    if (tokens.kinds[i] === TokenKind.Punct && isSentenceEnd(tokens, i, token)) {
      lines.push('');
      sentenceOpen = false;
      current = undefined;
    }
  }
  if (sentenceOpen) lines.push('');
  return lines.join('\n') + '\n';
}

/** A full stop (or one followed by a closing quote) before a capital or a new line. */
function isSentenceEnd(tokens: ReturnType<typeof tokenize>, index: number, token: string): boolean {
  const attached = (k: number) => (tokens.flags[k]! & TokenFlag.SpaceBefore) === 0;
  const endsHere = SENTENCE_END.has(token) || (CLOSING.has(token) && index > 0 && attached(index) && SENTENCE_END.has(tokenText(tokens, index - 1)));
  if (!endsHere) return false;
  const following = index + 1;
  if (following >= tokens.count) return true;
  if (CLOSING.has(tokenText(tokens, following)) && attached(following)) return false;
  return (tokens.flags[following]! & (TokenFlag.Capitalized | TokenFlag.LineStart)) !== 0;
}

function outermost(annotations: readonly Annotation[]): Annotation[] {
  const sorted = [...annotations].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Annotation[] = [];
  for (const annotation of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && annotation.start < previous.end) continue;
    kept.push(annotation);
  }
  return kept;
}
