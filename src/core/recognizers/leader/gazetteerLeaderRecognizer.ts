import type { LeaderEntry } from '../../data/schemas';
import { WordFlag } from '../../lexicon/lexicon';
import { createCandidate, Priority, type Candidate } from '../../pipeline/candidate';
import { followsLeaderTitle, forEachNameMatch, isCapitalizedWord, isJoiningHyphen, isLowerCaseWord, isPunct, isWord, isWordIn, isWordWith, matchEndingAt, matchOfKind, type RecognitionContext, type Recognizer } from '../../pipeline/recognitionContext';
import { spellsInOrder } from '../../text/abbreviation';
import { isTitleCaseLine } from '../../text/lineShape';
import { TokenFlag, tokenText } from '../../text/tokenize';
import { leaderKey } from './leaderIdentity';
import {
  continuesNameBefore,
  courtesyTitleStartBefore,
  followsCompanyName,
  followsNameAndParticle,
  generationalSuffixEnd,
  honorificsStartBefore,
  hyphenatedParticleStart,
  initialsStartBefore,
  isInPlaceName,
  isJuniorAfter,
  isNamesakeBody,
  isNameWord,
  isNonNameWordBeforeName,
  isRomanNumeral,
  isServiceRankWord,
  isWifeNamedAfter,
  patronymicChainEnd,
  quotedNicknameStartBefore,
} from './personName';

/**
 * "Pope Francis": a gazetteer name of a title and one word, the title no part of the span
 * as the guidelines want it. (A title that is also a given name, "Sultan Najamudin", stays.)
 */
function leadingTitleLength(context: RecognitionContext, tokenStart: number, tokenEnd: number): number {
  if (isWordWith(context, tokenStart, WordFlag.GivenNameTitle)) return 0;
  const title = matchOfKind(context, tokenStart, 'title');
  return title?.payload.leader && title.tokenEnd === tokenEnd - 1 ? title.tokenEnd - tokenStart : 0;
}

