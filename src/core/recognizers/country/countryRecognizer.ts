import { recordKey } from '../../pipeline/entityKey';
import { MoreWordFlag, WordFlag } from '../../lexicon/lexicon';
import type { CountryRecord } from '../../data/schemas';
import { createCandidate, Priority, type Candidate } from '../../pipeline/candidate';
import { followsTitle, forEachNameMatch, someNameMatch, parenthesisStartBefore, isAllCapsWord, isAttachedToPrevious, isCapitalizedWord, isCapitalizedWordIn, isCapitalizedWordWith, isCapitalizedWordWithMore, isDash, isJoiningDash, isJoiningHyphen, isLowerCaseWord, isOneWordMatch, isPossessiveAt, isPunct, isWord, isWordIn, isWordWith, isWordSpelled, matchEndingAt, matchOfKind, type RecognitionContext, type Recognizer } from '../../pipeline/recognitionContext';
import { isSpacedWithinLine, TokenFlag, TokenKind, tokenRangeText, tokenText, type TokenStream } from '../../text/tokenize';
import { isGivenNameBeforePatronymic, isNisbaAt, isSentenceStart } from '../leader/personName';
import { isTitleCaseLine } from '../../text/lineShape';
import { spellsInOrder } from '../../text/abbreviation';

/**
 * Country names, short forms, abbreviations and English demonyms. Dependent territories
 * ("Hong Kong") become places. Language names, stance compounds and country words fused
 * into a non-government name are left out, as the guidelines say.
 */
export const recognizeCountries: Recognizer = (context, out) => {
  const writtenNames = new WrittenNames();
  const abbreviations = new DefinedAbbreviations();
  const regionHomonyms = new Map<CountryRecord, boolean>();
  // Per abbreviation: whether it is a named place's initials, answered once per text.
  const placeInitials = new Map<number, boolean>();
  // Per abbreviation as written: whether the text defines it for another name, answered once per text.
  const otherAbbreviations = new Map<string, boolean>();
  forEachNameMatch(context, 'country', ({ country, demonym, combining }, nameStart, tokenEnd) => {
    if (combining && !(isJoiningHyphen(context.tokens, tokenEnd) && matchOfKind(context, tokenEnd + 1, 'country'))) return;
    if (country.subnationalHomonym && !demonym) {
      if (!regionHomonyms.has(country)) regionHomonyms.set(country, namesRegionHomonym(context.text, country));
      if (regionHomonyms.get(country)) return;
    }
    if (!demonym && isInitialsOfNamedPlace(context, country, nameStart, tokenEnd, placeInitials)) return;
    if (!demonym && isAbbreviationOfOtherName(context, country, nameStart, tokenEnd, otherAbbreviations)) return;
    // "Central Bank of the Republic of Türkiye": the official form is part of what the context sees.
    const tokenStart = country.sovereign && !demonym ? stateFormStart(context, nameStart) : nameStart;
    if (!isCountryReference(context, country, tokenStart, tokenEnd)) return;
    if (demonym && isLanguageListAfterMedium(context, tokenStart, tokenEnd)) return;
    if (demonym && isNewspaperTitle(context, tokenStart, tokenEnd)) return;
    if (isContinentNamed(context, tokenStart, tokenEnd)) return;
    // "New Zealand to ..." is the state: a demonym spelt as the name is no people noun.
    if (demonym && isPeopleNoun(context, tokenStart, tokenEnd) && tokenRangeText(context.tokens, tokenStart, tokenEnd) !== country.nameEn) return;
    out.push(countryCandidate(context.tokens, country, tokenStart, tokenEnd));
    if (!demonym && !combining) {
      writtenNames.add(context.tokens, nameStart, tokenEnd, country);
      const abbreviation = abbreviationDefinedAfter(context, nameStart, tokenEnd);
      if (abbreviation >= 0) abbreviations.define(context.tokens, abbreviation, country);
    }
  });
  recognizeLowerCaseNames(context, writtenNames, out);
  if (abbreviations.size > 0) recognizeDefinedAbbreviations(context, abbreviations, out);
};

/**
 * "SA and ACT" in a story that names South Australia but not South Africa: the initials of a
 * place the text names, not the country's abbreviation.
 */
function isInitialsOfNamedPlace(context: RecognitionContext, country: CountryRecord, start: number, end: number, known: Map<number, boolean>): boolean {
  const { tokens, text } = context;
  if (end !== start + 1 || (tokens.flags[start]! & TokenFlag.AllCaps) === 0) return false;
  const word = tokens.wordIds[start]!;
  const places = context.lexicon.placesByInitials.get(word);
  if (!places) return false;
  // "SA Premier Peter Malinauskas": a title, then a known leader of the place's country.
  const title = isSpacedWithinLine(tokens, end) ? matchOfKind(context, end, 'title') : undefined;
  const leader = title && matchOfKind(context, title.tokenEnd, 'leader');
  if (leader && leader.payload.leader.country !== country.code && places.some(({ place }) => place.country === leader.payload.leader.country)) return true;
  let answer = known.get(word);
  if (answer === undefined) {
    answer =
      // By the very name whose initials these are: "Kepulauan Riau" is no "RI".
      someNameMatch(context, 'place', (entry, at) => places.some(({ place, name }) => place === entry.place && text.startsWith(name, tokens.starts[at]!))) &&
      !someNameMatch(context, 'country', (entry, at) => entry.country === country && tokens.wordIds[at] !== word);
    known.set(word, answer);
  }
  return answer;
}

/** Capitalised words a name may have before the abbreviation in brackets that it defines. */
const MAX_DEFINING_NAME_WORDS = 6;

/**
 * "Pakatan Harapan (PH) ... with whom PH had a pact": a state's abbreviation that the text
 * defines in brackets after another name whose letters it spells.
 */
