import { MoreWordFlag, WordFlag } from '../../lexicon/lexicon';
import { createCandidate, Priority, type Candidate } from '../../pipeline/candidate';
import { isCapitalizedWord, isLowerCaseWord, isPunct, isWord, isWordIn, isWordWith, isWordSpelled, matchOfKind, skipParenthesis, type RecognitionContext, type Recognizer } from '../../pipeline/recognitionContext';
import { isTitleCaseLine } from '../../text/lineShape';
import { leaderAt, leaderKey, unknownLeaderKey } from './leaderIdentity';
import { readPersonName } from './personName';

/** Lower-case words between the office and the list: "who included", "such as", "termasuk". */
const MAX_LEAD_IN_WORDS = 3;
const MIN_NAME_WORDS = 2;

/**
 * Leaders listed after an office in the plural: "ministers Ji Peiding, Jiang Yikang and
 * Wang Yang", "11 ministers who included Edward Rugumayo, Alfred Mubanda and John
 * Nasasira", "para menteri, yakni ...". Every name of two words or more in the list,
 * up to the first item that is no person's name.
 */
export const recognizeListedLeaders: Recognizer = (context, out) => {
  const { tokens, lexicon } = context;
  for (let index = 0; index < tokens.count; index++) {
    // Both kinds of plural office open with a word of the vocabulary.
    if (tokens.wordIds[index]! < 0) continue;
    const officeEnd = pluralOfficeEnd(context, index);
    if (officeEnd < 0) continue;
    // A capitalised office is part of a title, the names right after it: "Prime Ministers X
    // and Y", "Presidents X and Y"; not a headline's "Ministers Agree New Deal", a body's
    // "Council of Ministers" or "the Ministers of Production X, ...".
    const officeStart = lexicon.pluralMarkers.has(tokens.wordIds[index]!) ? index + 1 : index;
    const titled = isCapitalizedWord(context, officeStart);
    if (titled && (isTitleCaseLine(tokens, index, lexicon) || isWordSpelled(tokens, index - 1, 'of'))) continue;
    let next = officeEnd;
    const leadInWords = titled ? 0 : MAX_LEAD_IN_WORDS;
    for (let words = 0; words < leadInWords && isLowerCaseWord(context, next) && isWordIn(tokens, next, lexicon.listLeadIns); words++) next++;
    if (isPunct(tokens, next, ':')) next++;
    // "Three other cabinet ministers, Richard Bruton, Ruairi Quinn and Simon Coveney": after a
    // comma, only a list of two names or more (one name there may be a speaker's).
    const commaLed = isPunct(tokens, next, ',');
    if (commaLed) next++;
    const role = context.text.slice(tokens.starts[officeStart]!, tokens.ends[officeEnd - 1]!);
    const listed: Candidate[] = [];
    for (;;) {
      const nameEnd = readPersonName(context, next);
      if (nameEnd < 0) break;
      const known = leaderAt(context, next, nameEnd);
      // "Sudewo (Pati)": a one-word name with the place or portfolio it stands for; "Presidents
      // Macron and Biya": a known leader's one-word name after the title.
      if (wordCount(context, next, nameEnd) < MIN_NAME_WORDS && !isNamedUnitAfter(context, nameEnd) && !(titled && known)) break;
      const name = context.text.slice(tokens.starts[next]!, tokens.ends[nameEnd - 1]!);
      const candidate = createCandidate(tokens, 'leader', next, nameEnd, Priority.titledLeader, known ? leaderKey(known) : unknownLeaderKey(name));
      candidate.role = role;
      candidate.leader = known;
      // "Prime Ministers X of Kazakhstan and Y of Uzbekistan": each name's country after it.
      const country = countryAfterName(context, nameEnd);
      candidate.countryCode = known?.country ?? country?.payload.country.code;
      listed.push(candidate);
      // "ministers Antônio Palocci (Finance), Fernando Haddad (Education)": each one's portfolio.
      next = skipParenthesis(context, country ? country.tokenEnd : nameEnd);
      // ", " between items, "and"/"dan" (after a comma or not) before the last.
      const comma = isPunct(tokens, next, ',');
      if (comma) next++;
      if (isWordWith(context, next, WordFlag.ListJoiner)) next++;
      else if (!comma) break;
    }
    if (listed.length < (commaLed ? 2 : 1)) continue;
    for (const candidate of listed) out.push(candidate);
    index = next - 1;
  }
};

/**
 * The token after an office in the plural at `index`: "ministers", or a leader's title after
 * a word that makes it plural ("para bupati", "para menteri"); -1 where there is none.
 */
function pluralOfficeEnd(context: RecognitionContext, index: number): number {
  const { tokens, lexicon } = context;
  if (lexicon.hasMoreFlag(tokens.wordIds[index]!, MoreWordFlag.PluralOffice)) return index + 1;
  // The title's flag first: a set lookup at every token would cost more than the rest of this recogniser.
  if (!lexicon.hasFlag(tokens.wordIds[index + 1] ?? -1, WordFlag.TitleStart) || !isLowerCaseWord(context, index + 1)) return -1;
  if (!isWord(tokens, index) || !lexicon.pluralMarkers.has(tokens.wordIds[index]!)) return -1;
  const title = matchOfKind(context, index + 1, 'title');
  return title?.payload.leader ? title.tokenEnd : -1;
}

/** A capitalised word in parentheses right after a name: "(Blora)", "(Finance)". */
function isNamedUnitAfter(context: RecognitionContext, index: number): boolean {
  return isPunct(context.tokens, index, '(') && isCapitalizedWord(context, index + 1) && skipParenthesis(context, index) > index;
}

/** "of <country>" at `index`. */
function countryAfterName(context: RecognitionContext, index: number) {
  if (!isWordSpelled(context.tokens, index, 'of')) return undefined;
  const country = matchOfKind(context, index + 1, 'country');
  return country && !country.payload.demonym ? country : undefined;
}

function wordCount(context: RecognitionContext, start: number, end: number): number {
  let words = 0;
  for (let i = start; i < end; i++) if (isWord(context.tokens, i)) words++;
  return words;
}
