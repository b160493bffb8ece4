import { WordFlag } from '../lexicon/lexicon';
import { firstStartingFrom } from '../model/spanOrder';
import { createLeaderMention, Priority, type Candidate } from '../pipeline/candidate';
import { followsLeaderTitle, isJoiningHyphen, isWordIn, isWordWith, type RecognitionContext } from '../pipeline/recognitionContext';
import { isSpacedWithinLine, TokenFlag, TokenKind, tokenRangeText, tokenText, type TokenStream } from '../text/tokenize';
import { sameUpToAccents } from '../text/characterClass';
import { isTitleCaseLine } from '../text/lineShape';
import { HASH_SEED, hashStep, hashWord } from '../text/wordHash';
import { nameHolds, recentLeaders } from './recentLeaders';
import {
  continuesNameBefore,
  courtesyTitleStartBefore,
  followsCompanyName,
  followsNameAndParticle,
  hyphenatedParticleStart,
  isCapitalLetter,
  isInPlaceName,
  isJoinedInitials,
  isJuniorAfter,
  isNamesakeBody,
  isNameWord,
  isNonNameWordBeforeName,
  isWifeNamedAfter,
  patronymicChainEnd,
} from '../recognizers/leader/personName';

interface NamePattern {
  /** The tokens' texts: words and the hyphens between a part's words. */
  readonly words: readonly string[];
  readonly hashes: readonly number[];
  readonly source: Candidate;
  /** One part of a name ("Raisi", "Pełczyńska-Nałęcz"), not a whole name of several. */
  readonly part: boolean;
  /** A part two leaders share ("Wong" of Lawrence and Penny Wong): it names the one mentioned last. */
  readonly shared: boolean;
  /** The first letters of a part ("Mirza" of "Mirzani"): a name only right after a leader's title. */
  readonly clip: boolean;
}

/**
 * Finds the other mentions of leaders found once: "Raisi" after "Presiden Iran Ebrahim
 * Raisi", "Jokowi" after "Joko “Jokowi” Widodo", before or after the first mention. Each
 * full name and each of its words is a pattern; a word two leaders share is ambiguous and
 * left out.
 */