function isAbbreviationOfOtherName(context: RecognitionContext, country: CountryRecord, start: number, end: number, known: Map<string, boolean>): boolean {
  const { tokens, text } = context;
  if (end !== start + 1 || (tokens.flags[start]! & TokenFlag.AllCaps) === 0) return false;
  const written = tokenText(tokens, start);
  let answer = known.get(written);
  if (answer === undefined) {
    let definesOther = false;
    let definesState = false;
    const bracketed = `(${written})`;
    for (let at = text.indexOf(bracketed); at >= 0 && !definesState; at = text.indexOf(bracketed, at + 1)) {
      const abbreviation = tokenStartingAt(tokens, at + 1);
      if (abbreviation < 2) continue;
      let nameStart = abbreviation - 1;
      while (abbreviation - 1 - nameStart < MAX_DEFINING_NAME_WORDS && isCapitalizedWord(context, nameStart - 1)) nameStart--;
      if (nameStart === abbreviation - 1) continue;
      // "Amerika Serikat (AS)": where the text defines it for the state too, the state keeps it.
      for (let t = nameStart; t < abbreviation - 1 && !definesState; t++) definesState = matchOfKind(context, t, 'country')?.payload.country === country;
      // ("The Pakatan Harapan (PH)": the name may start after the run's first word.)
      for (let from = nameStart; from < abbreviation - 1 && !definesOther && !definesState; from++) {
        definesOther = spellsInOrder(text, tokens.starts[abbreviation]!, tokens.ends[abbreviation]!, tokens.starts[from]!, tokens.ends[abbreviation - 2]!);
      }
    }
    answer = definesOther && !definesState;
    known.set(written, answer);
  }
  return answer;
}

/** The token that starts at a text offset, or -1. */
function tokenStartingAt(tokens: TokenStream, offset: number): number {
  let low = 0;
  let high = tokens.count - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const start = tokens.starts[middle]!;
    if (start === offset) return middle;
    if (start < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** "Gov. Kemp ... business opportunities in Georgia": a cue of the region, and no word of the state's capital or people. */
function namesRegionHomonym(text: string, country: CountryRecord): boolean {
  if (!country.subnationalHomonym!.cues.some((cue) => text.includes(cue))) return false;
  const stateWords = [country.capital?.en, country.capital?.id, ...country.demonyms];
  return !stateWords.some((word) => word !== undefined && text.includes(word));
}

/** A state's mention over tokens [start, end); a dependent territory's ("Hong Kong") is a place. */
function countryCandidate(tokens: TokenStream, country: CountryRecord, start: number, end: number): Candidate {
  const type = country.sovereign ? 'country' : 'place';
  const candidate = createCandidate(tokens, type, start, end, country.sovereign ? Priority.country : Priority.place, recordKey(country, () => `${type}:${country.code}`));
  candidate.country = country;
  candidate.countryCode = country.code;
  return candidate;
}

const MIN_ABBREVIATION_LETTERS = 2;
const MAX_ABBREVIATION_LETTERS = 5;
/** A business body's or a political party's name: a country word ending it is the body's. */
const NAMED_BODY_FLAGS = MoreWordFlag.BusinessBody | MoreWordFlag.PoliticalParty;

/**
 * "Timor Leste (TL)": capitals in brackets right after a state's name, whose letters the name
 * spells in order from its first letter, and no name the lexicon knows, are the text's own
 * short form of it; "Singapura (STI)" names an index, "Rupiah Indonesia (IDR)" a currency.
 * Returns the abbreviation's token, or -1.
 */
function abbreviationDefinedAfter(context: RecognitionContext, nameStart: number, nameEnd: number): number {
  const { tokens, text } = context;
  const at = nameEnd + 1;
  if (!isPunct(tokens, nameEnd, '(') || !isPunct(tokens, at + 1, ')') || tokens.kinds[at] !== TokenKind.Word) return -1;
  if ((tokens.flags[at]! & (TokenFlag.AllCaps | TokenFlag.HasDigit)) !== TokenFlag.AllCaps) return -1;
  const length = tokens.ends[at]! - tokens.starts[at]!;
  if (length < MIN_ABBREVIATION_LETTERS || length > MAX_ABBREVIATION_LETTERS || namesSomething(context, at)) return -1;
  return spellsInOrder(text, tokens.starts[at]!, tokens.ends[at]!, tokens.starts[nameStart]!, tokens.ends[nameEnd - 1]!) ? at : -1;
}

/** Whether a name of the lexicon starts at `index` (a currency's or unit's code may: "TL" is also the Turkish lira). */
function namesSomething(context: RecognitionContext, index: number): boolean {
  const table = context.matches;
  for (let k = 0; k < table.countAt(index); k++) {
    const kind = table.payloadAt(index, k).kind;
    if (kind === 'country' || kind === 'place' || kind === 'organization' || kind === 'leader') return true;
  }
  return false;
}

/**
 * The abbreviations a text defines for states, by the tokenizer's hash of the word: most are
 * unknown to the vocabulary ("FSM", "RMI"), so their word ids are all -1.
 */
class DefinedAbbreviations {
  private readonly byHash = new Map<number, { readonly written: string; readonly country: CountryRecord }>();

  get size(): number {
    return this.byHash.size;
  }

  /** The first definition of a word stands. */
  define(tokens: TokenStream, index: number, country: CountryRecord): void {
    if (!this.byHash.has(tokens.hashes[index]!)) this.byHash.set(tokens.hashes[index]!, { written: tokenText(tokens, index), country });
  }

  /** The state the word at `index` abbreviates, written exactly as defined. */
  countryAt(tokens: TokenStream, index: number): CountryRecord | undefined {
    const entry = this.byHash.get(tokens.hashes[index]!);
    return entry !== undefined && tokens.text.startsWith(entry.written, tokens.starts[index]!) && tokens.ends[index]! - tokens.starts[index]! === entry.written.length ? entry.country : undefined;
  }
}

/** Every use of the abbreviations a text defined for states, in capitals as defined, the definition's own included. */
function recognizeDefinedAbbreviations(context: RecognitionContext, abbreviations: DefinedAbbreviations, out: Candidate[]): void {
  const { tokens } = context;
  for (let i = 0; i < tokens.count; i++) {
    if ((tokens.flags[i]! & TokenFlag.AllCaps) === 0 || tokens.kinds[i] !== TokenKind.Word) continue;
    const country = abbreviations.countryAt(tokens, i);
    // "5 TL": after a number the letters are its currency's or unit's.
    if (country === undefined || tokens.kinds[i - 1] === TokenKind.Number || !isCountryReference(context, country, i, i + 1)) continue;
    out.push(countryCandidate(tokens, country, i, i + 1));
  }
}

/**
 * The names (not demonyms, not all-caps abbreviations) of states the text has named with
 * capitals, by their words' vocabulary ids: "tiongkok", "india", "amerika" written in lower
 * case count only where the same text also writes them as names.
 */
class WrittenNames {
  private readonly byFirstWord = new Map<number, Array<{ wordIds: number[]; country: CountryRecord }>>();

  add(tokens: TokenStream, start: number, end: number, country: CountryRecord): void {
    // A text names its states again and again: a name already known costs no allocation.
    let names = this.byFirstWord.get(tokens.wordIds[start]!);
    if (names?.some((name) => name.wordIds.length === end - start && name.wordIds.every((id, k) => id === tokens.wordIds[start + k]))) return;
    for (let i = start; i < end; i++) if ((tokens.flags[i]! & TokenFlag.AllCaps) !== 0) return;
    if (names === undefined) this.byFirstWord.set(tokens.wordIds[start]!, (names = []));
    names.push({ wordIds: Array.from(tokens.wordIds.subarray(start, end)), country });
    // Longest first, so that "korea selatan" is read whole where "Korea" and "Korea Selatan" were both written.
    names.sort((a, b) => b.wordIds.length - a.wordIds.length);
  }

  get isEmpty(): boolean {
    return this.byFirstWord.size === 0;
  }

  /** The longest name written from `start` with no capital in it, with the token after it. */
  lowerCaseAt(tokens: TokenStream, start: number): { country: CountryRecord; end: number } | undefined {
    const names = this.byFirstWord.get(tokens.wordIds[start]!);
    if (names === undefined) return undefined;
    for (const { wordIds, country } of names) {
      const end = start + wordIds.length;
      if (end > tokens.count) continue;
      let same = true;
      for (let k = 0; k < wordIds.length && same; k++) {
        same = tokens.wordIds[start + k] === wordIds[k] && (tokens.flags[start + k]! & TokenFlag.Capitalized) === 0 && (k === 0 || (tokens.flags[start + k]! & TokenFlag.LineStart) === 0);
      }
      if (same) return { country, end };
    }
    return undefined;
  }
}

/** "wisatawan asal tiongkok", "Perdana Menteri india": a name the text also writes with capitals. */
function recognizeLowerCaseNames(context: RecognitionContext, writtenNames: WrittenNames, out: Candidate[]): void {
  if (writtenNames.isEmpty) return;
  const { tokens } = context;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kinds[i] !== TokenKind.Word || (tokens.flags[i]! & TokenFlag.Capitalized) !== 0 || tokens.wordIds[i]! < 0) continue;
    // Every name's first word starts a phrase of the lexicon: most words are ruled out by one flag.
    if ((context.lexicon.wordFlags(tokens.wordIds[i]!) & WordFlag.PhraseStart) === 0) continue;
    const name = writtenNames.lowerCaseAt(tokens, i);
    if (name === undefined || !isFreeStanding(tokens, i, name.end)) continue;
    const { country, end } = name;
    if (!isCountryReference(context, country, i, end) || endsInLowerCaseNameHead(context, end)) continue;
    out.push(countryCandidate(tokens, country, i, end));
    i = end - 1;
  }
}

