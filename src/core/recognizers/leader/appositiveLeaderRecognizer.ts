import { MoreWordFlag, WordFlag } from '../../lexicon/lexicon';
import { isHeadedByNoLeader, type CountryRecord } from '../../data/schemas';
import { createCandidate, Priority } from '../../pipeline/candidate';
import { afterDefiniteArticle, isCapitalizedWord, isCapitalizedWordWithMore, isJoiningHyphen, isLowerCaseWord, isPossessiveAt, isPunct, markAt, isWord, isWordIn, isWordSpelled, isWordWith, matchEndingAt, matchOfKind, organizationAfterOf, parenthesisStartBefore, skipParenthesis, tokenLower, type RecognitionContext, type Recognizer } from '../../pipeline/recognitionContext';
import { TokenFlag } from '../../text/tokenize';
import { countryOfPlace } from '../place/placeCountry';
import { leaderAt, leaderKey, unknownLeaderKey } from './leaderIdentity';
import { honorificsStartBefore, initialsStartBefore, isInitialBeforeName, isInnerNameTitle, isNameWord, isServiceRankWord } from './personName';

const MAX_NAME_WORDS = 4;
const COMMA = 0x2c;
const OPENING_BRACKET = 0x28;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;
const ARTICLES = new Set(['the', 'a', 'an']);
/** What may follow the office: the end of the apposition or the rest of the office's name. */
const AFTER_OFFICE = new Set([',', '.', ';', ')', '—', '–', 'of', 'for', 'and', 'dan', 'untuk', 'who', 'yang', 'at', 'in', 'di', 'from', 'dari', 'dalam', 'saat', 'ketika', 'pada']);
const MAX_PORTFOLIO_WORDS = 3;

/**
 * Leaders named before their office, set off by a comma or a dash: "Pat Conroy, Australia's
 * minister for international development", "Marta Delgado, the Peruvian foreign
 * minister", "Mauro Vieira, Menteri Luar Negeri Brasil", "David W. Panuelo—President of
 * the Federated States of Micronesia—". The name is the span; the words after the comma
 * are the role.
 */
export const recognizeAppositiveLeaders: Recognizer = (context, out) => {
  const { tokens, lexicon } = context;
  for (let comma = 1; comma < tokens.count; comma++) {
    const mark = markAt(tokens, comma);
    const dash = mark === EM_DASH || mark === EN_DASH;
    // "Andi Wirawan selaku Menteri Perdagangan": "in his office as" sets the office off as a comma does;
    // "Syaukani menjadi Bupati Kukar", "Idrus sudah menjadi Mensos": so does a verb of holding it.
    const verb = isLowerCaseWord(context, comma) && isWordIn(tokens, comma, lexicon.officeVerbsAfterName);
    const capacity = verb || isWordIn(tokens, comma, lexicon.capacityWordsAfterName);
    // "Manpreet Singh Badal (former Finance Minister)": the office in brackets.
    const bracket = mark === OPENING_BRACKET;
    if (!dash && !capacity && !bracket && mark !== COMMA) continue;
    // "Hon. Sosten Gwengwe, MP, Minister of Finance": a post-nominal in its own commas;
    // "menjabat sebagai Ketua DPR", "served as prime minister": the capacity after the verb.
    let officeStart = isWordIn(tokens, comma + 1, lexicon.postNominals) && isPunct(tokens, comma + 2, ',') ? comma + 3 : comma + 1;
    if (verb) {
      // "was sworn in as President", "took over as First Minister"
      const particle = isWordIn(tokens, officeStart, lexicon.particlesAfterOfficeVerb);
      const afterParticle = particle ? officeStart + 1 : officeStart;
      if (isWordIn(tokens, afterParticle, lexicon.capacityWordsAfterName) || isWordSpelled(tokens, afterParticle, 'as')) officeStart = afterParticle + 1;
      else if (particle) continue;
    }
    // The office first: few commas have one after them, and the name before costs more to read.
    const office = officeAfter(context, officeStart, capacity, bracket);
    if (!office || (bracket && !isPunct(tokens, office.end, ')'))) continue;
    // "Anne-Mari Virolainen (NCP), the Minister for Foreign Trade": a party in brackets after the name.
    let nameEnd = mark === COMMA ? partyInBracketsStart(context, comma) : comma;
    if (verb) while (nameEnd > 1 && isLowerCaseWord(context, nameEnd - 1) && isWordIn(tokens, nameEnd - 1, lexicon.adverbsBeforeOfficeVerb)) nameEnd--;
    // Only a verb binds a one-word name to the office: before a comma it may be any word opening a sentence.
    const nameStart = nameBefore(context, nameEnd, verb ? 1 : 2);
    if (nameStart < 0) continue;
    // "the Ministro de Hacienda (Finance Minister)": an office glossed, no name.
    if (bracket && isWordSpelled(tokens, nameStart - 1, 'the')) continue;
    // "NEW YORK — President ...": a dateline, not a name.
    if (dash && (tokens.flags[nameStart]! & TokenFlag.LineStart) !== 0) continue;
    // "Ambassador in Riyadh, Mustapha Mansouri, the Saudi minister said": without its closing
    // comma, an office ended by a verb of saying is another person's where the name stands after an office of its own.
    if (office.endedBySpeechVerb && followsOwnOffice(context, nameStart)) continue;
    const known = leaderAt(context, nameStart, nameEnd);
    // "di Weda Bay Project, Menteri Investasi ...": a place's or a body's name, ended by its head noun.
    if (!known && isWordWith(context, nameEnd - 1, WordFlag.NameHeadAfter)) continue;
    // "John Smith, president of the chamber": without a country the office may be anyone's,
    // but a minister's is a government's ("Maria Lopes, the foreign minister"), and so is
    // a central bank's governor ("Gent Sejko, the governor of the central bank").
    if (!office.country && !known && !office.governmental && !office.international) continue;
    const name = context.text.slice(tokens.starts[nameStart]!, tokens.ends[nameEnd - 1]!);
    const candidate = createCandidate(tokens, 'leader', nameStart, nameEnd, Priority.titledLeader, known ? leaderKey(known) : unknownLeaderKey(name));
    candidate.role = context.text.slice(tokens.starts[officeStart]!, tokens.ends[office.end - 1]!);
    candidate.canonicalRole = office.role;
    candidate.leader = known;
    candidate.country = office.country;
    candidate.countryCode = office.country?.code ?? known?.country;
    out.push(candidate);
  }
};

