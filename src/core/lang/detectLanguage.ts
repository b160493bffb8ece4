import { WordFlag, type Lexicon } from '../lexicon/lexicon';
import type { Language } from '../model/entityType';
import { TokenFlag, TokenKind, type TokenStream } from '../text/tokenize';

/**
 * Indonesian or English, by counting each language's function words. Language-ID
 * libraries confuse Indonesian with Malay or lack it; on news two word lists are enough.
 * Ties (no function words at all) go to Indonesian, the corpus's main language.
 */
export function detectLanguage(tokens: TokenStream, lexicon: Lexicon): Language {
  let indonesian = 0;
  let english = 0;
  for (let i = 0; i < tokens.count; i++) {
    // Capitalised words are names as often as not: "AS" is the United States, not "as".
    if (tokens.kinds[i] !== TokenKind.Word || (tokens.flags[i]! & TokenFlag.Capitalized) !== 0) continue;
    const flags = lexicon.wordFlags(tokens.wordIds[i]!);
    if (flags & WordFlag.StopwordId) indonesian++;
    if (flags & WordFlag.StopwordEn) english++;
  }
  return english > indonesian ? 'en' : 'id';
}