/** "told The Namibian.": a demonym after a capitalised "The" mid-sentence, with nothing it qualifies, is a paper's title. */
function isNewspaperTitle(context: RecognitionContext, start: number, end: number): boolean {
  const { tokens } = context;
  const the = start - 1;
  if (!isCapitalizedWord(context, the) || !isWordSpelled(tokens, the, 'the') || isSentenceStart(context, the)) return false;
  return end >= tokens.count || tokens.kinds[end] === TokenKind.Punct || (tokens.flags[end]! & TokenFlag.LineStart) !== 0;
}

/** "(indonesia green industrial park)": a name's words written in lower case after the country word. */
function endsInLowerCaseNameHead(context: RecognitionContext, start: number): boolean {
  for (let i = start; i < start + MAX_NAME_RUN && isLowerCaseWord(context, i); i++) {
    if (context.lexicon.hasFlag(context.tokens.wordIds[i]!, WordFlag.NameHeadAfter)) return true;
  }
  return false;
}

/**
 * Set off by spaces or ordinary punctuation: not part of an address, a handle or a hashtag
 * ("www.indonesia.go.id", "@india", "#tiongkok").
 */
function isFreeStanding(tokens: TokenStream, start: number, end: number): boolean {
  const opensFree = start === 0 || (tokens.flags[start]! & TokenFlag.SpaceBefore) !== 0 || OPENING_MARKS.some((mark) => isPunct(tokens, start - 1, mark));
  if (!opensFree) return false;
  if (end >= tokens.count || (tokens.flags[end]! & TokenFlag.SpaceBefore) !== 0) return true;
  if (!CLOSING_MARKS.some((mark) => isPunct(tokens, end, mark))) return false;
  return end + 1 >= tokens.count || (tokens.flags[end + 1]! & TokenFlag.SpaceBefore) !== 0 || tokens.kinds[end + 1] === TokenKind.Punct;
}

const OPENING_MARKS = ['(', '"', '“', '‘', "'"];
const CLOSING_MARKS = [',', '.', ';', ':', ')', '!', '?', '"', '”', '’', "'"];

/**
 * "urged young Taiwanese to explore", "Taiwanese around the world", "the Chinese are making",
 * "more bottles than the Chinese.": a demonym as a noun for people.
 */
function isPeopleNoun(context: RecognitionContext, start: number, after: number): boolean {
  const { tokens, lexicon } = context;
  const afterThe = isWordSpelled(tokens, start - 1, 'the');
  if (afterThe && SENTENCE_ENDS.some((mark) => isPunct(tokens, after, mark))) return true;
  // "every Nigerian's future": a demonym with a possessive is a person.
  if (isPossessiveAt(tokens, after)) return true;
  if (!isLowerCaseWord(context, after)) return false;
  if (lexicon.peopleAfterDemonym.has(tokens.wordIds[after]!)) return true;
  if (!afterThe) return false;
  if (lexicon.verbsAfterPeopleDemonym.has(tokens.wordIds[after]!)) return true;
  // "protect the French from", "serving the French and the political": an English function word
  // after "the" and a demonym, unless it joins another demonym ("the French and German leaders").
  return (
    context.language === 'en' &&
    isWordWith(context, after, WordFlag.StopwordEn) &&
    !(isWordWith(context, after, WordFlag.ListJoiner) && matchOfKind(context, after + 1, 'country') !== undefined) &&
    !isWordSpelled(tokens, after, 'of')
  );
}