export function findRepeatedNames(context: RecognitionContext, accepted: readonly Candidate[], covered: Uint8Array): RepeatedNames {
  const { tokens, lexicon, text } = context;
  const byFirstHash = new Map<number, NamePattern[]>();
  const ambiguous = new Set<string>();
  const seenWord = new Map<string, string>();
  const seenPattern = new Set<string>();
  const add = (words: string[], hashes: number[], source: Candidate, part: boolean, shared: boolean, clip = false) => {
    const key = words.length === 1 ? words[0]! : words.join(' ');
    if (seenPattern.has(key)) return;
    seenPattern.add(key);
    const pattern = { words, hashes, source, part, shared, clip };
    const list = byFirstHash.get(hashes[0]!);
    if (list) list.push(pattern);
    else byFirstHash.set(hashes[0]!, [pattern]);
  };
  const leaders = distinctLeaderMentions(accepted, text);
  // Whether a pattern opens with a particle in lower case ("van Klaveren"): only then are lower-case words looked at.
  let lowerCaseParticles = false;
  // A name's parts: its capitalised words, each with the parts hyphenated onto it
  // ("Pełczyńska-Nałęcz", "Ki-moon"), which are repeated whole.
  const forEachPart = (candidate: Candidate, visit: (start: number, end: number) => void) => {
    for (let t = candidate.tokenStart; t < candidate.tokenEnd; t++) {
      if (tokens.kinds[t] !== TokenKind.Word || (tokens.flags[t]! & TokenFlag.Capitalized) === 0) continue;
      // "van", "Jr": no part that names anyone alone.
      if (lexicon.hasFlag(tokens.wordIds[t]!, WordFlag.NameParticle) || lexicon.generationalSuffixes.has(tokens.wordIds[t]!)) continue;
      // "M." of "M. Yasin Payapo": an initial names no one alone ("M.Pd").
      if (tokens.ends[t]! - tokens.starts[t]! === 1) continue;
      let end = t + 1;
      while (end + 1 < candidate.tokenEnd && isJoiningHyphen(tokens, end) && tokens.kinds[end + 1] === TokenKind.Word) end += 2;
      visit(t, end);
      t = end - 1;
    }
  };
  // The tokens of the ranges, in order, as written, with their hashes.
  const addRanges = (ranges: ReadonlyArray<readonly [number, number]>, source: Candidate, part: boolean, shared = false) => {
    const words: string[] = [];
    const hashes: number[] = [];
    for (const [start, end] of ranges) {
      for (let t = start; t < end; t++) {
        words.push(tokenText(tokens, t));
        hashes.push(tokens.hashes[t]!);
      }
    }
    add(words, hashes, source, part, shared);
  };
  const addRun = (start: number, end: number, source: Candidate, part: boolean, shared = false) => addRanges([[start, end]], source, part, shared);
  // "Sheikh Mohamed" for "Sheikh Mohamed bin Zayed": an honorific and the given name, unless two leaders share them.
  const honorificForms = new Map<string, Candidate | undefined>();
  for (const candidate of leaders) {
    const start = candidate.tokenStart;
    if (candidate.tokenEnd - start < 3 || !lexicon.nameHonorifics.has(tokens.wordIds[start]!) || tokens.kinds[start + 1] !== TokenKind.Word) continue;
    const form = tokenRangeText(tokens, start, start + 2);
    const owner = honorificForms.get(form);
    const same = owner !== undefined && (owner.key === candidate.key || sameSpanText(text, owner, candidate));
    honorificForms.set(form, owner === undefined && !honorificForms.has(form) ? candidate : same ? owner : undefined);
  }
  for (const candidate of leaders) {
    const parts: Array<[number, number]> = [];
    forEachPart(candidate, (start, end) => parts.push([start, end]));
    // "Presiden Sisi" after "Abdel Fattah El Sisi": a name of one part alone shares it with no one.
    const alone = parts.length === 1 && parts[0]![0] === candidate.tokenStart && parts[0]![1] === candidate.tokenEnd;
    for (const [start, end] of alone ? [] : parts) {
      const part = tokenRangeText(tokens, start, end);
      const owner = seenWord.get(part);
      if (owner !== undefined && owner !== candidate.key) ambiguous.add(part);
      seenWord.set(part, candidate.key);
    }
    // The whole name as written, particles and all: "Sheikh Sabah al-Ahmed al-Sabah", "Al Haris".
    const particles = parts.length === 1 && (parts[0]![0] > candidate.tokenStart || parts[0]![1] < candidate.tokenEnd);
    if (parts.length > 1 || particles) addRun(candidate.tokenStart, candidate.tokenEnd, candidate, false);
    // "Al Sunaidy" of "Ali bin Masoud Al Sunaidy", "van Klaveren": a family name with its particle.
    for (const [start, end] of parts) {
      // "von der Leyen": every particle before the part.
      let particle = start;
      while (particle - 1 > candidate.tokenStart && isWordWith(context, particle - 1, WordFlag.NameParticle) && !lexicon.patronymics.has(tokens.wordIds[particle - 1]!)) particle--;
      if (particle < start) {
        addRun(particle, end, candidate, false);
        if ((tokens.flags[particle]! & TokenFlag.Capitalized) === 0) lowerCaseParticles = true;
      }
    }
    // "Johnny Plate" of "Johnny G Plate", "Retno Marsudi" of "Retno L.P. Marsudi": the parts without the initials between them.
    const nameParts = parts.filter(([start, end]) => end > start + 1 || !isJoinedInitials(context, start));
    if (nameParts.length > 1 && (nameParts.length < parts.length || hasInitialBetween(context, parts))) addRanges(nameParts, candidate, false);
    // Runs of two or more of its parts: "Irfan Yusuf" and "Mochamad Irfan" of "Mochamad Irfan Yusuf".
    for (let first = 0; first < parts.length; first++) {
      // "Sheikh Mohamed": an honorific's forms are honorificForms' to decide.
      if (parts[first]![1] === parts[first]![0] + 1 && lexicon.nameHonorifics.has(tokens.wordIds[parts[first]![0]]!)) continue;
      for (let last = first + 1; last < parts.length; last++) {
        if (first > 0 || last < parts.length - 1) addRun(parts[first]![0], parts[last]![1], candidate, false);
      }
    }
  }
  for (const candidate of leaders) {
    forEachPart(candidate, (start, end) => {
      // "Sheikh", "Datuk" alone name no one; but "Sri" of "Sri Mulyani Indrawati", as the gazetteer spells her, is her given name.
      if (end === start + 1 && lexicon.nameHonorifics.has(tokens.wordIds[start]!) && !isGivenNameOfKnownLeader(tokens, candidate, start)) return;
      // "Hamad" of "Tamim bin Hamad Al Thani" is his father's name ("Hamad Port", "Hamad bin Khalifa").
      if (start > candidate.tokenStart && isWordIn(tokens, start - 1, lexicon.patronymics)) return;
      addRun(start, end, candidate, true, ambiguous.has(tokenRangeText(tokens, start, end)));
    });
  }
  for (const candidate of honorificForms.values()) if (candidate) addRun(candidate.tokenStart, candidate.tokenStart + 2, candidate, true);
  const clips = clippedParts(context, leaders);
  for (const [clip, source] of clips) {
    if (source) add([clip], [hashWord(clip)], source, true, false, true);
  }
  if (byFirstHash.size === 0) return { found: [], replaced: new Set() };

  // "Sri Sultan" before "Hamengku Buwono (HB) X": words written against a leader's mention are its style.
  const leaderStarts = new Uint8Array(tokens.count + 1);
  // Per token: inside an amount ("JD 250 million" after "JD Vance": a currency's letters name
  // no one), a one-word gazetteer short form, or a one-word place or country; see displacedAt.
  const marks = new Uint8Array(tokens.count);
  // The mentions marked SHORT_FORM or LEADING_SHORT_FORM, by first token.
  const shortForms = new Map<number, Candidate>();
  for (const candidate of accepted) {
    const oneWord = candidate.tokenEnd === candidate.tokenStart + 1;
    if (candidate.type === 'leader') {
      leaderStarts[candidate.tokenStart] = 1;
      const shortForm = candidate.leader && oneWord ? SHORT_FORM : candidate.priority === Priority.gazetteerLeader ? LEADING_SHORT_FORM : 0;
      if (shortForm !== 0) {
        marks[candidate.tokenStart] = shortForm;
        shortForms.set(candidate.tokenStart, candidate);
      }
    } else if (candidate.type === 'amount') for (let t = candidate.tokenStart; t < candidate.tokenEnd; t++) marks[t] = IN_AMOUNT;
    else if (candidate.type === 'place' && oneWord && marks[candidate.tokenStart] === 0) marks[candidate.tokenStart] = PLACE;
    else if (candidate.type === 'country' && oneWord && marks[candidate.tokenStart] === 0) marks[candidate.tokenStart] = COUNTRY;
  }
  const replaced = new Set<Candidate>();
  const found: Candidate[] = [];
  for (let index = 0; index < tokens.count; index++) {
    const mark = marks[index]!;
    // A one-word place or country may still be a leader's surname (see displacedAt).
    const namedPlace = mark === PLACE || mark === COUNTRY;
    // A gazetteer's short form may open a name the text wrote in full ("Oyun-Erdene Luvsannamsrai").
    const shortForm = covered[index] === 1 && (mark === SHORT_FORM || mark === LEADING_SHORT_FORM) ? shortForms.get(index) : undefined;
    if ((covered[index] && !namedPlace && !shortForm) || mark === IN_AMOUNT) continue;
    // "said van Klaveren", "Al Sunaidy": a particle may open a family name.
    const capitalized = (tokens.flags[index]! & TokenFlag.Capitalized) !== 0;
    if (!capitalized && !lowerCaseParticles) continue;
    const opensWithParticle = tokens.kinds[index] === TokenKind.Word && lexicon.hasFlag(tokens.wordIds[index]!, WordFlag.NameParticle);
    if (!capitalized && !opensWithParticle) continue;
    // Not inside another name: "Khalifa bin Jassim Al Thani" after "Tamim bin Hamad Al Thani".
    if (opensWithParticle && isNameWord(context, index - 1, false)) continue;
    const patterns = byFirstHash.get(tokens.hashes[index]!);
    if (shortForm && !patterns?.some((pattern) => pattern.words.length > shortForm.tokenEnd - index)) continue;
    if (!patterns || (!opensWithParticle && !namedPlace && !isNameWord(context, index, false) && !lexicon.nameHonorifics.has(tokens.wordIds[index]!))) continue;
    let best: NamePattern | undefined;
    // A short form or a city that the best pattern reads as part of a leader's name instead.
    let displaced: Candidate | undefined;
    for (const pattern of patterns) {
      if (best && best.words.length >= pattern.words.length) continue;
      if (matchesAt(context, index, pattern, covered, leaderStarts)) {
        best = pattern;
        displaced = undefined;
        continue;
      }
      if (shortForm) {
        if (shortForm.tokenEnd < index + pattern.words.length && matchesUncovered(context, index, pattern, covered, leaderStarts, shortForm)) {
          best = pattern;
          displaced = shortForm;
        }
        continue;
      }
      const other = displacedAt(context, accepted, marks, pattern, index);
      if (other && other.key !== pattern.source.key && matchesUncovered(context, index, pattern, covered, leaderStarts, other)) {
        best = pattern;
        displaced = other;
      }
    }
    if (!best) continue;
    // A shared part after an honorific ("Sheikh Tom" of two Sheikh Toms) stays unresolved.
    if (best.shared && index > 0 && lexicon.nameHonorifics.has(tokens.wordIds[index - 1]!)) continue;
    let source: Candidate | undefined = best.source;
    if (best.shared) {
      // A shared part names the leader mentioned last whose name has it.
      const part = best.words.join('');
      source = recentLeaders(context, accepted, index, MAX_TOKENS_BACK).find((leader) => nameHolds(text, leader, part));
      if (!source) continue;
    }
    const tokenEnd = index + best.words.length;
    // "Direktur Utama PT Dirgantara Indonesia Budi Santoso": a company's head, a namesake.
    if (followsCompanyName(context, index)) continue;
    // "Donald Trump Jr." after "President Donald Trump": his son.
    if (isJuniorAfter(context, tokenEnd, source.leader ? [source.leader.name, ...source.leader.aliases] : [text.slice(source.start, source.end)])) continue;
    // "ujar Melki Laka Lena": his clipped given name before the repeated surname.
    const before = index - 1;
    const clipped = before >= 0 && !covered[before] && (tokens.flags[index]! & TokenFlag.SpaceBefore) !== 0 && (tokens.flags[before]! & TokenFlag.Capitalized) !== 0;
    // "al-Sisi": a particle hyphenated onto the name belongs to it.
    const particle = hyphenatedParticleStart(context, index);
    const start = clipped && clips.get(tokenText(tokens, before))?.key === source.key ? before : particle < index && !covered[particle] ? particle : index;
    found.push(createLeaderMention(tokens, source, start, tokenEnd));
    if (displaced) replaced.add(displaced);
    index = tokenEnd - 1;
  }
  return { found, replaced };
}

