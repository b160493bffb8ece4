import { MoreWordFlag, WordFlag } from '../lexicon/lexicon';
import { createLeaderMention, type Candidate } from '../pipeline/candidate';
import { isCapitalizedWord, isLowerCaseWord, isPunct, isWord, isWordIn, isWordSpelled, isWordWith, type RecognitionContext } from '../pipeline/recognitionContext';
import { isNameWord } from '../recognizers/leader/personName';
import { TokenFlag, tokenRangeText, tokenText } from '../text/tokenize';
import { firstStartingFrom } from '../model/spanOrder';
import { nameHolds, recentLeaders } from './recentLeaders';
import { isQuantity, mergeGapFillers } from './resolveOverlaps';

const MAX_NICKNAME_WORDS = 3;
/** How far back a nickname without a name after it ("Busan, sapaan akrabnya") looks for its leader. */
const MAX_TOKENS_BACK = 200;

/**
 * Nicknames the text introduces for a leader found elsewhere: "Gus Irfan, sapaan Irfan
 * Yusuf", "ujar Busan, sapaan akrabnya" (the leader named last), "Budi Santoso, yang akrab
 * disapa Busan". Each becomes a mention of that leader, in place of any place or
 * organisation the same words would name ("Busan"), so that findRepeatedNames then finds
 * its other uses.
 */
export function findNicknames(context: RecognitionContext, accepted: Candidate[]): Candidate[] {
  const { tokens, lexicon } = context;
  const nicknames: Candidate[] = [];
  for (let index = 1; index < tokens.count; index++) {
    if ((tokens.flags[index]! & TokenFlag.Capitalized) !== 0) continue;
    const marker = lexicon.moreWordFlags(tokens.wordIds[index]!);
    const phraseEnd = lexicon.nicknamePhrasesAfterName.endStartingAt(tokens, index);
    if (marker === 0 && phraseEnd < 0) continue;
    let span: { start: number; end: number } | undefined;
    let leader: Candidate | undefined;
    if (phraseEnd > 0) {
      // "Rao, popularly known as KTR": the leader named right before the comma.
      span = nameRunStartingAt(context, phraseEnd);
      let comma = index - 1;
      if (isLowerCaseWord(context, comma)) comma--;
      const name = span && isPunct(tokens, comma, ',') ? nameRunEndingAt(context, comma) : undefined;
      if (name) leader = leaderCovering(accepted, tokens.starts[comma - 1]!) ?? leaderNamed(context, accepted, name, name.start);
    } else if (marker & MoreWordFlag.NicknameBefore && isPunct(tokens, index - 1, ',')) {
      // "NICK, sapaan [akrab[nya]] [NAME]": the leader named after the marker, or else the one named last.
      span = nameRunEndingAt(context, index - 1);
      if (!span) continue;
      let next = index + 1;
      while (next < index + 3 && isLowerCaseWord(context, next)) next++;
      const name = isNameWord(context, next, false) ? nameRunStartingAt(context, next) : undefined;
      leader = name ? leaderCovering(accepted, tokens.starts[next]!) ?? leaderNamed(context, accepted, name, span.start) : leaderBefore(context, accepted, span.start, span);
    } else if (marker & MoreWordFlag.NicknameAfter) {
      // "NAME, yang akrab disapa NICK": the leader named right before the clause, not "pria yang akrab disapa".
      span = nameRunStartingAt(context, index + 1);
      const end = span && endOfNameBeforeClause(context, index);
      if (!span || end === undefined) continue;
      // "ujar gubernur yang akrab disapa Miq Iqbal", "Bupati Bantaeng yang ...", "Mendag yang ...":
      // an office standing for the leader named last.
      const office = officeEndingAt(context, end);
      const name = office < 0 ? nameRunEndingAt(context, end) : undefined;
      if (office >= 0) leader = leaderBefore(context, accepted, office, span);
      else if (name) leader = leaderCovering(accepted, tokens.starts[end - 1]!) ?? leaderNamed(context, accepted, name, name.start);
    }
    if (!span || !leader) continue;
    nicknames.push(createLeaderMention(tokens, leader, span.start, span.end));
  }
  for (const leader of accepted) {
    const nickname = nicknameAfterName(context, leader);
    if (nickname === undefined) continue;
    nicknames.push(createLeaderMention(tokens, leader, nickname.start, nickname.end));
  }
  if (nicknames.length === 0) return accepted;
  // Its other uses that name a place or organisation too ("ujar Busan" after "Busan, sapaan akrabnya").
  const byText = new Map(nicknames.map((n) => [context.text.slice(n.start, n.end), n]));
  for (const candidate of accepted) {
    if (candidate.type !== 'place' && candidate.type !== 'organization') continue;
    const nickname = byText.get(context.text.slice(candidate.start, candidate.end));
    if (!nickname || nickname.start === candidate.start) continue;
    nicknames.push(createLeaderMention(tokens, nickname, candidate.tokenStart, candidate.tokenEnd));
  }
  nicknames.sort((a, b) => a.start - b.start);
  // The nickname wins over a place or organisation on its words ("Busan" the city), not over a leader.
  const leaderTokens = new Uint8Array(tokens.count);
  for (const candidate of accepted) if (candidate.type === 'leader') leaderTokens.fill(1, candidate.tokenStart, candidate.tokenEnd);
  const fillers = nicknames.filter((n) => !leaderTokens.subarray(n.tokenStart, n.tokenEnd).includes(1));
  const nicknameTokens = new Uint8Array(tokens.count);
  for (const nickname of fillers) nicknameTokens.fill(1, nickname.tokenStart, nickname.tokenEnd);
  const kept = accepted.filter((c) => isQuantity(c.type) || !nicknameTokens.subarray(c.tokenStart, c.tokenEnd).includes(1));
  return mergeGapFillers(kept, fillers);
}