const SENTENCE_ENDS = ['.', '!', '?'];

/** "benua Amerika", "the American continent": the landmass, not the state. */
function isContinentNamed(context: RecognitionContext, start: number, after: number): boolean {
  const { tokens, lexicon } = context;
  return isWordIn(tokens, start - 1, lexicon.continentWords) || isWordIn(tokens, after, lexicon.continentWords);
}

/** "Republik Singapura", "Republic of Singapore", "the Kingdom of the Netherlands": where the state's official form starts before its name. */
function stateFormStart(context: RecognitionContext, tokenStart: number): number {
  const { tokens } = context;
  // "Republik Sosialis Vietnam": the form, its modifiers, the name.
  let before = tokenStart - 1;
  while (isCapitalizedWordWithMore(context, before, MoreWordFlag.StateFormModifier)) before--;
  if (isCapitalizedWordWithMore(context, before, MoreWordFlag.StateForm)) return before;
  // "the Socialist Republic of Vietnam": modifiers, the form, "of [the]", the name.
  let of = tokenStart - 1;
  if (isWordSpelled(tokens, of, 'the')) of--;
  if (!isWordSpelled(tokens, of, 'of') || !isCapitalizedWordWithMore(context, of - 1, MoreWordFlag.StateForm)) return tokenStart;
  // "the Head of State of Qatar", "Minister of State of ...": the form word ends a title.
  if (followsTitle(context, of)) return tokenStart;
  let start = of - 1;
  while (isCapitalizedWordWithMore(context, start - 1, MoreWordFlag.StateFormModifier)) start--;
  return start;
}

/** "Socialist Republic", "Socialist Federative Soviet Republic": modifiers of a state's form or unit words, then the form. */
function isStateFormWithModifiersAt(context: RecognitionContext, start: number): boolean {
  const { lexicon } = context;
  let at = start;
  while (isCapitalizedWordWithMore(context, at, MoreWordFlag.StateFormModifier) || isCapitalizedWordIn(context, at, lexicon.subnationalUnitWords)) at++;
  return at > start && isCapitalizedWordWithMore(context, at, MoreWordFlag.StateForm);
}

/** Words of an outlet's name and of a dateline's place, at most. */
const MAX_DATELINE_WORDS = 3;

/** "MATA INDONESIA, JAKARTA – ...": the outlet's name in capitals opening a dateline. */
function isOutletInDateline(context: RecognitionContext, tokenStart: number, tokenEnd: number): boolean {
  const { tokens } = context;
  if (!isAllCapsWord(tokens, tokenStart) || !isPunct(tokens, tokenEnd, ',')) return false;
  let start = tokenStart;
  while (start > 0 && tokenStart - start < MAX_DATELINE_WORDS && isAllCapsWord(tokens, start - 1) && (tokens.flags[start]! & TokenFlag.LineStart) === 0) start--;
  if (start === tokenStart || (tokens.flags[start]! & TokenFlag.LineStart) === 0) return false;
  let end = tokenEnd + 1;
  while (end - tokenEnd <= MAX_DATELINE_WORDS && isAllCapsWord(tokens, end)) end++;
  return end > tokenEnd + 1 && isDash(tokens, end);
}

/** "The West Australian", "East Malaysia", "Kawasan Timur Indonesia": a region of the country. */
function isRegionCompassWordBefore(context: RecognitionContext, tokenStart: number): boolean {
  const { tokens, lexicon } = context;
  const before = tokenStart - 1;
  if (!isCapitalizedWord(context, before) || (tokens.flags[tokenStart]! & TokenFlag.SpaceBefore) === 0) return false;
  const word = tokens.wordIds[before]!;
  if (lexicon.regionCompassWords.has(word)) return true;
  return lexicon.compassWordsAfterNoun.has(word) && isCapitalizedWord(context, before - 1) && matchEndingAt(context, 'place', tokenStart, MAX_PLACE_TOKENS) === undefined;
}

/** Words of the longest place name a compass word may end ("Nusa Tenggara Timur"). */
const MAX_PLACE_TOKENS = 4;