/** Where a bracket of one or two capitalised words closing right before `end` opens ("(NCP)", "(Social Democrats)"), or `end`. */
function partyInBracketsStart(context: RecognitionContext, end: number): number {
  const open = parenthesisStartBefore(context, end, 2);
  if (open === end) return end;
  for (let at = open + 1; at < end - 1; at++) if (!isCapitalizedWord(context, at)) return end;
  return open;
}

/** The first token of a name of `minWords` to four words ending just before `end`, or -1. */
function nameBefore(context: RecognitionContext, end: number, minWords: number): number {
  let start = end;
  // "John Lee Ka-chiu": a hyphen and the part after it make no word of their own.
  let hyphenTokens = 0;
  for (;;) {
    // "Ban Ki-moon": a part hyphenated onto a name word, in whatever case; "El-Ghazouani": onto a particle.
    if (isHyphenatedPartBefore(context, start) && (isNameWord(context, start - 3, false) || isWordWith(context, start - 3, WordFlag.NameParticle))) {
      start -= 2;
      hyphenTokens += 2;
      continue;
    }
    if (start > 0 && end - start - hyphenTokens < MAX_NAME_WORDS && isNameWord(context, start - 1, false) && !isLineStartInside(context, start - 1, end)) {
      start--;
      continue;
    }
    // "David W. Panuelo": a middle initial with its dot between name words.
    if (start > 2 && start < end && isInitialBeforeName(context, start - 2) && isNameWord(context, start - 3, false)) {
      start -= 2;
      continue;
    }
    // "Anwar bin Ibrahim", "Alberto van Klaveren": a particle between name words.
    if (start > 1 && start < end && isWord(context.tokens, start - 1) && context.lexicon.hasFlag(context.tokens.wordIds[start - 1]!, WordFlag.NameParticle) && isNameWord(context, start - 2, false)) {
      start -= 2;
      continue;
    }
    break;
  }
  start = initialsStartBefore(context, start);
  // "Dato Hj Abdul Ghani bin Othman, Chief Minister of Johor": honorifics before the name are part of it.
  const named = start;
  start = honorificsStartBefore(context, start);
  // A name run that goes on further back is part of something longer, unless it reached a
  // title of address, before which comes a style ("His Excellency Dr Lazarus McCarthy Chakwera, ...").
  if (isNameWord(context, start - 1, false) && !isInnerNameTitle(context, start)) return -1;
  if (start < named) return end - named < minWords ? -1 : start;
  // "Minister for Trade and Tourism Don Farrell, ...": the end of an office before the name;
  // "the Honourable Mary Ng, ...": a style of address, no part of it.
  const { tokens, lexicon } = context;
  // "Capt Amarinder Singh (former Chief Minister)": nor is a rank.
  while (start < end && isWord(tokens, start) && (lexicon.hasFlag(tokens.wordIds[start]!, WordFlag.Portfolio) || isInnerNameTitle(context, start) || isServiceRankWord(context, start))) start++;
  return end - start < minWords ? -1 : start;
}