/**
 * A one-word nickname or abbreviation right after a leader's full name: "Budi Santoso atau
 * Busan", "alias", or in parentheses ("Hidayat Nur Wahid (HNW)"); after "alias" also one of a
 * few words ("Tjok Oka Artha Ardhana Sukawati alias Cok Ace"), after "atau" a short given
 * name and the family name ("Thomas Trikasih Lembong atau Tom Lembong"). Returns its tokens, or
 * undefined. Not another leader, country, organisation or office ("Prabowo atau Gibran",
 * "Prabowo Subianto (Gerindra)"), a capital, nor a word of the name itself.
 */
function nicknameAfterName(context: RecognitionContext, leader: Candidate): { start: number; end: number } | undefined {
  const { tokens, lexicon } = context;
  if (leader.type !== 'leader' || leader.tokenEnd - leader.tokenStart < 2) return undefined;
  const after = leader.tokenEnd;
  const parenthesized = isPunct(tokens, after, '(') && isPunct(tokens, after + 2, ')');
  if (!parenthesized && !lexicon.nicknameOr.has(tokens.wordIds[after] ?? -1)) return undefined;
  // "Arief Rohman (Blora), Sudewo (Pati), dan ...": each name with the place or portfolio it stands for.
  if (parenthesized && isItemOfParenthesizedList(context, leader)) return undefined;
  const nickname = after + 1;
  if (!isCapitalizedWord(context, nickname)) return undefined;
  // "Yoon Suk Yeol (R)": a caption's letter for the right, left or centre.
  if (tokens.ends[nickname]! - tokens.starts[nickname]! < 2) return undefined;
  let end = nickname + 1;
  if (isCapitalizedWord(context, end)) {
    if (parenthesized) return undefined;
    const run = nameRunStartingAt(context, nickname);
    if (!run || isCapitalizedWord(context, run.end)) return undefined;
    // "Thomas Trikasih Lembong atau Tom Lembong": after "atau" a short name with his family name.
    if (!lexicon.nicknameAliases.has(tokens.wordIds[after]!) && !(run.end === nickname + 2 && tokens.hashes[run.end - 1] === tokens.hashes[leader.tokenEnd - 1])) return undefined;
    end = run.end;
  }
  // "Gilberto Gil (Culture)": his portfolio, not his nickname.
  if (lexicon.hasFlag(tokens.wordIds[nickname]!, WordFlag.TitleStart | WordFlag.Portfolio)) return undefined;
  // "Mohamed Bin Zayed Al Nahyan (Sheikh)", "Abiy Ahmed (PhD)": his style or degree.
  const wordId = tokens.wordIds[nickname]!;
  if (lexicon.nameHonorifics.has(wordId) || lexicon.innerNameTitles.has(wordId) || lexicon.degreesAfterName.has(wordId)) return undefined;
  const matches = context.matches;
  for (let k = 0; k < matches.countAt(nickname); k++) {
    const entry = matches.payloadAt(nickname, k);
    if (entry.kind === 'leader' || entry.kind === 'country' || entry.kind === 'title') return undefined;
    if (parenthesized && entry.kind === 'organization') return undefined;
    // A capital stands for its government ("Prabowo atau Jakarta"); "Busan" may be a nickname.
    if (entry.kind === 'place' && entry.capitalOf) return undefined;
  }
  const allCaps = (tokens.flags[nickname]! & TokenFlag.AllCaps) !== 0;
  // "Reinette Klever (PVV)": her party's letters; "Hidayat Nur Wahid (HNW)", "Sheikh Mohamed bin Zayed (MBZ)" open with a name word's.
  if (parenthesized && allCaps && !opensWithInitialOf(context, nickname, leader)) return undefined;
  if (!allCaps && !isNameWord(context, nickname, true) && matches.countAt(nickname) === 0) return undefined;
  const written = tokenText(context.tokens, nickname);
  for (let i = leader.tokenStart; i < leader.tokenEnd; i++) if (tokenText(context.tokens, i) === written) return undefined;
  return { start: nickname, end };
}