function isCountryReference(context: RecognitionContext, country: CountryRecord, tokenStart: number, tokenEnd: number): boolean {
  const { tokens, lexicon } = context;
  const before = tokenStart - 1;
  const after = tokenEnd;
  const wordBefore = tokens.wordIds[before] ?? -1;
  const wordAfter = tokens.wordIds[after] ?? -1;
  // "bahasa Inggris", "Chinese characters", "the Italian word", "learning Japanese and Korean";
  // a language's name is one word ("regionally speaking Solomon Islands is" names the state).
  if (isWord(tokens, before) && lexicon.hasFlag(wordBefore, WordFlag.LanguageBefore) && tokenEnd - tokenStart === 1) return false;
  if (isLanguageListedBefore(context, before, after)) return false;
  // "Voyages worth it AS the year comes to an end": English shouting "as", not Indonesian "AS".
  if (context.language === 'en' && isWordSpelled(tokens, tokenStart, 'as') && isLowerCaseWord(context, after)) return false;
  if (isRegionCompassWordBefore(context, tokenStart)) return false;
  if (isOutletInDateline(context, tokenStart, tokenEnd)) return false;
  // "Garuda dan Emirates": the airline; "the Emirates" the state, but not "the States of Jersey", "the States Parties".
  if (tokenEnd - tokenStart === 1 && isWordIn(tokens, tokenStart, lexicon.statesNamedAfterArticle)) {
    if (!isWordSpelled(tokens, before, 'the') || isWordSpelled(tokens, after, 'of') || isCapitalizedWord(context, after)) return false;
  }
  // "Abdulaziz bin Turki": a patronymic makes it a person's name; "Abdulaziz Al Saudi" an article after a name.
  if (isWord(tokens, before) && lexicon.patronymics.has(wordBefore)) return false;
  // "Turki bin Abdullah Al-Shabanah": a given name before a patronymic and the father's name.
  if (tokenEnd - tokenStart === 1 && isGivenNameBeforePatronymic(context, tokenStart)) return false;
  // "the Danish Refugee Council (DRC)": capitals in brackets after a body's name are its abbreviation.
  if (isPunct(tokens, before, '(') && isPunct(tokens, after, ')') && matchEndingAt(context, 'organization', before, MAX_BODY_NAME_TOKENS) !== undefined) return false;
  if (isNisbaAt(context, tokenStart)) return false;
  if (isEditorsInitials(context, tokenStart, tokenEnd)) return false;
  // ("... Built In Finland⏎Speaking to reporters": not across a line.)
  if (isWord(tokens, after) && lexicon.hasFlag(wordAfter, WordFlag.LanguageAfter) && (tokens.flags[after]! & TokenFlag.LineStart) === 0) return false;
  if (isPunct(tokens, after, '-') && lexicon.hasFlag(tokens.wordIds[after + 1] ?? -1, WordFlag.LanguageAfter)) return false;
  // "Anti-Amerika", "pro-China", "Russia-friendly"
  if (isPunct(tokens, before, '-') && isAttached(context, before) && lexicon.hasFlag(tokens.wordIds[before - 1] ?? -1, WordFlag.StanceBefore)) {
    return false;
  }
  if (isPunct(tokens, after, '-') && isAttached(context, after + 1) && lexicon.hasFlag(tokens.wordIds[after + 1] ?? -1, WordFlag.StanceAfter)) {
    return false;
  }
  // "$NZ30 million", "$US5 million": the letters of a currency written before its number.
  if ((isPunct(tokens, before, '$') && isAttached(context, tokenStart)) || (tokens.kinds[after] === TokenKind.Number && isAttached(context, after))) return false;
  // "US$", "A$", "US $1 billion", "US $ 1 billion": a currency symbol, not the state; but
  // "the United Kingdom $75 million and Japan $10 million" lists states and their sums.
  if (isPunct(tokens, after, '$') && tokens.kinds[after + 1] === TokenKind.Number) {
    if (isAttached(context, after) || (tokens.flags[tokenStart]! & TokenFlag.AllCaps) !== 0) return false;
  } else if (isPunct(tokens, after, '$') && isAttached(context, after)) return false;
  // "Panama Canal", "China Committee", "Thai Rice Exporters Association": a run of
  // capitalised words after the country word that ends in a head noun of a name.
  // "Australia-Pacific Defence School": a name's run may go on after a hyphen.
  if (endsInNameHead(context, isJoiningHyphen(tokens, after) ? after + 1 : after)) return false;
  if (isNameWithYearAfter(context, after)) return false;
  // "the Kyrgyz Autonomous Region", "the Russian Soviet Federative Socialist Republic": a unit inside a state.
  if (isCapitalizedWordIn(context, after, lexicon.subnationalUnitWords)) return false;
  // "the Kyrgyz Soviet Socialist Republic": modifiers and a state's form after the word name another state.
  if (isStateFormWithModifiersAt(context, after)) return false;
  // "Toyota Indonesia", "Samsung Vietnam": a company's national arm. A body of the same
  // state keeps the country ("DPR RI", "Kemenlu RI"), as the guidelines count it.
  if (isForeignOrganizationBefore(context, country, tokenStart)) return false;
  if (isRegionUnitName(context, before)) return false;
  // "Bank of Japan", "National University of Singapore", "Central Bank of the UAE"
  const of = isWordSpelled(tokens, before, 'the') ? before - 1 : before;
  // "engages World Bank on Lebanon's ...": after a known body's whole name "on" talks of the country.
  const afterKnownBody = isWordSpelled(tokens, of, 'on') && matchEndingAt(context, 'organization', of, MAX_NAME_RUN) !== undefined;
  if (!afterKnownBody && (isWordSpelled(tokens, of, 'of') || isWordSpelled(tokens, of, 'for') || isWordSpelled(tokens, of, 'on'))) {
    if (isBodyHeadAt(context, of - 1) || opensBodyNameBefore(context, of - 1)) return false;
  }
  // "PT Toyota Motor Manufacturing Indonesia", "Persatuan Pengusaha Penggilingan Beras Indonesia": a company's or business body's name.
  if (isInCompanyName(context, tokenStart)) return false;
  // "Bank Indonesia", "Laut China Selatan": a capitalised head noun fused with the country
  // word; "Komisi Bersama RI-Afsel": a joint body's name.
  if (isFusingWordAt(context, before)) return false;
  // "Nigeria-Morocco Gas Pipeline": joined to a country word that a name's head noun follows;
  // "Indonesia-European Union Comprehensive Economic Partnership Agreement": to a body, by a hyphen.
  if (isJoiningDash(tokens, after) && isPartyBeforeNameHead(context, after + 1, 'country')) return false;
  if (isJoiningHyphen(tokens, after) && isPartyBeforeNameHead(context, after + 1, 'organization')) return false;
  // "Forum Bisnis Indonesia-Polandia": joined to a country word fused into a name. Not
  // "ASEAN-China Summit", where the name before the hyphen is a party in its own right.
  if (isJoiningDash(tokens, before) && isFusedCountryEndingAt(context, before)) return false;
  return true;
}

/** "Bank", "Institute", "Federation" at `index`, capitalised, heading a body's name that "of" follows. */
function isBodyHeadAt(context: RecognitionContext, index: number): boolean {
  if (isCapitalizedWordWith(context, index, WordFlag.OrganizationHead)) return !isPortfolioOfOffice(context, index);
  return isCapitalizedWordWithMore(context, index, NAMED_BODY_FLAGS);
}

/**
 * "the Federation of Agriculture of Brazil", "the Confederation of Agriculture and Livestock
 * of Brazil": the capitalised words ending at `last` continue a body's name whose head noun
 * an earlier "of" follows.
 */
function opensBodyNameBefore(context: RecognitionContext, last: number): boolean {
  const { tokens } = context;
  for (let i = last, words = 0; i > 0 && words < MAX_NAME_RUN; i--, words++) {
    if (isWordSpelled(tokens, i, 'of')) return i < last && isBodyHeadAt(context, i - 1);
    if (!isCapitalizedWord(context, i) && !(i < last && isWordWith(context, i, WordFlag.ListJoiner))) return false;
  }
  return false;
}

/**
 * "Minister of Trade" (of Fiji), "Ministry of Petroleum and Gas": the portfolio words ending
 * at `last` follow an office's title or a ministry's head word and "of" or "for", so the
 * country after them is the office's, not part of a body's name as in "Trade Expo of ...".
 */