/** "of the Republic", "of the Kingdom" with no name after it: the state by its form alone. */
function isStateByFormAfterOf(context: RecognitionContext, of: number): boolean {
  const { tokens } = context;
  if (!isWordSpelled(tokens, of, 'of') || !isWordSpelled(tokens, of + 1, 'the') || !isCapitalizedWordWithMore(context, of + 2, MoreWordFlag.StateForm)) return false;
  return !isWordSpelled(tokens, of + 3, 'of') && !isCapitalizedWord(context, of + 3);
}

/** "of Malawi", "of the Philippines", "of the Republic of Malawi": the country after "of", or undefined. */
function countryAfterOf(context: RecognitionContext, of: number) {
  const { tokens, lexicon } = context;
  if (!isWordSpelled(tokens, of, 'of')) return undefined;
  let at = afterDefiniteArticle(tokens, of + 1);
  if (isWord(tokens, at) && lexicon.hasMoreFlag(tokens.wordIds[at]!, MoreWordFlag.StateForm) && isWordSpelled(tokens, at + 1, 'of')) at += 2;
  return matchOfKind(context, at, 'country');
}

const PRESIDING_ROLES = new Map([
  ['President', 'Speaker'],
  ['Chair', 'Speaker'],
  ['Vice President', 'Deputy Speaker'],
  ['Deputy President', 'Deputy Speaker'],
]);

/** Capitalised words a legislature's name may have before its head ("Grand National Assembly"). */
const MAX_LEGISLATURE_WORDS = 3;

/** "of the National Assembly of Kuwait": the country after a legislature named after "of", or undefined. */
function legislatureCountryAfterOf(context: RecognitionContext, of: number) {
  const { tokens, lexicon } = context;
  if (!isWordSpelled(tokens, of, 'of')) return undefined;
  let at = afterDefiniteArticle(tokens, of + 1);
  const nameStart = at;
  while (at - nameStart < MAX_LEGISLATURE_WORDS && isCapitalizedWord(context, at) && !lexicon.legislatureHeads.has(tokens.wordIds[at]!)) at++;
  if (!isCapitalizedWord(context, at) || !lexicon.legislatureHeads.has(tokens.wordIds[at]!)) return undefined;
  return countryAfterOf(context, at + 1);
}

function isHyphenatedPartBefore(context: RecognitionContext, start: number): boolean {
  const { tokens } = context;
  return start >= 3 && isWord(tokens, start - 1) && isJoiningHyphen(tokens, start - 2);
}

function isLineStartInside(context: RecognitionContext, index: number, end: number): boolean {
  return index + 1 < end && (context.tokens.flags[index + 1]! & TokenFlag.LineStart) !== 0;
}

interface Office {
  readonly role: string;
  readonly country?: CountryRecord;
  /** One past the office's last token. */
  readonly end: number;
  /** A minister's or a central bank governor's office: a state's whoever holds it. */
  readonly governmental: boolean;
  /** The office of an organisation of states ("the UN secretary-general"), whose head is a leader. */
  readonly international: boolean;
  /** Ended by a verb of saying rather than a comma: "the Polish Finance Minister told". */
  readonly endedBySpeechVerb: boolean;
}

/**
 * "[the] [Australia's | Peruvian] [former] minister …" or "Menteri Luar Negeri [Brasil]".
 * `inCapacity`: after "selaku", the sentence goes on after the office ("selaku Menteri Perdagangan hadir");
 * `inBracket`: the office fills a bracket after the name, which the caller checks.
 */
