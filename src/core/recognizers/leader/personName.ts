import { MoreWordFlag, stopwordFlag, WordFlag } from '../../lexicon/lexicon';
import { isAttachedToPrevious, isCapitalizedWord, isCapitalizedWordIn, isCapitalizedWordWith, isJoiningHyphen, isLowerCaseWord, isOneWordMatch, isPunct, isWord, isWordIn, isWordSpelled, isWordWith, matchEndingAt, type RecognitionContext } from '../../pipeline/recognitionContext';
import { isSpacedWithinLine, TokenFlag, TokenKind, tokenText } from '../../text/tokenize';
import { isTitleCaseLine } from '../../text/lineShape';

const MAX_NAME_WORDS = 8;
const MAX_NICKNAME_WORDS = 2;
const OPENING_QUOTES = new Set(['“', '"', '‘', "'", '«']);
const CLOSING_QUOTES = new Set(['”', '"', '’', "'", '»']);

/**
 * The end token of a person's name starting at `start`, or -1: capitalised words with the
 * particles names carry ("van", "bin", "al-"), hyphenated parts ("Jae-myung") and a quoted
 * nickname inside ("Joko “Jokowi” Widodo"). It stops at words that are never names (days,
 * months, sentence openers) and at the start of a country, place or organisation name.
 */
export function readPersonName(context: RecognitionContext, start: number, afterTitle = false): number {
  const { tokens, lexicon } = context;
  let index = start;
  let words = 0;
  let end = -1;
  while (index < tokens.count && words < MAX_NAME_WORDS) {
    // A name ends with its line: "Xi Jinping" before a paragraph that opens with "Investasi".
    if (index > start && (tokens.flags[index]! & TokenFlag.LineStart) !== 0) break;
    // "Dominggus Mandacan MSi", "Ade Yasin SH": a degree after the name is no part of it.
    if (words > 0 && isAcademicDegreeAt(context, index)) break;
    // "Simon Coveney TD", "Jane Doe MLA": letters for a seat held are no part of the name.
    if (words > 0 && (tokens.flags[index]! & TokenFlag.AllCaps) !== 0 && lexicon.postNominals.has(tokens.wordIds[index]!)) break;
    // Initials written together inside or before a name: "Retno L.P. Marsudi", "M.K. Stalin"
    // (but not "U.S.", which the lexicon knows).
    if ((words > 0 || context.matches.countAt(index) === 0) && isJoinedInitials(context, index) && isNameWord(context, index + 1, false)) {
      index++;
      continue;
    }
    // A middle initial with its dot ("Enrique A. Manalo", "George W. Bush"), even one that
    // spells a stopword ("A").
    if (isInitialBeforeName(context, index) || isTwoLetterInitialBeforeName(context, index)) {
      index += 2;
      continue;
    }
    // Inside a name, an initial without its dot: "Ahsan H Mansur".
    if (words > 0 && isBareInitialBeforeName(context, index)) {
      index++;
      continue;
    }
    // "the First Minister U-turned", "X-ray": a capital letter hyphenated onto a lower-case word is no name.
    if (isCapitalLetter(context, index) && isJoiningHyphen(tokens, index + 1) && isLowerCaseWord(context, index + 2)) break;
    if (isNameWord(context, index, words === 0) || (words === 0 && afterTitle && isShortSurnameAfterTitle(context, index))) {
      words++;
      index++;
      // Hyphenated parts, written without spaces: "Jae-myung", "Al-Sudani"; not "Bazoum-led".
      while (isJoiningHyphen(tokens, index) && isWord(tokens, index + 1) && !isStanceSuffixAt(context, index + 1)) {
        index += 2;
      }
      end = index;
      continue;
    }
    // "Abdel Fatah al-Sisi": a one-word organisation's name between name words is a name.
    if (words > 0 && isOrganizationWordInsideName(context, index)) {
      words++;
      index++;
      end = index;
      continue;
    }
    const wordId = tokens.wordIds[index]!;
    // "Dato’ Seri Anwar Ibrahim": the apostrophe of an honorific's short form.
    if (words > 0 && isApostropheAfterHonorific(context, index) && isNameWord(context, index + 1, false)) {
      index++;
      continue;
    }
    // "Theresa May said", "Menteri Li Jun hadir": a month's name after a given name with no day
    // or year after it; in Indonesian, nor a word of time ("Prabowo Subianto Mei lalu").
    if (
      words > 0 &&
      isPlainCapitalizedWord(context, index) &&
      lexicon.hasFlag(wordId, WordFlag.Month) &&
      tokens.kinds[index + 1] !== TokenKind.Number &&
      (context.language === 'en' || !isWordIn(tokens, index + 1, lexicon.monthTimeAfter))
    ) {
      words++;
      index++;
      end = index;
      continue;
    }
    // "Sheikh Sabah al-Ahmed": after an honorific, a place's word with more of the name after it.
    if (words > 0 && lexicon.nameHonorifics.has(tokens.wordIds[index - 1]!) && isPlainCapitalizedWord(context, index)) {
      const after = tokens.wordIds[index + 1] ?? -1;
      if (isNameWord(context, index + 1, false) || (isWord(tokens, index + 1) && lexicon.hasFlag(after, WordFlag.NameParticle))) {
        words++;
        index++;
        end = index;
        continue;
      }
    }
    // "European Commission President von der Leyen": right after a title, a surname may open
    // with its particles; not with a hyphenated article ("PM al-Sudani"), as later mentions
    // would then be read as "Sudani" without it.
    const opensName = words === 0 && afterTitle && isLowerCaseWord(context, index) && !isPunct(tokens, index + 1, '-');
    if ((words > 0 || opensName) && isWord(tokens, index) && lexicon.hasFlag(wordId, WordFlag.NameParticle) && !isPrepositionOfDocument(context, index)) {
      // A particle continues the name only when a capitalised word follows it ("van Klaveren"),
      // or more particles and then one ("von der Leyen").
      let next = afterParticle(context, index);
      while (isLowerCaseWord(context, next) && lexicon.hasFlag(tokens.wordIds[next]!, WordFlag.NameParticle)) next = afterParticle(context, next);
      if (opensName && !isPlainCapitalizedWord(context, next)) break;
      if (isNameWord(context, next, false)) {
        index = next;
        continue;
      }
      // After a patronymic, or an article hyphenated onto it, even a country's or place's word
      // is a name: "Abdulaziz bin Turki", "Sabah al-Ahmed al-Sabah".
      const hyphenated = next === index + 2;
      if ((hyphenated || lexicon.patronymics.has(wordId)) && isPlainCapitalizedWord(context, next)) {
        words++;
        index = next + 1;
        end = index;
        continue;
      }
      break;
    }
    if (words > 0 && isWord(tokens, index) && lexicon.innerNameTitles.has(wordId)) {
      // "Datuk Seri Dr Zambry Abd Kadir": an academic title inside a chain of honorifics.
      let next = index + 1;
      if (isPunct(tokens, next, '.') && attached(context, next)) next++;
      if (isNameWord(context, next, false)) {
        index = next;
        continue;
      }
      break;
    }
    // "Muhammad Sanusi Md Nor said", "Datuk Ahmad Said said": a function word capitalised
    // mid-sentence right after a name word, the name's last.
    if (words > 0 && index === end && (isCapitalizedFunctionWordEndingName(context, index) || isTitleEndingName(context, index))) {
      end = index + 1;
      break;
    }
    // "Hamengku Buwono (HB) X": the name's initials in brackets, then its regnal number.
    if (words > 0) {
      const afterNumber = endOfInitialsAndRegnalNumber(context, index);
      if (afterNumber > index) {
        end = afterNumber;
        break;
      }
    }
    // "Minister of Finance Sinisa Mali.", "Finance Minister Fernando Medina said": after a title
    // and one given name, a country's or place's word that ends the name is the surname.
    if (words === 1 && afterTitle && index === end && isPlaceWordAsSurname(context, start, index)) {
      end = index + 1;
      break;
    }
    if (words > 0 && isMarkIn(context, index, OPENING_QUOTES)) {
      // A nickname in quotes, followed by more of the name: Joko “Jokowi” Widodo, Fransisco ‘Isko Moreno’ Domagoso.
      const close = nicknameEnd(context, index + 1);
      if (close > index + 1 && isMarkIn(context, close, CLOSING_QUOTES) && isNameWord(context, close + 1, false)) {
        index = close + 1;
        continue;
      }
    }
    break;
  }
  return end > 0 ? withGenerationalSuffixDot(context, generationalSuffixEnd(context, end)) : end;
}