/** Leaders the gazetteer knows by name or short form, with no title in the text. */
export const recognizeGazetteerLeaders: Recognizer = (context, out) => {
  const { wordIds } = context.tokens;
  const shortForms: Array<{ candidate: Candidate; wordId: number }> = [];
  const sharedWords = new Set<number>();
  const namedInFull = new Set<LeaderEntry>();
  const startingOtherNames = new Set<number>();
  const namedAsAides = new Set<LeaderEntry>();
  forEachNameMatch(context, 'leader', ({ leader }, tokenStart, tokenEnd) => {
    if (isStartOfAnotherName(context, tokenStart, tokenEnd) || isAbbreviationDefined(context, tokenStart, tokenEnd)) {
      startingOtherNames.add(wordIds[tokenStart]!);
      return;
    }
    // "Ferdinand ‘Bongbong’ Marcos Jr": his given name and nickname before the short form.
    const nicknameStart = quotedNicknameStartBefore(context, tokenStart);
    const nicknamed = nicknameStart < tokenStart && isWordOfName(context, nicknameStart, leader);
    // "Joko “Jokowi” Widodo": his known nickname in quotes between his given name and surname.
    if (tokenEnd - tokenStart === 1 && isWordOfName(context, tokenEnd + 1, leader) && isNameWord(context, tokenEnd + 1, false)) {
      const givenName = quotedNicknameStartBefore(context, tokenEnd + 1);
      if (givenName === tokenStart - 2 && isWordOfName(context, givenName, leader)) {
        pushLeader(out, context, leader, givenName, tokenEnd + 2);
        namedInFull.add(leader);
        return;
      }
    }
    if (!nicknamed && isEndOfAnotherName(context, tokenStart, tokenEnd)) {
      // "Sung Yong Kim": a surname millions share, here someone else's.
      if (isCommonSurname(context, tokenStart)) sharedWords.add(wordIds[tokenStart]!);
      return;
    }
    // "Li-ion": a short form hyphenated onto a lower-case word makes a compound.
    if (tokenEnd - tokenStart === 1 && isJoiningHyphen(context.tokens, tokenEnd) && isLowerCaseWord(context, tokenEnd + 1)) return;
    // "Komisi XI", "Pope Leo XIV": a Roman numeral after a name, not the short form "Xi".
    if (isRomanNumeralAfterName(context, tokenStart, tokenEnd)) return;
    // "Kawasan Industri Medan (KIM)": an abbreviation, not the short form "Kim".
    if (isAcronymOfShortForm(context, leader, tokenStart, tokenEnd)) return;
    // "Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum": a known name after "bin" is the
    // father's, inside the son's name; "Maktoum bin Mohammed" is not the known "Maktoum".
    if (followsNameAndParticle(context, tokenStart)) return;
    const chainEnd = patronymicChainEnd(context, tokenEnd);
    if (chainEnd > tokenEnd && tokenEnd - tokenStart === 1) return;
    // "Direktur Utama PT Dirgantara Indonesia Budi Santoso": a company's head, the namesake of a leader.
    if (followsCompanyName(context, tokenStart)) return;
    // "Donald Trump Jr.": his son.
    if (isJuniorAfter(context, tokenEnd, [leader.name, ...leader.aliases])) return;
    // "Jalan Soekarno": a street or building named after a leader.
    if (isInPlaceName(context, tokenStart)) return;
    // "Ibu Negara Iriana Joko Widodo", "Ibu Hj. Wury Ma'ruf Amin": his wife, by her name and his.
    if (tokenEnd - tokenStart > 1 && isWifeNamedAfter(context, tokenStart)) return;
    // "didampingi ajudan Mayor Inf Teddy Indra Wijaya": named as someone's aide, in an earlier post.
    if (isNamedAsAide(context, tokenStart, leader)) {
      namedAsAides.add(leader);
      return;
    }
    // "John F. Kennedy Center", "Jawaharlal Nehru Port Authority": a body named after a leader.
    if (isNamesakeBody(context, tokenEnd)) return;
    // "Mohammad bin Salman bin Abdulaziz al Saud": his name, his father's after it.
    // "Bongbong Marcos Jr": the short form with his generational suffix.
    const end = Math.max(chainEnd, familyNamesEnd(context, tokenEnd, leader), generationalSuffixEnd(context, tokenEnd));
    const start = tokenStart + leadingTitleLength(context, tokenStart, tokenEnd);
    // "Mr. U.Khurelsukh": initials written against the name are part of it.
    const withInitials = initialsStartBefore(context, hyphenatedParticleStart(context, tokenStart));
    const candidate = pushLeader(out, context, leader, start > tokenStart ? start : nicknamed ? nicknameStart : honorificsStartBefore(context, withInitials), end);
    if (tokenEnd - tokenStart === 1) {
      const othersAlike = isCommonSurname(context, tokenStart) && (courtesyTitleStartBefore(context, tokenStart) < tokenStart || followsGivenName(context, tokenStart));
      if (othersAlike) sharedWords.add(wordIds[tokenStart]!);
      shortForms.push({ candidate, wordId: wordIds[tokenStart]! });
    } else namedInFull.add(leader);
  });
  // "First Lady Kim Keon-hee ... Kim said": where the text names someone else with a
  // leader's one-word short form and never the leader in full, the short form is theirs.
  // "Ketua Asosiasi Smelter China, Mr. Li", "Sung Yong Kim ... Kim said": likewise every
  // mention of a surname as short as the commonest ones, once the text gives it to someone
  // after a courtesy title or given names ("Sung Kim", even opening a sentence), where the
  // text never names the leader in full or after an office's title. ("Mr Trudeau",
  // "Mr. Garibashvili" alone are the leaders.)
  const titled = leadersAfterTitle(context, shortForms.filter((form) => sharedWords.has(form.wordId) && !namedInFull.has(form.candidate.leader!)));
  const others = shortForms.filter(
    ({ candidate, wordId }) =>
      !namedInFull.has(candidate.leader!) &&
      (startingOtherNames.has(wordId) || namedAsAides.has(candidate.leader!) || (sharedWords.has(wordId) && !titled.has(candidate.leader!))),
  );
  if (others.length > 0) removeAll(out, new Set(others.map(({ candidate }) => candidate)));
};