function isPortfolioOfOffice(context: RecognitionContext, last: number): boolean {
  const { tokens, lexicon } = context;
  const isLeadIn = (i: number) => isWordSpelled(tokens, i, 'of') || isWordSpelled(tokens, i, 'for');
  let i = last;
  while (i >= 0 && !isLeadIn(i) && (isCapitalizedWordWith(context, i, WordFlag.Portfolio) || (i < last && (isPunct(tokens, i, ',') || isPunct(tokens, i, '&') || isWordWith(context, i, WordFlag.PortfolioJoiner))))) i--;
  if (i === last || !isLeadIn(i)) return false;
  // (A title's longest match may take the portfolio in: "Minister of Trade".)
  return followsTitle(context, i) || context.matches.findKind(i - 1, 'title') >= 0 || (isWord(tokens, i - 1) && lexicon.hasFlag(tokens.wordIds[i - 1]!, WordFlag.GovernmentHead));
}

/**
 * "Direktur Amerika 1", "Dirjen Kemlu Amerika dan Eropa": a ministry's unit named by region,
 * its head ending at `before` or before the ministry's one-word short name. ("Direktur
 * Jenderal Kementerian Luar Negeri Amerika Serikat" is an official of that state's ministry.)
 */
function isRegionUnitName(context: RecognitionContext, before: number): boolean {
  const { tokens, lexicon } = context;
  if (lexicon.regionUnitHeads.startEndingAt(tokens, before) >= 0) return true;
  return isOneWordMatch(context, before, 'organization') && lexicon.regionUnitHeads.startEndingAt(tokens, before - 1) >= 0;
}

/**
 * Whether the capitalised words before `start` open with a company prefix ("PT") or hold a
 * business body's word. The run may hold joiners and its abbreviation in parentheses: "Kamar
 * Dagang dan Industri (Kadin) Indonesia".
 */
function isInCompanyName(context: RecognitionContext, start: number): boolean {
  const { tokens, lexicon } = context;
  let i = parenthesisStartBefore(context, start, MAX_PARENTHESIS_WORDS);
  for (let words = 0; words < MAX_COMPANY_WORDS; words++) {
    i--;
    if ((tokens.flags[i + 1]! & TokenFlag.LineStart) !== 0) break;
    if (isWordWith(context, i, WordFlag.ListJoiner) && words > 0 && isCapitalizedWord(context, i - 1)) i--;
    // "Rumah Sakit Kardiologi Emirat-Indonesia": two parties' names joined inside the body's name.
    if (isJoiningHyphen(tokens, i) && isCapitalizedWord(context, i - 1)) i--;
    // "PT. Borneo Alumindo Indonesia": the prefix's dot.
    if (words > 0 && isPunct(tokens, i, '.') && isAttachedToPrevious(tokens, i) && lexicon.hasMoreFlag(tokens.wordIds[i - 1] ?? -1, MoreWordFlag.CompanyPrefix)) i--;
    // "PT DI [Dirgantara Indonesia]": the company's name spelt out in brackets after its acronym.
    if (words > 0 && (isPunct(tokens, i, '(') || isPunct(tokens, i, '[')) && (tokens.flags[i - 1]! & TokenFlag.AllCaps) !== 0) i--;
    if (!isCapitalizedWord(context, i)) break;
    // "Saudia Airlines Country Manager Indonesia": the office's territory, after the company's name.
    if (words === 0 && lexicon.corporateOffices.has(tokens.wordIds[i]!)) return false;
    const more = lexicon.moreWordFlags(tokens.wordIds[i]!);
    if (more & MoreWordFlag.CompanyPrefix && (tokens.flags[i]! & TokenFlag.AllCaps) !== 0) return true;
    if (more & NAMED_BODY_FLAGS) return !isPeopleNounCapitalizedByPlace(context, i, start);
  }
  return false;
}

/**
 * "Pengusaha Indonesia dan India bersepakat", "Ikut Pertemuan Pengusaha Korsel dengan
 * Prabowo": a noun for people right before the country word, capitalised only because it
 * opens the sentence or stands in a title-case headline, is no body's name ("Bisnis
 * Indonesia" is).
 */
function isPeopleNounCapitalizedByPlace(context: RecognitionContext, index: number, countryStart: number): boolean {
  if (index !== countryStart - 1 || matchOfKind(context, index, 'countNoun')?.tokenEnd !== countryStart) return false;
  return isSentenceStart(context, index) || isTitleCaseLine(context.tokens, index, context.lexicon);
}

const MAX_PARENTHESIS_WORDS = 3;

const MAX_COMPANY_WORDS = 6;

/** Whether a country word ends just before `end` inside an organisation's name or after its head noun. */
function isFusedCountryEndingAt(context: RecognitionContext, end: number): boolean {
  const country = matchEndingAt(context, 'country', end, MAX_NAME_RUN);
  if (!country) return false;
  if (isFusingWordAt(context, country.tokenStart - 1)) return true;
  // "PT KCC Indonesia-Korea"
  if (isInCompanyName(context, country.tokenStart)) return true;
  // An organisation's name that starts before the country word and ends with it.
  const reach = end - country.tokenStart + MAX_NAME_RUN;
  return matchEndingAt(context, 'organization', end, reach, (organization) => organization.tokenStart < country.tokenStart) !== undefined;
}

/** A capitalised head noun ("Bank"), or a joint body's word after a capitalised one ("Komisi Bersama"), at `index`. */
function isFusingWordAt(context: RecognitionContext, index: number): boolean {
  // "Angkatan Laut Prancis": the French navy, a state's own body, not a sea.
  if (isCapitalizedWordWith(context, index, WordFlag.OrganizationHead)) return !isCapitalizedWordWith(context, index - 1, WordFlag.GovernmentHead);
  const { tokens, lexicon } = context;
  return (
    isCapitalizedWord(context, index) &&
    lexicon.jointBodyWords.has(tokens.wordIds[index]!) &&
    isCapitalizedWord(context, index - 1) &&
    (tokens.flags[index]! & TokenFlag.LineStart) === 0
  );
}

/**
 * "drawn up in Kazakh, Kyrgyz, Uzbek and Russian.": demonyms listed after "in" that end the
 * clause, or follow a verb of saying, name languages. "in Russian territory", "in Russian and
 * Chinese firms" qualify a noun.
 */
