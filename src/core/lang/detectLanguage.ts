import { WordFlag, type Lexicon } from '../lexicon/lexicon';
import type { Language } from '../model/entityType';
import { TokenFlag, TokenKind, type TokenStream } from '../text/tokenize';

/**
 * Indonesian or English, by counting each language's function words. Language-ID
 * libraries confuse Indonesian with Malay or lack it; on news two word lists are enough.
 * Ties (no function words at all) go by spelling, then to Indonesian, the corpus's main language.
 */
export function detectLanguage(tokens: TokenStream, lexicon: Lexicon): Language {
  let indonesian = 0;
  let english = 0;
  // Capitalised words are names as often as not ("AS" is the United States, not "as"), so
  // they only break a tie: "The orders cover 18 systems." has no other function word.
  let capitalizedIndonesian = 0;
  let capitalizedEnglish = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kinds[i] !== TokenKind.Word) continue;
    const tokenFlags = tokens.flags[i]!;
    const flags = lexicon.wordFlags(tokens.wordIds[i]!);
    if ((tokenFlags & TokenFlag.Capitalized) === 0) {
      if (flags & WordFlag.StopwordId) indonesian++;
      if (flags & WordFlag.StopwordEn) english++;
    } else if ((tokenFlags & TokenFlag.AllCaps) === 0) {
      if (flags & WordFlag.StopwordId) capitalizedIndonesian++;
      if (flags & WordFlag.StopwordEn) capitalizedEnglish++;
    }
  }
  if (english !== indonesian) return english > indonesian ? 'en' : 'id';
  if (capitalizedEnglish !== capitalizedIndonesian) return capitalizedEnglish > capitalizedIndonesian ? 'en' : 'id';
  return spellingHint(tokens);
}

const ENGLISH_SPELLING = /th|wh|ck|ee|oo|(?:ed|ing|ly|tion|ss)$/;
const INDONESIAN_SPELLING = /^(?:ber|ter|meng|mem|pen|per|ke)|(?:nya|kan|ng|ny)$|ny/;

/**
 * A short text with no function words ("A deal worth $5m."): its lower-case words' spelling
 * decides ("th", "-ing" are English; "ny", "-kan", "ber-" Indonesian), else Indonesian.
 */
function spellingHint(tokens: TokenStream): Language {
  let score = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kinds[i] !== TokenKind.Word || (tokens.flags[i]! & TokenFlag.Capitalized) !== 0) continue;
    const word = tokens.text.slice(tokens.starts[i]!, tokens.ends[i]!);
    if (ENGLISH_SPELLING.test(word)) score++;
    if (INDONESIAN_SPELLING.test(word)) score--;
  }
  return score > 0 ? 'en' : 'id';
}