/** One past a generational suffix right after a name ending at `end` ("Bongbong Marcos Jr"), with its dot; or `end`. */
export function generationalSuffixEnd(context: RecognitionContext, end: number): number {
  const suffix = generationalSuffixAt(context, end);
  return suffix < 0 ? end : withGenerationalSuffixDot(context, suffix + 1);
}

/** The generational suffix's token after a name ending at `end` ("Jr" of "Marcos Jr", "Marcos, Jr."), or -1. */
function generationalSuffixAt(context: RecognitionContext, end: number): number {
  const { tokens } = context;
  // "Ferdinand Marcos, Jr.": some papers set the suffix off with a comma.
  const suffix = isPunct(tokens, end, ',') && attached(context, end) ? end + 1 : end;
  if (!isCapitalizedWord(context, suffix) || !context.lexicon.generationalSuffixes.has(tokens.wordIds[suffix]!)) return -1;
  if (suffix === end && attached(context, end)) return -1;
  return suffix;
}

/** Tokens of the longest company name before a head's name ("PT Dirgantara Indonesia"). */
const MAX_COMPANY_NAME_TOKENS = 6;

/**
 * "Direktur Utama PT Dirgantara Indonesia Budi Santoso": a name right after a company's name
 * of two words or more, its head's ("Antara Prabowo dan ..." opens with the word "between").
 */
export function followsCompanyName(context: RecognitionContext, start: number): boolean {
  const company = matchEndingAt(context, 'organization', start, MAX_COMPANY_NAME_TOKENS, (match) => match.payload.organization.business && match.tokenEnd - match.tokenStart > 1);
  return company !== undefined;
}

const JUNIOR_SUFFIXES = new Set(['jr', 'jnr']);

/**
 * "Donald Trump Jr.": a son's suffix after a name at `end` where none of the leader's `names`
 * has it names his son ("Ferdinand Marcos Jr." is the leader of that name).
 */