/** Whether the abbreviation's first letter is the initial of a word of the name, or of a style just before it. */
function opensWithInitialOf(context: RecognitionContext, abbreviation: number, leader: Candidate): boolean {
  const { tokens, text } = context;
  const letter = text.charCodeAt(tokens.starts[abbreviation]!);
  // The style's letter is often kept: "H Muhammad Rudi (HMR)", "Tuan Guru Bajang M Zainul Majdi (TGB)".
  const style = context.lexicon.courtesyPhrases.startEndingAt(tokens, leader.tokenStart - 1);
  const from = style >= 0 ? Math.min(style, leader.tokenStart - 2) : leader.tokenStart - 2;
  for (let t = Math.max(0, from); t < leader.tokenEnd; t++) if (isCapitalizedWord(context, t) && text.charCodeAt(tokens.starts[t]!) === letter) return true;
  return false;
}

/** Whether another "Name (Word)" item of a list is joined to the leader's, before it or after its "(Word)". */
function isItemOfParenthesizedList(context: RecognitionContext, leader: Candidate): boolean {
  const { tokens } = context;
  let before = leader.tokenStart - 1;
  if (isWordWith(context, before, WordFlag.ListJoiner)) before--;
  if (isPunct(tokens, before, ',')) before--;
  const joinedBefore = before < leader.tokenStart - 1;
  if (joinedBefore && isBracketedWordAt(context, before - 2) && isCapitalizedWord(context, before - 3)) return true;
  const afterItem = leader.tokenEnd + 3;
  let next = afterItem;
  if (isPunct(tokens, next, ',')) next++;
  if (isWordWith(context, next, WordFlag.ListJoiner)) next++;
  if (next === afterItem) return false;
  const nameStart = next;
  for (let words = 0; words < MAX_LIST_NAME_WORDS && isCapitalizedWord(context, next); words++) next++;
  return next > nameStart && isBracketedWordAt(context, next);
}

/** "(Blora)": a capitalised word in brackets, the opening one at `index`. */
function isBracketedWordAt(context: RecognitionContext, index: number): boolean {
  return isPunct(context.tokens, index, '(') && isCapitalizedWord(context, index + 1) && isPunct(context.tokens, index + 2, ')');
}

const MAX_LIST_NAME_WORDS = 4;