/** Whether an initial ("G", "A.") stands between two of the name's parts. */
function hasInitialBetween(context: RecognitionContext, parts: ReadonlyArray<readonly [number, number]>): boolean {
  for (let p = 1; p < parts.length; p++) {
    for (let t = parts[p - 1]![1]; t < parts[p]![0]; t++) if (isCapitalLetter(context, t)) return true;
  }
  return false;
}

function isGivenNameOfKnownLeader(tokens: TokenStream, candidate: Candidate, part: number): boolean {
  const name = candidate.leader?.name;
  return part === candidate.tokenStart && name !== undefined && name.startsWith(tokenText(tokens, part) + ' ');
}

export interface RepeatedNames {
  /** The other mentions, none overlapping a name of the layer but those replaced. */
  readonly found: Candidate[];
  /** Short forms of gazetteer leaders that turned out to end another leader's full name, and cities or countries that were a leader's surname. */
  readonly replaced: ReadonlySet<Candidate>;
}

/** A leader's one-word surname, the last part of a name written in full, not after a preposition of place ("in Muscat"). */
function isSurnameOfFullName(context: RecognitionContext, pattern: NamePattern, index: number): boolean {
  const { tokens, lexicon } = context;
  const { source } = pattern;
  if (!pattern.part || pattern.shared || pattern.clip || pattern.words.length !== 1 || source.tokenEnd - source.tokenStart < 2) return false;
  if (tokens.hashes[source.tokenEnd - 1] !== pattern.hashes[0]) return false;
  return !isWordIn(tokens, index - 1, lexicon.locativePrepositions);
}