export function isJuniorAfter(context: RecognitionContext, end: number, names: readonly string[]): boolean {
  const suffix = generationalSuffixAt(context, end);
  if (suffix < 0) return false;
  const written = tokenText(context.tokens, suffix).toLowerCase();
  return JUNIOR_SUFFIXES.has(written) && !names.some((name) => name.toLowerCase().replace(/\./g, '').split(/[\s,]+/).includes(written));
}

/** "Juan Dela Cruz Jr.": the dot of a generational suffix ending the name belongs to it. */
function withGenerationalSuffixDot(context: RecognitionContext, end: number): number {
  const { tokens } = context;
  const last = end - 1;
  if (!isWord(tokens, last) || !context.lexicon.generationalSuffixes.has(tokens.wordIds[last]!)) return end;
  return isPunct(tokens, end, '.') && attached(context, end) ? end + 1 : end;
}

/** A capitalised word (not an acronym) that names a one-word organisation, with more of a name after it. */
function isOrganizationWordInsideName(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  if (!isCapitalizedWord(context, index) || (tokens.flags[index]! & TokenFlag.AllCaps) !== 0) return false;
  if (!isOneWordMatch(context, index, 'organization')) return false;
  const next = index + 1;
  if (isNameWord(context, next, false)) return true;
  return isWordWith(context, next, WordFlag.NameParticle) && isNameWord(context, afterParticle(context, next), false);
}

/**
 * "Lee Sang Deok": a capitalised word that is no name alone ("sang", Indonesian "the") with a
 * name word after it on its line, as a given name's first syllable may be spelt.
 */
export function isNonNameWordBeforeName(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  if (!isCapitalizedWord(context, index) || !isWordWith(context, index, WordFlag.NonName)) return false;
  const next = index + 1;
  return isSpacedWithinLine(tokens, next) && isNameWord(context, next, false);
}

/** The token after a name particle and the hyphen written against it, if any ("al-Sisi"). */
function afterParticle(context: RecognitionContext, particle: number): number {
  const next = particle + 1;
  return isPunct(context.tokens, next, '-') && attached(context, next) ? next + 1 : next;
}

export function isNameWord(context: RecognitionContext, index: number, first: boolean): boolean {
  const { tokens, lexicon } = context;
  if (!isWord(tokens, index)) return false;
  const flags = tokens.flags[index]!;
  if ((flags & TokenFlag.Capitalized) === 0 || (flags & TokenFlag.HasDigit) !== 0) return false;
  // "Rp80": a currency written against its number.
  if (tokens.kinds[index + 1] === TokenKind.Number && attached(context, index + 1)) return false;
  const wordId = tokens.wordIds[index]!;
  if (wordId >= 0) {
    const wordFlags = lexicon.wordFlags(wordId);
    // A function word of the other language is a name: "Wang Yang", "Truong Tan Sang" in
    // English, "Said Assagaff" in Indonesian, "Dan Tehan" (Indonesian "dan") in English.
    const stopwords = stopwordFlag(context.language);
    // "Wang Mei-hua", "Lee Sang-deok": the first syllable of a hyphenated given name, though
    // spelt as a month or a word that is no name ("Mei", the Indonesian "sang").
    const refusable = (wordFlags & (stopwords | WordFlag.Month | WordFlag.Weekday | WordFlag.NonName)) !== 0;
    if (refusable && !isHyphenatedGivenName(context, index)) {
      if (wordFlags & (WordFlag.Month | WordFlag.Weekday)) return false;
      if (wordFlags & stopwords && !isCapitalizedFunctionWordInName(context, index)) return false;
      // A name's first word is also refused where it is an English non-name word: Indonesian
      // news writes bodies' English names ("Gubernur National Capital District"), while
      // English news seldom carries Indonesian words.
      if (wordFlags & WordFlag.NonName && (lexicon.nonNameWords[context.language].has(wordId) || (first && lexicon.nonNameWords.en.has(wordId)))) return false;
    }
    // "PT PKN", "KRI Bung Tomo": a company's or a ship's name.
    if (lexicon.hasMoreFlag(wordId, MoreWordFlag.CompanyPrefix | MoreWordFlag.VesselPrefix)) return false;
    const table = context.matches;
    const count = table.countAt(index);
    if (count > 0) {
      // A known leader's name is a name; a country, place, organisation or title is not.
      let leader = false;
      let other = false;
      for (let k = 0; k < count; k++) {
        const kind = table.payloadAt(index, k).kind;
        if (kind === 'leader') leader = true;
        else if (kind !== 'countNoun' && kind !== 'unit' && kind !== 'currency') other = true;
      }
      // "Abdulaziz Al Saudi": a country word as a family name.
      // "Raja Riaz" in English: an Indonesian title that opens given names is his given name.
      if (other && !leader && !isNisbaAt(context, index) && !isGivenNameNotTitle(context, index) && !isGivenNameBeforePatronymic(context, index)) return false;
    }
  }
  // Long all-caps words are acronyms or shouted headline words; short ones may be initials
  // ("JD Vance"). A story's first words set in capitals may take a given name with them
  // ("PRESIDENT DEMETRIS Christofias"): an unknown word after a title in capitals, before a
  // name word in ordinary case.
  if ((flags & TokenFlag.AllCaps) !== 0) {
    const length = tokens.ends[index]! - tokens.starts[index]!;
    if (length > 3) {
      const shoutedGivenName = first && wordId < 0 && isShoutedTitleBefore(context, index);
      // "Mr. TAKEI Shunsuke": Japanese official style, the family name in capitals before the given name.
      const familyNameInCapitals = !shoutedGivenName && courtesyTitleStartBefore(context, index) < index;
      if (!((shoutedGivenName || familyNameInCapitals) && isPlainCapitalizedWord(context, index + 1) && isNameWord(context, index + 1, false))) return false;
    }
    if (first && !isNameWord(context, index + 1, false)) return false;
  }
  return true;
}