function officeAfter(context: RecognitionContext, start: number, inCapacity: boolean, inBracket: boolean): Office | undefined {
  const { tokens, lexicon } = context;
  let at = start;
  if (isWord(tokens, at) && ARTICLES.has(tokenLower(tokens, at))) at++;
  let country: CountryRecord | undefined;
  const countryFirst = matchOfKind(context, at, 'country');
  if (countryFirst) {
    country = countryFirst.payload.country;
    at = countryFirst.tokenEnd;
    // "Australia's"
    if (isPossessiveAt(tokens, at)) at += 2;
  } else {
    // "Hirofumi Yoshimura, the Osaka governor": a city's or region's office is its country's.
    const place = matchOfKind(context, at, 'place');
    const placeCountry = place && countryOfPlace(context, place.payload);
    if (place && placeCountry && matchOfKind(context, place.tokenEnd, 'title')?.payload.leader) {
      country = placeCountry;
      at = place.tokenEnd;
    }
  }
  const modifier = isWord(tokens, at) ? lexicon.titleModifiers.get(tokens.wordIds[at]!) : undefined;
  if (modifier) at++;
  at = Math.max(at, lexicon.officeQualifiers.endStartingAt(tokens, at));
  // "the UN secretary-general", "the former WTO director-general"
  let international = false;
  const organization = country ? undefined : intergovernmentalOrganizationAt(context, at);
  if (organization) {
    international = true;
    at = organization.tokenEnd;
  }
  // "the former culture minister"; but "the regional president" is a region's office, not a president's.
  const titleAtStart = matchOfKind(context, at, 'title');
  if (!titleAtStart || !lexicon.jurisdictionRoles.has(titleAtStart.payload.role)) {
    for (let words = 0; words < MAX_PORTFOLIO_WORDS && isWordWith(context, at, WordFlag.Portfolio); words++) at++;
  }
  // The longest title that the apposition ends after: "minister of energy transition" is
  // the office "minister" with "of ..." after it, not "minister of energy".
  const roleOf = (role: string) => (modifier ? `${modifier} ${role}` : role);
  const table = context.matches;
  for (let k = 0; k < table.countAt(at); k++) {
    const title = table.payloadAt(at, k);
    // "Kenji Morita, Japan's ambassador": not a leader's office.
    if (title.kind !== 'title' || !title.leader) continue;
    let end = portfolioEnd(context, glossedTitleEnd(context, table.endAt(at, k)));
    // "Ketua DPR RI": a title that names its state.
    let officeCountry = country ?? matchEndingAt(context, 'country', end, end - at - 1)?.payload.country;
    let ofStateByForm = false;
    let unitNamed = false;
    if (!officeCountry) {
      const countryAfter = matchOfKind(context, end, 'country');
      // "President of the Republic of Malawi:": whatever follows, unless the name goes on ("of Indonesia Chamber").
      const ofCountry = countryAfter ? undefined : countryAfterOf(context, end);
      if (ofCountry && !isCapitalizedWord(context, ofCountry.tokenEnd)) {
        return { role: roleOf(title.role), country: ofCountry.payload.country, end: ofCountry.tokenEnd, governmental: isGovernmentOffice(title.role), international, endedBySpeechVerb: false };
      }
      if (countryAfter) {
        officeCountry = countryAfter.payload.country;
        end = countryAfter.tokenEnd;
      } else if (isStateByFormAfterOf(context, end)) {
        // "Mohamed Ould Ghazouani, President of the Republic": the state the text is about.
        end += 3;
        ofStateByForm = true;
      } else if (lexicon.jurisdictionRoles.has(title.role)) {
        // "Abdulah Vanath sebagai Wakil Gubernur Maluku", "Kathy Hochul, Governor of New York",
        // "the regional president of the Canary Islands": a region's or city's office is its state's.
        const place = matchOfKind(context, isWordSpelled(tokens, end, 'of') ? afterDefiniteArticle(tokens, end + 1) : end, 'place');
        const placeCountry = place && countryOfPlace(context, place.payload);
        if (place && placeCountry) {
          officeCountry = placeCountry;
          end = place.tokenEnd;
        } else if ((inCapacity || inBracket) && !place) {
          // "Syaukani menjadi Bupati Kukar sejak 1999", "Sutan Riska (Bupati Dharmasraya)": a unit no list knows, named by its capitalised words.
          const unitEnd = capitalizedWordsEnd(context, end);
          if (unitEnd > end) {
            end = unitEnd;
            unitNamed = true;
          }
        }
      }
    }
    let officeInternational = international;
    let role = title.role;
    // "the Secretary General of the Gulf Cooperation Council"
    if (!officeCountry && !international) {
      // "Masatsugu Asakawa, President ADB": in Indonesian an international body follows its office directly.
      const ofOrganization = organizationAfterOf(context, end) ?? intergovernmentalOrganizationAt(context, end);
      const organization = ofOrganization?.payload.organization;
      if (ofOrganization && organization?.intergovernmental) {
        officeInternational = true;
        // "of the African Continental Free Trade Area (AfCFTA) secretariat": its acronym and organ.
        end = skipParenthesis(context, ofOrganization.tokenEnd);
        if (isWordIn(tokens, end, lexicon.bodyOrgans)) end++;
      } else if (ofOrganization && organization?.country && !isHeadedByNoLeader(organization)) {
        // "Ahsan Mansur, governor of Bangladesh Bank": a state body's office is that state's.
        officeCountry = context.lexicon.countriesByCode.get(organization.country);
        end = ofOrganization.tokenEnd;
      } else {
        // "President of the National Assembly of the Lao PDR"
        const ofLegislature = legislatureCountryAfterOf(context, end);
        if (ofLegislature) {
          officeCountry = ofLegislature.payload.country;
          end = ofLegislature.tokenEnd;
          // Who presides over a legislature is its speaker, whatever the title.
          role = PRESIDING_ROLES.get(role) ?? role;
        }
      }
    }
    const next = tokens.starts[end] === undefined ? '' : tokenLower(tokens, end);
    const endedBySpeechVerb = isSpeechVerb(context, end);
    if (end < tokens.count && !AFTER_OFFICE.has(next) && !(inCapacity && isLowerCaseWord(context, end)) && !endedBySpeechVerb) continue;
    return { role: roleOf(role), country: officeCountry, end, governmental: ofStateByForm || unitNamed || isGovernmentOffice(role), international: officeInternational, endedBySpeechVerb };
  }
  return undefined;
}