const IN_AMOUNT = 1;
const PLACE = 2;
const SHORT_FORM = 3;
const COUNTRY = 4;
/** The first token of a gazetteer leader's name of several words. */
const LEADING_SHORT_FORM = 5;

/** Whether a pattern matches once the tokens of a mention it would replace are free again. */
function matchesUncovered(context: RecognitionContext, index: number, pattern: NamePattern, covered: Uint8Array, leaderStarts: Uint8Array, replaced: Candidate): boolean {
  covered.fill(0, replaced.tokenStart, replaced.tokenEnd);
  const matches = matchesAt(context, index, pattern, covered, leaderStarts);
  covered.fill(1, replaced.tokenStart, replaced.tokenEnd);
  return matches;
}

/**
 * The mention a pattern's last word would take from another reading: "Samir Saied had a
 * talk" after "Minister Samir Saied" is his name in full, not the gazetteer's short form of
 * Kais Saied, which a sentence's first word did not stop; '"We will not give up," Muscat
 * said' after "Joseph Muscat" is his surname, not Oman's capital; "Mali also signed" after
 * "Minister of Finance Sinisa Mali" is his, not the country.
 */
function displacedAt(context: RecognitionContext, accepted: readonly Candidate[], marks: Uint8Array, pattern: NamePattern, index: number): Candidate | undefined {
  const last = index + pattern.words.length - 1;
  const shortForm = pattern.words.length === 2 && !pattern.part && marks[last] === SHORT_FORM;
  const city = !shortForm && marks[index] === PLACE && isSurnameOfFullName(context, pattern, index);
  // A country only as a plain surname: "Al Saudi" in "Salman bin Abdulaziz Al Saudi" is his house, and "Raja Saudi" the country's king.
  const country = !shortForm && marks[index] === COUNTRY && isSurnameOfFullName(context, pattern, index) && !isWordWith(context, pattern.source.tokenEnd - 2, WordFlag.NameParticle);
  return shortForm || city || country ? candidateStartingAt(context, accepted, last) : undefined;
}