/** A title's first word in capitals just before `index` ("PRESIDENT"). */
function isShoutedTitleBefore(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  return isWordWith(context, index - 1, WordFlag.TitleStart) && (tokens.flags[index - 1]! & TokenFlag.AllCaps) !== 0;
}

/**
 * A capitalised word hyphenated onto a lower-case syllable that neither repeats it
 * ("Negara-negara", "Buka-bukaan") nor is a function word ("Kemhan-nya").
 */
function isHyphenatedGivenName(context: RecognitionContext, index: number): boolean {
  const { tokens, text } = context;
  const syllable = index + 2;
  if (!isJoiningHyphen(tokens, index + 1) || !isLowerCaseWord(context, syllable)) return false;
  if (context.lexicon.hasFlag(tokens.wordIds[syllable]!, stopwordFlag(context.language))) return false;
  const first = tokens.starts[index]!;
  const length = tokens.ends[index]! - first;
  return text.slice(tokens.starts[syllable]!, tokens.starts[syllable]! + length).toLowerCase() !== text.slice(first, first + length).toLowerCase();
}

/**
 * "after Than Shwe met", "Prime Minister Than Shwe": a function word capitalised inside a
 * sentence, before a name word on its line, is a name, unless the line is a title-case headline.
 */
function isCapitalizedFunctionWordInName(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  if (!isPlainCapitalizedWord(context, index) || isSentenceStart(context, index)) return false;
  const next = index + 1;
  if (!isPlainCapitalizedWord(context, next) || !isSpacedWithinLine(tokens, next)) return false;
  if (context.lexicon.hasFlag(tokens.wordIds[next]!, stopwordFlag(context.language))) return false;
  return isNameWord(context, next, false) && !isTitleCaseLine(tokens, index, context.lexicon);
}

/**
 * An English function word of three letters or more capitalised inside a sentence, not a
 * month's name, with no capitalised word or number after it, on a line in sentence case.
 * Indonesian capitalises its own ("Sugiono Yang hadir") only by mistake.
 */
function isCapitalizedFunctionWordEndingName(context: RecognitionContext, index: number): boolean {
  const { tokens, lexicon } = context;
  if (context.language !== 'en' || !isPlainCapitalizedWord(context, index) || tokens.ends[index]! - tokens.starts[index]! < 3) return false;
  if (!isSpacedWithinLine(tokens, index) || isSentenceStart(context, index)) return false;
  const wordId = tokens.wordIds[index]!;
  if (!lexicon.hasFlag(wordId, WordFlag.StopwordEn) || lexicon.hasFlag(wordId, WordFlag.Month)) return false;
  return !isCapitalizedWord(context, index + 1) && tokens.kinds[index + 1] !== TokenKind.Number && !isTitleCaseLine(tokens, index, lexicon);
}

/** "Minister Madeleine King said": a title that is also a family name, with no name after it to be the title of. */
function isTitleEndingName(context: RecognitionContext, index: number): boolean {
  const { tokens, lexicon } = context;
  if (!isPlainCapitalizedWord(context, index) || !lexicon.titlesAlsoSurnames.has(tokens.wordIds[index]!)) return false;
  if (!isSpacedWithinLine(tokens, index)) return false;
  return !isCapitalizedWord(context, index + 1) && !isJoiningHyphen(tokens, index + 1) && !isTitleCaseLine(tokens, index, lexicon);
}

/**
 * "Minister Do Duc Duy", "Trade Minister An Duk-geun": a short surname that is also a
 * function word, right after a title and before more of the name.
 */
function isShortSurnameAfterTitle(context: RecognitionContext, index: number): boolean {
  const { tokens, lexicon } = context;
  if (!isPlainCapitalizedWord(context, index) || tokens.ends[index]! - tokens.starts[index]! > 2) return false;
  if (lexicon.innerNameTitles.has(tokens.wordIds[index]!)) return false;
  const wordFlags = lexicon.wordFlags(tokens.wordIds[index]!);
  if ((wordFlags & (WordFlag.StopwordEn | WordFlag.StopwordId | WordFlag.NonName)) === 0) return false;
  return isNameWord(context, index + 1, false);
}

function isApostropheAfterHonorific(context: RecognitionContext, index: number): boolean {
  const { tokens, lexicon } = context;
  if (tokens.kinds[index] !== TokenKind.Punct || !attached(context, index)) return false;
  const char = tokenChar(context, index);
  return (char === "'" || char === '’') && lexicon.nameHonorifics.has(tokens.wordIds[index - 1]!);
}

/**
 * Whether the word at `index` goes on a name that starts before it, so that it names no one
 * by itself: hyphenated onto a word that is no leader's name ("Araneta-Marcos", but not
 * "Milei-Lula"), after a quoted nickname ('"Sandro" Marcos') or after a name word
 * mid-sentence ("Vo Thi Anh Xuan"). An article or honorific before it goes with this name
 * ("Al-Rabiah", "Mr Al Mazrouei", "Gus Irfan").
 */
