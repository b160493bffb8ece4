import type { AnnotatedDocument, Annotation } from '../model/annotatedDocument';
import { TokenFlag, TokenKind, tokenize, tokenText, type TokenStream } from '../text/tokenize';
import { Vocabulary } from '../text/vocabulary';
import { splitsSurrogatePair } from './codePointOffsets';
import { upperLabel } from './entityLabels';

const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSING = new Set(['"', '”', '’', "'", ')']);

/**
 * CoNLL-2003 style: a -DOCSTART- line, then one "token<TAB>tag" line per token with IOB2
 * tags, a blank line between sentences (at line breaks and sentence-final punctuation).
 * Tokens are the engine's own, cut again wherever a mention starts or ends inside one, so
 * every mention boundary is a token boundary. CoNLL cannot nest: where mentions overlap
 * ("4,3 miliar dollar AS" holding the country "AS"), the longer one is kept.
 */
export function toConll(document: AnnotatedDocument, text: string): string {
  const tokens = tokenize(text, new Vocabulary());
  const mentions = outermost(document.annotations);
  const lines = ['-DOCSTART-\tO', ''];
  let next = 0;
  let current: Annotation | undefined;
  let sentenceOpen = false;
  for (let i = 0; i < tokens.count; i++) {
    if (sentenceOpen && (tokens.flags[i]! & TokenFlag.LineStart) !== 0) {
      lines.push('');
      sentenceOpen = false;
      current = undefined;
    }
    while (next < mentions.length && mentions[next]!.end <= tokens.starts[i]!) next++;
    for (const [start, end] of cutAtMentions(text, tokens.starts[i]!, tokens.ends[i]!, mentions, next)) {
      while (next < mentions.length && mentions[next]!.end <= start) next++;
      const mention = mentions[next];
      const inside = mention !== undefined && mention.start <= start && end <= mention.end;
      // IOB2: every chunk, and every chunk that resumes after a sentence break, opens with B-.
      const tag = inside ? `${current === mention ? 'I' : 'B'}-${upperLabel(mention.type)}` : 'O';
      current = inside ? mention : undefined;
      lines.push(`${text.slice(start, end)}\t${tag}`);
      sentenceOpen = true;
    }
    if (tokens.kinds[i] === TokenKind.Punct && isSentenceEnd(tokens, i)) {
      lines.push('');
      sentenceOpen = false;
      current = undefined;
    }
  }
  if (sentenceOpen) lines.push('');
  return lines.join('\n') + '\n';
}

/** The token [start, end) in pieces, cut at every mention boundary that falls inside it. */
function cutAtMentions(text: string, start: number, end: number, mentions: readonly Annotation[], from: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let pieceStart = start;
  for (let k = from; k < mentions.length && mentions[k]!.start < end; k++) {
    for (const boundary of [mentions[k]!.start, mentions[k]!.end]) {
      if (boundary > pieceStart && boundary < end && !splitsSurrogatePair(text, boundary)) {
        pieces.push([pieceStart, boundary]);
        pieceStart = boundary;
      }
    }
  }
  pieces.push([pieceStart, end]);
  return pieces;
}

/** A full stop (or one followed by a closing quote) before a capital or a new line. */
function isSentenceEnd(tokens: TokenStream, index: number): boolean {
  const token = tokenText(tokens, index);
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