function isLanguageListAfterMedium(context: RecognitionContext, start: number, end: number): boolean {
  const { tokens, lexicon } = context;
  const isJoiner = (at: number) => isPunct(tokens, at, ',') || isWordWith(context, at, WordFlag.ListJoiner);
  let first = start;
  while (isJoiner(first - 1)) {
    const previous = matchEndingAt(context, 'country', first - 1, MAX_NAME_RUN);
    if (previous?.payload.demonym) first = previous.tokenStart;
    // "in Khmer, Lao, Burmese and English": a language that names no country.
    else if (!previous && isLanguageName(context, first - 2)) first -= 2;
    else break;
  }
  if (!isWord(tokens, first - 1) || !lexicon.languageMediumBefore.has(tokens.wordIds[first - 1]!)) return false;
  // "Romualdez said in Filipino during the briefing": what is said in a demonym is said in a
  // language, unless a noun follows ("said in Chinese waters").
  const nounAfter = isLowerCaseWord(context, end) && !isWordWith(context, end, WordFlag.StopwordEn | WordFlag.StopwordId);
  if (isLowerCaseWord(context, first - 2) && isWordIn(tokens, first - 2, lexicon.speechVerbs) && !nounAfter) return true;
  // "Known in French as “Îles Éparses”": a name given in a demonym is given in a language.
  if (isWordIn(tokens, first - 2, lexicon.namingVerbs) && !nounAfter) return true;
  let last = end;
  for (;;) {
    let next = last;
    if (isPunct(tokens, next, ',')) next++;
    if (isWordWith(context, next, WordFlag.ListJoiner)) next++;
    const item = next > last ? matchOfKind(context, next, 'country') : undefined;
    if (item?.payload.demonym) last = item.tokenEnd;
    else if (next > last && !item && isLanguageName(context, next)) last = next + 1;
    else break;
  }
  if (last >= tokens.count || (tokens.flags[last]! & TokenFlag.LineStart) !== 0) return true;
  return tokens.kinds[last] === TokenKind.Punct && !isPunct(tokens, last, '-');
}

/** A single capitalised word that names nothing the lexicon knows and ends no longer name ("Khmer"). */
function isLanguageName(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  if (!isWord(tokens, index) || (tokens.flags[index]! & (TokenFlag.Capitalized | TokenFlag.AllCaps)) !== TokenFlag.Capitalized) return false;
  if (context.matches.countAt(index) > 0) return false;
  return !isCapitalizedWord(context, index - 1);
}

const MAX_LISTED_LANGUAGES = 8;

/**
 * "Japanese and Korean" after "learning", "Bahasa Tetun, Portugis, Inggris dan Indonesia": a
 * country word in a list (joined by `joiner` to the item before it) whose first item follows a
 * word of language. A comma alone makes no list: the list must go on after the word
 * (`after`) or be joined by "and" ("Selain bahasa Inggris, Malaysia juga ..." names the state).
 */
function isLanguageListedBefore(context: RecognitionContext, joiner: number, after: number): boolean {
  const { tokens } = context;
  const isJoinerWord = (at: number) => isWordWith(context, at, WordFlag.ListJoiner);
  if (!isJoinerWord(joiner) && !(isPunct(tokens, joiner, ',') && (isPunct(tokens, after, ',') || isJoinerWord(after)))) return false;
  let at = joiner;
  for (let items = 0; items < MAX_LISTED_LANGUAGES && (isJoinerWord(at) || isPunct(tokens, at, ',')); items++) {
    // "Inggris, Jepang, dan Korea": the serial comma before the joiner.
    if (isJoinerWord(at) && isPunct(tokens, at - 1, ',')) at--;
    // "Tetun": a language that names no country is an item too.
    const country = matchEndingAt(context, 'country', at, MAX_NAME_RUN);
    const itemStart = country ? country.tokenStart : isCapitalizedWord(context, at - 1) && context.matches.countAt(at - 1) === 0 ? at - 1 : -1;
    if (itemStart < 0) return false;
    if (isWordWith(context, itemStart - 1, WordFlag.LanguageBefore)) return true;
    at = itemStart - 1;
  }
  return false;
}

function isAttached(context: RecognitionContext, index: number): boolean {
  return (context.tokens.flags[index]! & TokenFlag.SpaceBefore) === 0;
}

const MAX_NAME_RUN = 4;
/** Tokens of a body's whole name as the gazetteer writes it ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership"). */
const MAX_BODY_NAME_TOKENS = 8;

/** "... setara dengan 15 tahun. (RI)": initials in brackets after the last sentence of a paragraph sign its editor. */
function isEditorsInitials(context: RecognitionContext, start: number, end: number): boolean {
  const { tokens } = context;
  if (end !== start + 1 || (tokens.flags[start]! & TokenFlag.AllCaps) === 0 || !isPunct(tokens, start - 1, '(') || !isPunct(tokens, end, ')')) return false;
  const next = end + 1;
  if (next < tokens.count && (tokens.flags[next]! & TokenFlag.LineStart) === 0) return false;
  return SENTENCE_ENDS.some((mark) => isPunct(tokens, start - 2, mark));
}

/** Capitalised words an event's or programme's name may have between the country word and its year. */
const MAX_WORDS_BEFORE_YEAR = 2;
const MIN_NAMED_YEAR = 1950;
const MAX_NAMED_YEAR = 2100;

/**
 * "Indonesia Defence 2025", "Saudi Vision 2030", "Indonesia Emas 2045": capitalised words and
 * a year after the country word name an event or a programme ("Indonesia Januari 2025" is a month).
 */
function isNameWithYearAfter(context: RecognitionContext, start: number): boolean {
  const { tokens, text } = context;
  let at = start;
  while (at - start < MAX_WORDS_BEFORE_YEAR && isCapitalizedWord(context, at) && isSpacedWithinLine(tokens, at) && (tokens.flags[at]! & TokenFlag.HasDigit) === 0) {
    if (isWordWith(context, at, WordFlag.Month) || context.matches.countAt(at) > 0) return false;
    at++;
  }
  if (at === start || tokens.kinds[at] !== TokenKind.Number || !isSpacedWithinLine(tokens, at) || tokens.ends[at]! - tokens.starts[at]! !== 4) return false;
  const year = Number(text.slice(tokens.starts[at]!, tokens.ends[at]!));
  return year >= MIN_NAMED_YEAR && year <= MAX_NAMED_YEAR;
}