export function continuesNameBefore(context: RecognitionContext, index: number): boolean {
  const { tokens, lexicon } = context;
  const before = index - 1;
  if (before < 0) return false;
  if (tokens.kinds[before] === TokenKind.Punct && '"”'.includes(tokenChar(context, before))) {
    return isCapitalizedWord(context, before - 1) && attached(context, before);
  }
  const hyphenated = isJoiningHyphen(tokens, before);
  const word = hyphenated ? before - 1 : before;
  if (!isWord(tokens, word)) return false;
  const wordId = tokens.wordIds[word]!;
  if (lexicon.hasFlag(wordId, WordFlag.NameParticle) || lexicon.nameHonorifics.has(wordId) || lexicon.innerNameTitles.has(wordId)) return false;
  // "Gen Déby": a rank written without its dot.
  if (isCapitalizedWordIn(context, word, lexicon.serviceRanks)) return false;
  // '…," Jelas Luhut': a verb of saying after the quote it ends, no given name.
  if (lexicon.speechVerbs.has(wordId) && isMarkIn(context, word - 1, CLOSING_QUOTES)) return false;
  // "Milei-Lula": two leaders' names joined, not one compound surname.
  if (hyphenated) return context.matches.findKind(word, 'leader') < 0;
  return !attached(context, index) && isNameWord(context, before, false) && !isSentenceStart(context, before);
}

/**
 * "Hamdan bin [Mohammed]", "Rashid Al [Maktoum]": a name word after a patronymic or a particle
 * that follows a name word, part of a longer name (a father's, a family's).
 */
export function followsNameAndParticle(context: RecognitionContext, index: number): boolean {
  return isParticleAt(context, index - 1, true) && isNameWord(context, index - 2, false);
}

/** One past the patronymics and particles with their names from `end` ("bin Abdulaziz al Saud"), or `end`. */
export function patronymicChainEnd(context: RecognitionContext, end: number): number {
  if (!isParticleAt(context, end, false) || !isNameWord(context, end + 1, false)) return end;
  let at = end;
  for (;;) {
    if (!isParticleAt(context, at, true)) break;
    // "Al-Saud": a particle hyphenated onto the name.
    const name = isJoiningHyphen(context.tokens, at + 1) ? at + 2 : at + 1;
    if (!isNameWord(context, name, false)) break;
    at = name + 1;
    // "bin Abdul Aziz Al-Saud": the father's name may take more than one word.
    while (isNameWord(context, at, false) && !isParticleAt(context, at, true)) at++;
  }
  return at;
}

/** A patronymic ("bin") at `index`, or with `orParticle` any name particle ("van", "al"). */
function isParticleAt(context: RecognitionContext, index: number, orParticle: boolean): boolean {
  const { tokens, lexicon } = context;
  if (!isWord(tokens, index)) return false;
  const wordId = tokens.wordIds[index]!;
  return lexicon.patronymics.has(wordId) || (orParticle && lexicon.hasFlag(wordId, WordFlag.NameParticle));
}

/** Whether the token opens a sentence: a line's first, after a full stop or colon (and closing quotes), or after an opening quote. */
export function isSentenceStart(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  if (index === 0 || (tokens.flags[index]! & TokenFlag.LineStart) !== 0) return true;
  let previous = index - 1;
  // A quotation opens a sentence: '“Deterring Putin is ...', 'said, "Meeting Putin ...'.
  if (isOpeningQuote(context, previous)) return true;
  // Closing quotes after the full stop: '…," Kata Jokowi'.
  while (previous > 0 && tokens.kinds[previous] === TokenKind.Punct && '"”’\''.includes(tokenChar(context, previous))) previous--;
  // "Dr. Thomas": the dot of a title of address ends no sentence.
  if (isPunct(tokens, previous, '.') && attached(context, previous) && isInnerNameTitle(context, previous - 1)) return false;
  return tokens.kinds[previous] === TokenKind.Punct && '.!?:'.includes(tokenChar(context, previous));
}

/** An opening quote, or a straight one (opening or closing) with a space before it and none after it. */
function isOpeningQuote(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  if (index < 0 || tokens.kinds[index] !== TokenKind.Punct) return false;
  const char = tokenChar(context, index);
  if (!OPENING_QUOTES.has(char)) return false;
  if (!CLOSING_QUOTES.has(char)) return true;
  const spaced = index === 0 || (tokens.flags[index]! & (TokenFlag.SpaceBefore | TokenFlag.LineStart)) !== 0;
  return spaced && attached(context, index + 1);
}

/**
 * Whether the word at `index` follows the head of a street's, airport's or building's name,
 * with at most a title between: "Jl Jenderal Sudirman", "Bandara Sultan Hasanuddin"; or a
 * ship's: "kapal induk Charles de Gaulle", "USS Ronald Reagan".
 */
export function isInPlaceName(context: RecognitionContext, index: number): boolean {
  if (endsPlaceHead(context, index - 1) || isWordIn(context.tokens, index - 1, context.lexicon.vesselWordsBeforeName)) return true;
  return isCapitalizedWordWith(context, index - 1, WordFlag.TitleStart) && endsPlaceHead(context, index - 2);
}