/** One past the token before "[,] [atau] yang [akrab|biasa] disapa" at the marker `index`, or undefined. */
function endOfNameBeforeClause(context: RecognitionContext, index: number): number | undefined {
  const { tokens } = context;
  let at = index - 1;
  while (at > index - 3 && isLowerCaseWord(context, at) && !isWordSpelled(tokens, at, 'yang')) at--;
  if (!isWordSpelled(tokens, at, 'yang')) return undefined;
  at--;
  // "Mustapa Mohamed atau yang disapa Tok Pa"
  if (isWordIn(tokens, at, context.lexicon.nicknameOr)) at--;
  if (isPunct(tokens, at, ',')) at--;
  return at >= 0 ? at + 1 : undefined;
}

/** The first token of an office title in the few words before `end` ("Bupati Bantaeng", "Mendag"), or -1. */
function officeEndingAt(context: RecognitionContext, end: number): number {
  const { tokens, lexicon } = context;
  for (let at = end - 1; at >= 0 && at >= end - MAX_NICKNAME_WORDS; at--) {
    if (!isWord(tokens, at)) return -1;
    if (lexicon.hasFlag(tokens.wordIds[at]!, WordFlag.TitleStart) && context.matches.findKind(at, 'title') >= 0) return at;
    if ((tokens.flags[at]! & TokenFlag.Capitalized) === 0 && at < end - 1) return -1;
  }
  return -1;
}

/** Capitalised name words ending just before `end`, at most a few. */
function nameRunEndingAt(context: RecognitionContext, end: number): { start: number; end: number } | undefined {
  let start = end;
  while (start > 0 && end - start < MAX_NICKNAME_WORDS && isNicknameWord(context, start - 1)) start--;
  return start < end ? { start, end } : undefined;
}

function nameRunStartingAt(context: RecognitionContext, start: number): { start: number; end: number } | undefined {
  let end = start;
  while (end - start < MAX_NICKNAME_WORDS && isNicknameWord(context, end)) end++;
  return end > start ? { start, end } : undefined;
}

/** A name word, or a place's or organisation's word written like one ("Busan"), or an honorific ("Gus"). */
function isNicknameWord(context: RecognitionContext, index: number): boolean {
  const { tokens, lexicon } = context;
  if (!isCapitalizedWord(context, index)) return false;
  return isNameWord(context, index, false) || lexicon.nameHonorifics.has(tokens.wordIds[index]!) || context.matches.countAt(index) > 0;
}

/** The leader mention over a character offset. */
function leaderCovering(accepted: readonly Candidate[], offset: number): Candidate | undefined {
  for (let i = Math.max(0, firstStartingFrom(accepted, offset) - 1); i < accepted.length && accepted[i]!.start <= offset; i++) {
    if (accepted[i]!.type === 'leader' && offset < accepted[i]!.end) return accepted[i];
  }
  return undefined;
}

/** The leader named last before token `index` whose name holds `name` ("Irfan Yusuf" in "Mochamad Irfan Yusuf"). */
function leaderNamed(context: RecognitionContext, accepted: readonly Candidate[], name: { start: number; end: number }, index: number): Candidate | undefined {
  const written = tokenRangeText(context.tokens, name.start, name.end);
  return recentLeaders(context, accepted, index, MAX_TOKENS_BACK).find((leader) => nameHolds(context.text, leader, written));
}

/**
 * The leader named last before token `index`; first one whose name shares a word with the
 * nickname ("Gus Irfan" for "Mochamad Irfan Yusuf" rather than the Saudi minister named
 * after him).
 */
function leaderBefore(context: RecognitionContext, accepted: readonly Candidate[], index: number, nickname: { start: number; end: number }): Candidate | undefined {
  const { tokens, lexicon } = context;
  const words: string[] = [];
  for (let t = nickname.start; t < nickname.end; t++) if (!lexicon.nameHonorifics.has(tokens.wordIds[t]!)) words.push(tokenText(context.tokens, t));
  const leaders = recentLeaders(context, accepted, index, MAX_TOKENS_BACK);
  return leaders.find((leader) => words.some((word) => nameHolds(context.text, leader, word))) ?? leaders[0];
}