/**
 * Whether the capitalised words from `start` (at most a few) end in a name's head noun:
 * "Rice Exporters Association", "Power"; not "Power Minister R. K. Singh", where the run
 * goes on to a person.
 */
function endsInNameHead(context: RecognitionContext, start: number): boolean {
  const { tokens, lexicon } = context;
  // "... support for Jordan⏎The International Monetary Fund's board": a headline's last word runs into no name.
  if (start < tokens.count && (tokens.flags[start]! & TokenFlag.LineStart) !== 0) return false;
  // "U.S. President Biden and European Commission President ...": the country word qualifies an office.
  if (isCapitalizedWord(context, start) && context.matches.findKind(start, 'title') >= 0) return false;
  // "three Ukrainian Black Sea ports": the whole name of a place of several words, which the country word qualifies.
  const place = isCapitalizedWord(context, start) ? matchOfKind(context, start, 'place') : undefined;
  if (place && place.tokenEnd - start > 1 && !isCapitalizedWord(context, place.tokenEnd)) return false;
  // "Media Australia Sydney Morning Herald": a city's name opening the run names a body of that city, not of the country.
  if (place && place.tokenEnd - start === 1 && (place.payload.place.kind === 'city' || place.payload.place.kind === 'capital')) return false;
  let last = -1;
  let words = 0;
  for (let i = start; words < MAX_NAME_RUN; i++) {
    // "Polish People's Party": a possessive inside the run, between capitalised words.
    const possessive = last === i - 1 && i > start ? possessiveLength(tokens, i) : 0;
    if (possessive > 0 && isCapitalizedWord(context, i + possessive)) i += possessive;
    // "Fiji Trade & Investment Board": an ampersand joins capitalised words as "and" does.
    if (last === i - 1 && i > start && isPunct(tokens, i, '&') && isCapitalizedWord(context, i + 1)) continue;
    if (!isWord(tokens, i)) break;
    if (i > start && (tokens.flags[i]! & TokenFlag.LineStart) !== 0) break;
    if ((tokens.flags[i]! & TokenFlag.Capitalized) === 0) {
      // "the Iraqi Council of Ministers", "the Czech Chamber of Deputies": the state's organ.
      if (last === i - 1 && isWordSpelled(tokens, i, 'of') && isCapitalizedWordIn(context, i + 1, lexicon.stateOrganWordsAfterOf)) return false;
      // "Garment Manufacturers and Exporters Association": a joiner between capitalised words.
      // "Indonesia Power and Mitsubishi": a name that ends before the joiner.
      if (last >= 0 && isNameHeadOfOtherBody(context, start, last)) return true;
      if (last === i - 1 && lexicon.hasFlag(tokens.wordIds[i]!, WordFlag.ListJoiner) && isCapitalizedWord(context, i + 1)) continue;
      break;
    }
    // "Lao News Agency KPL": the body's abbreviation after its name.
    if (last === i - 1 && (tokens.flags[i]! & TokenFlag.AllCaps) !== 0 && isNameHeadOfOtherBody(context, start, last)) return true;
    last = i;
    words++;
  }
  return last >= 0 && isNameHeadOfOtherBody(context, start, last);
}

/** Tokens of a possessive at `index`: "'s" (2), or a lone apostrophe after a plural ("Workers'", 1); else 0. */
function possessiveLength(tokens: TokenStream, index: number): number {
  if (isPossessiveAt(tokens, index)) return 2;
  const apostrophe = isPunct(tokens, index, "'") || isPunct(tokens, index, '’');
  return apostrophe && isAttachedToPrevious(tokens, index) && /s$/i.test(tokenText(tokens, index - 1)) ? 1 : 0;
}

/** Whether `last` ends a name's run from `start`, and the run is no part of the state's own government ("Senate Appropriations Committee"). */
function isNameHeadOfOtherBody(context: RecognitionContext, start: number, last: number): boolean {
  const { tokens, lexicon } = context;
  if (!lexicon.hasFlag(tokens.wordIds[last]!, WordFlag.NameHeadAfter)) return false;
  if (last === start) return !lexicon.qualifiedNameHeads.has(tokens.wordIds[last]!);
  return !lexicon.hasFlag(tokens.wordIds[start]!, WordFlag.GovernmentHead) && !isLegislatureName(context, start, last);
}

/** "National Congress", "Grand National Assembly": the state's own legislature after its country word. */
function isLegislatureName(context: RecognitionContext, start: number, last: number): boolean {
  const { tokens, lexicon } = context;
  if (!lexicon.legislatureHeads.has(tokens.wordIds[last]!)) return false;
  for (let i = start; i < last; i++) if (!lexicon.legislatureModifiers.has(tokens.wordIds[i]!)) return false;
  return true;
}

/** Whether a country's or body's name at `start` is followed by the rest of a name that ends in its head noun. */
function isPartyBeforeNameHead(context: RecognitionContext, start: number, kind: 'country' | 'organization'): boolean {
  const party = context.matches.findKind(start, kind);
  return party >= 0 && endsInNameHead(context, context.matches.endAt(start, party));
}

function isForeignOrganizationBefore(context: RecognitionContext, country: CountryRecord, tokenStart: number): boolean {
  const { tokens } = context;
  // "Japan International Cooperation Agency (JICA) Ethiopia Office": its acronym in brackets.
  const nameEnd = isPunct(tokens, tokenStart - 1, ')') ? tokenStart - 1 : tokenStart;
  const organization = matchEndingAt(context, 'organization', nameEnd, MAX_NAME_RUN);
  if (!organization) return false;
  // "Kadin Indonesia": a business body's own country word is part of its name.
  if (organization.payload.organization.business && (tokens.flags[tokenStart]! & TokenFlag.SpaceBefore) !== 0) return true;
  if (context.lexicon.hasFlag(tokens.wordIds[organization.tokenStart]!, WordFlag.GovernmentHead)) return false;
  const home = organization.payload.organization.country;
  return home !== undefined && home !== country.code && (tokens.flags[tokenStart]! & TokenFlag.SpaceBefore) !== 0;
}