/** "Bandara Internasional Sultan Iskandar Muda": a word like "Internasional" may follow the head. */
function endsPlaceHead(context: RecognitionContext, at: number): boolean {
  return isPlaceHeadAt(context, at) || (isCapitalizedWordWith(context, at, WordFlag.Portfolio) && isPlaceHeadAt(context, at - 1));
}

function isPlaceHeadAt(context: RecognitionContext, at: number): boolean {
  const head = isPunct(context.tokens, at, '.') ? at - 1 : at;
  return isCapitalizedWordIn(context, head, context.lexicon.namedPlaceHeads);
}

/** A capitalised word with no digits that is not all capitals. */
function isPlainCapitalizedWord(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  return isWord(tokens, index) && (tokens.flags[index]! & (TokenFlag.Capitalized | TokenFlag.HasDigit | TokenFlag.AllCaps)) === TokenFlag.Capitalized;
}

/**
 * English only: Indonesian writes a country after a name ("Raja Abdullah Yordania") for whose
 * king it is. The given name must be no known leader's ("President Ruto Kenya"), and nothing
 * capitalised may follow ("Minister Ali Iraq Airways").
 */
function isPlaceWordAsSurname(context: RecognitionContext, given: number, index: number): boolean {
  if (context.language !== 'en' || !isPlainCapitalizedWord(context, index) || isCapitalizedWord(context, index + 1)) return false;
  if (isPunct(context.tokens, index + 1, '-') || context.matches.findKind(given, 'leader') >= 0) return false;
  return isOneWordMatch(context, index, 'country') || isOneWordMatch(context, index, 'place');
}

/** Capital letters joined by dots as one word, inside a name: "L.P." in "Retno L.P. Marsudi". */
export function isJoinedInitials(context: RecognitionContext, index: number): boolean {
  const { tokens, text } = context;
  if (!isWord(tokens, index) || (tokens.flags[index]! & TokenFlag.AllCaps) === 0) return false;
  const start = tokens.starts[index]!;
  const end = tokens.ends[index]!;
  return end - start >= 3 && text.charCodeAt(start + 1) === 46 && text.charCodeAt(end - 1) === 46;
}

/** A single capital letter, its dot written against it, and a name word after: "R. K. Singh". */
export function isInitialBeforeName(context: RecognitionContext, index: number): boolean {
  if (!isCapitalLetter(context, index) || !isPunct(context.tokens, index + 1, '.') || !attached(context, index + 1)) return false;
  // "A.K Abdul Momen": the last initial may go without its dot.
  return isNameWord(context, index + 2, false) || isInitialBeforeName(context, index + 2) || (attached(context, index + 2) && isBareInitialBeforeName(context, index + 2));
}

/**
 * "Ts.Elbegdorj", "Kh.Battulga": a patronymic's first two letters, with its dot, written
 * against the name (Mongolian style); a space after the dot is an abbreviation ("St. Kitts").
 */
function isTwoLetterInitialBeforeName(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  if (!isWord(tokens, index) || tokens.ends[index]! - tokens.starts[index]! !== 2) return false;
  if ((tokens.flags[index]! & (TokenFlag.Capitalized | TokenFlag.AllCaps)) !== TokenFlag.Capitalized) return false;
  if (context.lexicon.wordFlags(tokens.wordIds[index]!) !== 0) return false;
  return isPunct(tokens, index + 1, '.') && attached(context, index + 1) && attached(context, index + 2) && isNameWord(context, index + 2, false);
}

/** A single capital letter with a space after it and a name word next ("H" in "Ahsan H Mansur", not "H-7"). */
function isBareInitialBeforeName(context: RecognitionContext, index: number): boolean {
  return isCapitalLetter(context, index) && !attached(context, index + 1) && isNameWord(context, index + 1, false);
}

/** A single capital letter: an initial ("K" of "K P Sharma Oli", "R" of "PNC-R"). */
export function isCapitalLetter(context: RecognitionContext, index: number): boolean {
  const { tokens } = context;
  return isWord(tokens, index) && tokens.ends[index]! - tokens.starts[index]! === 1 && (tokens.flags[index]! & TokenFlag.Capitalized) !== 0;
}

/** One past the words of a nickname from `start`: "Jokowi", "Isko Moreno". */
function nicknameEnd(context: RecognitionContext, start: number): number {
  let end = start;
  while (end - start < MAX_NICKNAME_WORDS && isNameWord(context, end, false)) end++;
  return end;
}

/**
 * "Ferdinand ‘Bongbong’ Marcos Jr": where a name at `start` follows a nickname in quotes and
 * a given name before it, where that given name starts; else `start`.
 */
export function quotedNicknameStartBefore(context: RecognitionContext, start: number): number {
  const close = start - 1;
  if (!isMarkIn(context, close, CLOSING_QUOTES) || !attached(context, close) || attached(context, start)) return start;
  let open = close - 1;
  while (close - open <= MAX_NICKNAME_WORDS && isNameWord(context, open, false)) open--;
  if (open === close - 1 || !isMarkIn(context, open, OPENING_QUOTES)) return start;
  if (!attached(context, open + 1) || attached(context, open)) return start;
  return isNameWord(context, open - 1, true) ? open - 1 : start;
}

function attached(context: RecognitionContext, index: number): boolean {
  return (context.tokens.flags[index]! & TokenFlag.SpaceBefore) === 0;
}