/** The leader, place or country among the accepted candidates (in text order) that starts at a token. */
function candidateStartingAt(context: RecognitionContext, accepted: readonly Candidate[], tokenStart: number): Candidate | undefined {
  const start = context.tokens.starts[tokenStart]!;
  for (let i = firstStartingFrom(accepted, start); i < accepted.length && accepted[i]!.start === start; i++) {
    const type = accepted[i]!.type;
    if (type === 'leader' || type === 'place' || type === 'country') return accepted[i];
  }
  return undefined;
}

/** Letters a clipped form keeps at least, and cuts at least: "Mirza" of "Mirzani", "Zul" of "Zulkieflimansyah". */
const MIN_CLIP_LETTERS = 3;
const MIN_CLIPPED_LETTERS = 2;
/** Letters a clip of a given name keeps at least to name its leader without a title: "Enggar" of "Enggartiasto". */
const MIN_GIVEN_NAME_CLIP_LETTERS = 5;
/** Letters a clip of another part of the name cuts at least: "Risma" of "Rismaharini". */
const MIN_LATER_PART_CLIPPED_LETTERS = 4;

/** "kata Enggar" (Enggartiasto Lukita), "Risma" (Tri Rismaharini): a long clip of a part of the name that is no word the lexicon knows. */
function isLongClipOfName(context: RecognitionContext, index: number, pattern: NamePattern): boolean {
  const { tokens } = context;
  const clip = pattern.words[0]!;
  if (clip.length < MIN_GIVEN_NAME_CLIP_LETTERS || tokens.wordIds[index]! >= 0) return false;
  const { tokenStart, tokenEnd } = pattern.source;
  if (tokenText(tokens, tokenStart).startsWith(clip)) return true;
  for (let part = tokenStart + 1; part < tokenEnd; part++) {
    const text = tokenText(tokens, part);
    if (text.length - clip.length >= MIN_LATER_PART_CLIPPED_LETTERS && text.startsWith(clip)) return true;
  }
  return false;
}

/**
 * The clipped forms of the leaders' one-word parts, each with its leader, or undefined
 * where two leaders' parts give the same one.
 */
function clippedParts(context: RecognitionContext, leaders: readonly Candidate[]): Map<string, Candidate | undefined> {
  const { tokens } = context;
  const clips = new Map<string, Candidate | undefined>();
  for (const candidate of leaders) {
    for (let t = candidate.tokenStart; t < candidate.tokenEnd; t++) {
      if (tokens.kinds[t] !== TokenKind.Word || (tokens.flags[t]! & (TokenFlag.Capitalized | TokenFlag.AllCaps | TokenFlag.HasDigit)) !== TokenFlag.Capitalized) continue;
      const part = tokenText(tokens, t);
      for (let length = MIN_CLIP_LETTERS; length <= part.length - MIN_CLIPPED_LETTERS; length++) {
        const clip = part.slice(0, length);
        const owner = clips.get(clip);
        clips.set(clip, !clips.has(clip) || owner?.key === candidate.key ? candidate : undefined);
      }
    }
  }
  return clips;
}