function pushLeader(out: Candidate[], context: RecognitionContext, leader: LeaderEntry, start: number, end: number): Candidate {
  const candidate = createCandidate(context.tokens, 'leader', start, end, Priority.gazetteerLeader, leaderKey(leader));
  candidate.leader = leader;
  candidate.countryCode = leader.country;
  out.push(candidate);
  return candidate;
}

/** One of the words of the leader's gazetteer name: "Ferdinand" of "Ferdinand Marcos Jr". */
function isWordOfName(context: RecognitionContext, index: number, leader: LeaderEntry): boolean {
  return isWord(context.tokens, index) && leader.name.split(' ').includes(tokenText(context.tokens, index));
}

/** A name word right before `start`, even one opening a sentence: "Sung" in "Sung Kim". */
function followsGivenName(context: RecognitionContext, start: number): boolean {
  return (context.tokens.flags[start]! & TokenFlag.SpaceBefore) !== 0 && isNameWord(context, start - 1, true);
}

/**
 * An aide's word just before the name, or before the service rank the name is given; not
 * one of the leader's own offices ("National Security Advisor Marco Rubio", "Chief Adviser
 * Muhammad Yunus").
 */
function isNamedAsAide(context: RecognitionContext, nameStart: number, leader: LeaderEntry): boolean {
  const { tokens, lexicon } = context;
  let at = nameStart - 1;
  while (at > 0 && nameStart - at <= MAX_RANK_WORDS && isCapitalizedWord(context, at) && isServiceRankWord(context, at)) at--;
  if (!isWordIn(tokens, at, lexicon.aidesBefore)) return false;
  const word = tokenText(tokens, at).toLowerCase();
  return !leader.offices.some(({ role }) => [role.en, role.id].some((name) => name.toLowerCase().split(' ').includes(word)));
}

const MAX_RANK_WORDS = 3;

function removeAll(out: Candidate[], removed: ReadonlySet<Candidate>): void {
  let kept = 0;
  for (const candidate of out) if (!removed.has(candidate)) out[kept++] = candidate;
  out.length = kept;
}

/** "Li", "Xi", "Lee", "Kim": short forms that millions share. */
const MAX_COMMON_SURNAME_LENGTH = 3;

function isCommonSurname(context: RecognitionContext, index: number): boolean {
  return context.tokens.ends[index]! - context.tokens.starts[index]! <= MAX_COMMON_SURNAME_LENGTH;
}

/**
 * One past the family names with their Arabic article that the gazetteer's full name holds,
 * written after a short form: "Sheikh Mishal Al Sabah" of "Mishal Al-Ahmad Al-Jaber Al-Sabah".
 */
function familyNamesEnd(context: RecognitionContext, end: number, leader: LeaderEntry): number {
  const { tokens, lexicon } = context;
  let nameWords: string[] | undefined;
  let at = end;
  for (;;) {
    if (!isWord(tokens, at) || !lexicon.nisbaArticles.has(tokens.wordIds[at]!)) return at;
    const family = isJoiningHyphen(tokens, at + 1) ? at + 2 : at + 1;
    if (!isCapitalizedWord(context, family) || (tokens.flags[family]! & TokenFlag.LineStart) !== 0) return at;
    nameWords ??= leader.name.toLowerCase().split(/[\s-]+/);
    if (!nameWords.includes(tokenText(tokens, family).toLowerCase())) return at;
    at = family + 1;
  }
}

/** Which of the leaders of `forms` any of their short forms names right after an office's title ("President Xi ... Mr. Xi"). */
function leadersAfterTitle(context: RecognitionContext, forms: ReadonlyArray<{ candidate: Candidate }>): Set<LeaderEntry> {
  const titled = new Set<LeaderEntry>();
  if (forms.length === 0) return titled;
  const leaders = new Set(forms.map(({ candidate }) => candidate.leader!));
  forEachNameMatch(context, 'leader', ({ leader }, tokenStart) => {
    if (leaders.has(leader) && followsLeaderTitle(context, courtesyTitleStartBefore(context, tokenStart))) titled.add(leader);
  });
  return titled;
}