function isMarkIn(context: RecognitionContext, index: number, marks: ReadonlySet<string>): boolean {
  return context.tokens.kinds[index] === TokenKind.Punct && marks.has(tokenChar(context, index));
}

function tokenChar(context: RecognitionContext, index: number): string {
  return context.text.charAt(context.tokens.starts[index]!);
}

/** "Abbas Araghchi di Moskow": in Indonesian text a lower-case "di" is the preposition "at", not the Italian particle. */
function isPrepositionOfDocument(context: RecognitionContext, index: number): boolean {
  const { tokens, lexicon } = context;
  return context.language === 'id' && (tokens.flags[index]! & TokenFlag.Capitalized) === 0 && lexicon.hasFlag(tokens.wordIds[index]!, WordFlag.StopwordId);
}

/** The token after a courtesy title at `index` ("Mr", "Dr.", "Hon.", "Yang Berhormat"), or `index`. */
export function afterCourtesyTitle(context: RecognitionContext, index: number): number {
  const { tokens, lexicon } = context;
  if (!isCapitalizedWord(context, index) && !(isLowerCaseWord(context, index) && isWordIn(tokens, index, lexicon.lowerCaseCourtesyTitles))) return index;
  // "H. E." before "H." (Haji) alone.
  const phraseEnd = lexicon.courtesyPhrases.endStartingAt(tokens, index);
  if (phraseEnd > index) return phraseEnd;
  if (!lexicon.innerNameTitles.has(tokens.wordIds[index]!)) return index;
  return isPunct(tokens, index + 1, '.') && isAttachedToPrevious(tokens, index + 1) ? index + 2 : index + 1;
}

/** A word of a service rank: the rank itself ("Mayjen", "Lt") or a word grading it or naming the service ("Madya", "TNI"). */
export function isServiceRankWord(context: RecognitionContext, index: number): boolean {
  const wordId = context.tokens.wordIds[index]!;
  return context.lexicon.serviceRanks.has(wordId) || context.lexicon.serviceRankTails.has(wordId);
}

/** A title of address written before a name and no part of it: "Dr", "Mr", "Hon", "Tuan". */
export function isInnerNameTitle(context: RecognitionContext, index: number): boolean {
  return isWordIn(context.tokens, index, context.lexicon.innerNameTitles);
}

/** Where a courtesy title ending right before `start` begins ("Mr." in "Mr. Li"), or `start`. */
export function courtesyTitleStartBefore(context: RecognitionContext, start: number): number {
  if (start >= 2 && afterCourtesyTitle(context, start - 2) === start) return start - 2;
  return start >= 1 && afterCourtesyTitle(context, start - 1) === start ? start - 1 : start;
}

/** Where a name particle hyphenated onto the name part at `start` begins ("Al-" in "Al-Sisi"), or `start`. */
export function hyphenatedParticleStart(context: RecognitionContext, start: number): number {
  const particle = start - 2;
  return particle >= 0 && isWordWith(context, particle, WordFlag.NameParticle) && afterParticle(context, particle) === start && attached(context, start) ? particle : start;
}

/**
 * Where the honorifics written right before a name start, with the titles of address among
 * them and an apostrophe written against one ("Sheikh", "Datuk Seri Dr", "Dato' Seri",
 * "Dato Hj"): they belong to the name. Titles of address alone do not ("Dr Anwar").
 */
export function honorificsStartBefore(context: RecognitionContext, start: number): number {
  const { tokens, lexicon } = context;
  let styled = start;
  let at = start;
  while (at > 0 && (tokens.flags[at]! & TokenFlag.LineStart) === 0) {
    let word = at - 1;
    // "Dato' Seri": the apostrophe of the honorific; "Dr.": the dot of a title of address.
    const mark = (isPunct(tokens, word, "'") || isPunct(tokens, word, '’') || isPunct(tokens, word, '.')) && attached(context, word);
    if (mark) word--;
    if (!isCapitalizedWord(context, word)) break;
    const wordId = tokens.wordIds[word]!;
    if (lexicon.nameHonorifics.has(wordId) && !isPunct(tokens, word + 1, '.')) styled = word;
    else if (!lexicon.innerNameTitles.has(wordId) || isPunct(tokens, word + 1, "'") || isPunct(tokens, word + 1, '’')) break;
    at = word;
  }
  return styled;
}

/** "Turki" of "Turki bin Abdullah Al-Shabanah": a word before a patronymic and the father's name is a given name, though it names a country. */
export function isGivenNameBeforePatronymic(context: RecognitionContext, index: number): boolean {
  const { tokens, lexicon } = context;
  return isWordIn(tokens, index + 1, lexicon.patronymics) && isCapitalizedWord(context, index + 2);
}

/** A word after the Arabic article that follows a name word ("Abdulaziz Al Saudi", "Ahmed Al-Kuwaiti"): a family name (nisba). */
export function isNisbaAt(context: RecognitionContext, index: number): boolean {
  const { tokens, lexicon } = context;
  let article = index - 1;
  if (isJoiningHyphen(tokens, article)) article--;
  return isWordIn(tokens, article, lexicon.nisbaArticles) && isCapitalizedWord(context, article - 1) && (tokens.flags[article]! & TokenFlag.LineStart) === 0;
}