/** How far back a shared surname looks for the leader it names. */
const MAX_TOKENS_BACK = 300;

function matchesAt(context: RecognitionContext, index: number, pattern: NamePattern, covered: Uint8Array, leaderStarts: Uint8Array): boolean {
  const { tokens } = context;
  for (let k = 0; k < pattern.words.length; k++) {
    const t = index + k;
    if (t >= tokens.count || covered[t] || tokens.hashes[t] !== pattern.hashes[k]) return false;
    // "Del Rosario" opening a sentence after "Albert del Rosario": a particle's case may differ.
    const particle = k === 0 && context.lexicon.hasFlag(tokens.wordIds[t]!, WordFlag.NameParticle);
    if (!particle && !sameUpToAccents(tokens.text, tokens.starts[t]!, tokens.ends[t]!, pattern.words[k]!)) return false;
  }
  // "Gubernur Mirza", "Doktor Zul": a clip names a leader only right after a title, unless it
  // is a longer clip of a part of the name that is no word the lexicon knows ("kata Enggar", "Risma").
  if (pattern.clip && (context.matches.countAt(index) > 0 || !(followsLeaderTitle(context, index) || courtesyTitleStartBefore(context, index) < index || isLongClipOfName(context, index, pattern)))) return false;
  // A part of another name: "Marcos" in "Araneta-Marcos", "Xuan" in "Vo Thi Anh Xuan".
  if (pattern.part && !covered[index - 1] && continuesNameBefore(context, index)) return false;
  // "Ibu Negara Iriana Joko Widodo": his wife.
  if (!pattern.part && isWifeNamedAfter(context, index)) return false;
  // "Jl Jenderal Sudirman": a street named after someone; "Hamdan bin Mohammed bin Rashid": a father's name.
  if (isInPlaceName(context, index) || followsNameAndParticle(context, index)) return false;
  const next = index + pattern.words.length;
  // "King Abdullah II Airbase": a place named after him.
  if (isNamesakeBody(context, next)) return false;
  // Followed by another capitalised name word: a different person ("Kim" in "Kim Yo Jong"),
  // except in a title-case headline, where every word is capitalised ("Farhan Bawa Oleh-oleh").
  if (pattern.part && leaderStarts[next] === 1 && (tokens.flags[next]! & TokenFlag.LineStart) === 0) return false;
  // A name ends with its line, as readPersonName reads it: "...: Kyambadde⏎Kisoro, Uganda |".
  const followedByName =
    (isNameWord(context, next, false) || isNonNameWordBeforeName(context, next)) &&
    tokens.hashes[next] !== undefined &&
    isSpacedWithinLine(tokens, next) &&
    !covered[next];
  // "Sheikh Maktoum bin Mohammed": followed by his father's name, someone else.
  if (pattern.part && patronymicChainEnd(context, next) > next) return false;
  // "The Albanese Labor government": his party's name between him and his government.
  if (followedByName && isWordIn(tokens, next + 1, context.lexicon.governmentsAfterLeader)) return true;
  return !(pattern.part && followedByName && !isTitleCaseLine(tokens, index, context.lexicon));
}

/**
 * The leader mentions in text order, each entity's same written name once: a long text
 * names its leaders thousands of times, and every repeat would give the same patterns.
 */
function distinctLeaderMentions(accepted: readonly Candidate[], text: string): Candidate[] {
  const distinct: Candidate[] = [];
  const firstByKey = new Map<string, Map<number, Candidate>>();
  for (const candidate of accepted) {
    if (candidate.type !== 'leader') continue;
    const hash = spanHash(text, candidate.start, candidate.end);
    let byHash = firstByKey.get(candidate.key);
    if (!byHash) {
      byHash = new Map();
      firstByKey.set(candidate.key, byHash);
    }
    const first = byHash.get(hash);
    if (first && sameSpanText(text, first, candidate)) continue;
    if (!first) byHash.set(hash, candidate);
    distinct.push(candidate);
  }
  return distinct;
}

/** FNV-1a over the span as written (not case-folded: "PRABOWO" and "Prabowo" differ here). */
function spanHash(text: string, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

function sameSpanText(text: string, a: Candidate, b: Candidate): boolean {
  const length = a.end - a.start;
  if (b.end - b.start !== length) return false;
  for (let i = 0; i < length; i++) if (text.charCodeAt(a.start + i) !== text.charCodeAt(b.start + i)) return false;
  return true;
}