/** Words of a name that an abbreviation in parentheses may shorten. */
const MAX_ABBREVIATED_WORDS = 4;

/**
 * "Rapat Terbatas (Ratas)": a one-word short form in parentheses right after capitalised
 * words it abbreviates (it spells its letters in order from the first's) is their
 * abbreviation, here and wherever the text repeats it; "Joko Widodo (Jokowi)" is a leader's
 * nickname after his name.
 */
function isAbbreviationDefined(context: RecognitionContext, start: number, end: number): boolean {
  const { tokens, text } = context;
  if (end - start !== 1 || !isPunct(tokens, start - 1, '(') || !isPunct(tokens, end, ')')) return false;
  const last = start - 2;
  let first = last;
  while (first > 0 && last - first + 1 < MAX_ABBREVIATED_WORDS && isCapitalizedWord(context, first - 1) && (tokens.flags[first]! & TokenFlag.LineStart) === 0) first--;
  if (first === last || !isCapitalizedWord(context, first) || matchEndingAt(context, 'leader', start - 1, MAX_ABBREVIATED_WORDS) !== undefined) return false;
  return spellsInOrder(text, tokens.starts[start]!, tokens.ends[start]!, tokens.starts[first]!, tokens.ends[last]!);
}

/**
 * A one-word short form followed by another capitalised name word names someone else:
 * "Li" is Li Qiang, but "Li Xing" is not. In a title-case headline every word is
 * capitalised, so there the short form stands.
 */
function isStartOfAnotherName(context: RecognitionContext, start: number, end: number): boolean {
  const { tokens, lexicon } = context;
  // A name ends with its line: "Bertemu Khamenei" as a subheading before "Pada hari ...".
  if (end - start !== 1 || (tokens.flags[end]! & TokenFlag.SpaceBefore) === 0 || (tokens.flags[end]! & TokenFlag.LineStart) !== 0) return false;
  // "Marcos Jr": a generational suffix goes with the short form.
  if (generationalSuffixEnd(context, end) > end) return false;
  return (isNameWord(context, end, false) || isNonNameWordBeforeName(context, end)) && !isTitleCaseLine(tokens, start, lexicon);
}

/**
 * Likewise after another name word: "Pramono" is Pramono Anung, but "Siswo Pramono" and
 * "Araneta-Marcos" are not. An honorific is no other name: "Datuk Anwar", "Sheikh Tamim".
 */
function isEndOfAnotherName(context: RecognitionContext, start: number, end: number): boolean {
  const { tokens, lexicon } = context;
  if (end - start !== 1 || (tokens.flags[start]! & TokenFlag.LineStart) !== 0) return false;
  return continuesNameBefore(context, start) && !isTitleCaseLine(tokens, start, lexicon);
}

/** A one-word short form written in capitals as a Roman numeral ("XI"), right after a capitalised word on its line. */
function isRomanNumeralAfterName(context: RecognitionContext, start: number, end: number): boolean {
  const { tokens } = context;
  if (end - start !== 1 || (tokens.flags[start]! & (TokenFlag.AllCaps | TokenFlag.LineStart)) !== TokenFlag.AllCaps) return false;
  return isCapitalizedWord(context, start - 1) && isRomanNumeral(context, start);
}

/**
 * A one-word short form written in capitals that the gazetteer does not write so ("KIM" for
 * "Kim", but "SBY" is listed so): an acronym, unless capitals run into it ("PRESIDENT
 * MNANGAGWA has sent", as some papers open a story) or the line is a headline.
 */
function isAcronymOfShortForm(context: RecognitionContext, leader: LeaderEntry, start: number, end: number): boolean {
  const { tokens } = context;
  if (end - start !== 1 || (tokens.flags[start]! & TokenFlag.AllCaps) === 0) return false;
  if (start > 0 && (tokens.flags[start - 1]! & TokenFlag.AllCaps) !== 0 && (tokens.flags[start]! & TokenFlag.LineStart) === 0) return false;
  const written = tokenText(tokens, start);
  return written !== leader.name && !leader.aliases.includes(written) && !isTitleCaseLine(tokens, start, context.lexicon);
}