/** Where initials written against the name word at `start` begin ("A.K" before "Abdul Momen"), or `start`. */
export function initialsStartBefore(context: RecognitionContext, start: number): number {
  let at = start;
  while (at >= 2 && isPunct(context.tokens, at - 1, '.') && attached(context, at) && attached(context, at - 1) && isCapitalLetter(context, at - 2)) at -= 2;
  return at;
}

const MAX_DEGREE_TOKENS = 5;

/** A degree as the lexicon lists it ("MSi", "M.Si", "S.H."), set off by a space, at `index`. */
function isAcademicDegreeAt(context: RecognitionContext, index: number): boolean {
  const { tokens, text, lexicon } = context;
  const flags = tokens.flags[index]!;
  if (tokens.kinds[index] !== TokenKind.Word || (flags & TokenFlag.Capitalized) === 0 || (flags & TokenFlag.SpaceBefore) === 0) return false;
  // Asked after every name word: most are ruled out by their id, before any text is cut out.
  if (!lexicon.academicDegreeStarts.has(tokens.wordIds[index]!)) return false;
  // The degree's letters and dots, written together ("M.Si", "Ph.D.").
  let end = index + 1;
  while (end < tokens.count && end - index < MAX_DEGREE_TOKENS && isAttachedToPrevious(tokens, end) && (tokens.kinds[end] === TokenKind.Word || isPunct(tokens, end, '.'))) end++;
  const written = text.slice(tokens.starts[index]!, tokens.ends[end - 1]!);
  return lexicon.academicDegrees.has(written) || (written.endsWith('.') && lexicon.academicDegrees.has(written.slice(0, -1)));
}

const ROMAN_NUMERAL = /^[IVXLC]+$/;

/** A regnal or ordinal number written as a Roman numeral: "X", "II", "XVI". */
export function isRomanNumeral(context: RecognitionContext, index: number): boolean {
  return isCapitalizedWord(context, index) && ROMAN_NUMERAL.test(tokenText(context.tokens, index));
}

/** After "Hamengku Buwono", the token past "(HB) X" (initials in brackets and a regnal number ending the name), or `index`. */
export function endOfInitialsAndRegnalNumber(context: RecognitionContext, index: number): number {
  const { tokens } = context;
  const initials = index + 1;
  if (!isPunct(tokens, index, '(') || !isWord(tokens, initials) || (tokens.flags[initials]! & TokenFlag.AllCaps) === 0 || !isPunct(tokens, initials + 1, ')')) return index;
  const numeral = initials + 2;
  return isRomanNumeral(context, numeral) && !isNameWord(context, numeral + 1, false) ? numeral + 1 : index;
}

/** A woman's given name before the name, after her address ("Ibu", "Ibu Negara", "Hj.", "Mrs", "First Lady"). */
export function isWifeNamedAfter(context: RecognitionContext, nameStart: number): boolean {
  const { tokens, lexicon } = context;
  const given = nameStart - 1;
  if (!isNameWord(context, given, false) || context.matches.findKind(given, 'leader') >= 0) return false;
  let at = given - 1;
  if (isPunct(tokens, at, '.')) at--;
  // "Ibu Negara": the address before the word for the state.
  if (isWordSpelled(tokens, at, 'negara') && isWordIn(tokens, at - 1, lexicon.womenAddresses)) return true;
  return isWordIn(tokens, at, lexicon.womenAddresses);
}

/** Words after a name that may reach the head of what is named after him ("Abdullah II Airbase"). */
const MAX_NAMESAKE_WORDS = 3;

/** Whether the capitalised words right after a name, on its line, reach a name's head noun ("Center", "Port Authority"). */
export function isNamesakeBody(context: RecognitionContext, after: number): boolean {
  const { tokens } = context;
  for (let at = after; at < after + MAX_NAMESAKE_WORDS; at++) {
    if ((tokens.flags[at]! & TokenFlag.LineStart) !== 0 || !isCapitalizedWord(context, at)) return false;
    if (context.lexicon.hasFlag(tokens.wordIds[at]!, WordFlag.NameHeadAfter)) return true;
    // "Prabowo Hadiri SEA Games", "Putin Holds Talks": a headline's verb goes between him and an event.
    if (context.language === 'id' ? context.lexicon.nonNameWords.id.has(tokens.wordIds[at]!) : context.lexicon.headlineVerbs.has(tokens.wordIds[at]!)) return false;
  }
  return false;
}

/**
 * "Raja Riaz", "Raja Pervaiz Ashraf": in English text a word that is a title only in
 * Indonesian and opens given names there too is the man's given name; so it is in either
 * language before the Arabic article ("Sultan Al Jaber").
 */
export function isGivenNameNotTitle(context: RecognitionContext, index: number): boolean {
  if (!isWordWith(context, index, WordFlag.GivenNameTitle)) return false;
  const { lexicon } = context;
  if (isCapitalizedWordIn(context, index + 1, lexicon.nisbaArticles)) return true;
  if (context.language !== 'en') return false;
  const { matches } = context;
  for (let k = 0; k < matches.countAt(index); k++) {
    const payload = matches.payloadAt(index, k);
    if (payload.kind === 'title' && payload.language === 'en') return false;
  }
  return true;
}

/** "-led", "-backed", "-friendly" written against a name: what the name's holder leads or backs. */
function isStanceSuffixAt(context: RecognitionContext, index: number): boolean {
  return isLowerCaseWord(context, index) && context.lexicon.hasFlag(context.tokens.wordIds[index]!, WordFlag.StanceAfter);
}