/** The longest organisation at `index`, if it is one of states ("ADB", "ASEAN"). */
function intergovernmentalOrganizationAt(context: RecognitionContext, index: number) {
  const match = matchOfKind(context, index, 'organization');
  return match?.payload.organization.intergovernmental ? match : undefined;
}

/** Words of a region's or city's name that no list knows: "Kutai Kartanegara". */
const MAX_UNIT_WORDS = 3;

/** One past the capitalised words from `start` (at most MAX_UNIT_WORDS), before a lower-case word or a mark; else `start`. */
function capitalizedWordsEnd(context: RecognitionContext, start: number): number {
  let at = start;
  while (at - start < MAX_UNIT_WORDS && isCapitalizedWord(context, at) && (context.tokens.flags[at]! & TokenFlag.LineStart) === 0) at++;
  return at < context.tokens.count && isCapitalizedWord(context, at) ? start : at;
}

/** Words a portfolio named after "Secretary for" may take: "Economy and Finance". */
const MAX_NAMED_PORTFOLIO_WORDS = 5;

/** After a title ending in "for" ("Secretary for"), one past the capitalised portfolio it names; else `end`. */
function portfolioEnd(context: RecognitionContext, end: number): number {
  const { tokens } = context;
  if (!isWordSpelled(tokens, end - 1, 'for') || !isCapitalizedWord(context, end)) return end;
  let at = end;
  while (at - end < MAX_NAMED_PORTFOLIO_WORDS && (isCapitalizedWord(context, at) || (isWordSpelled(tokens, at, 'and') && isCapitalizedWord(context, at + 1)))) at++;
  return at;
}

/** "Naalakkersuisoq (equivalent to Minister) for Foreign Affairs": a gloss in brackets between a title and its portfolio. */
function glossedTitleEnd(context: RecognitionContext, end: number): number {
  const afterGloss = skipParenthesis(context, end);
  return afterGloss > end && (isWordSpelled(context.tokens, afterGloss, 'for') || isWordSpelled(context.tokens, afterGloss, 'of')) ? afterGloss : end;
}

function isGovernmentOffice(role: string): boolean {
  return role.includes('Minister') || role === 'Central Bank Governor';
}

/** "the Polish Finance Minister told reporters": a lower-case verb of saying ends the office as a comma would. */
function isSpeechVerb(context: RecognitionContext, index: number): boolean {
  return isLowerCaseWord(context, index) && isWordIn(context.tokens, index, context.lexicon.speechVerbs);
}

/** Tokens before a name's comma in which its own office may stand ("Ambassador in Riyadh, ..."). */
const OWN_OFFICE_LOOK_BACK = 4;

/** "Morocco's Ambassador in Riyadh, Mustapha Mansouri": a title shortly before the comma that opens the name. */
function followsOwnOffice(context: RecognitionContext, nameStart: number): boolean {
  if (!isPunct(context.tokens, nameStart - 1, ',')) return false;
  for (let at = nameStart - 2; at >= 0 && at >= nameStart - 1 - OWN_OFFICE_LOOK_BACK; at--) if (matchOfKind(context, at, 'title')) return true;
  return false;
}
