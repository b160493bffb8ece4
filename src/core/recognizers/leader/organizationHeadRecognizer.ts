import { isHeadedByLeader, type OrganizationEntry } from '../../data/schemas';
import { WordFlag } from '../../lexicon/lexicon';
import { createCandidate, Priority } from '../../pipeline/candidate';
import { isPunct, isWord, isWordIn, matchEndingAt, matchOfKind, type RecognitionContext, type Recognizer } from '../../pipeline/recognitionContext';
import { isTitleCaseLine } from '../../text/lineShape';
import { leaderAt, leaderKey, unknownLeaderKey } from './leaderIdentity';
import { readPersonName } from './personName';

/**
 * Heads of intergovernmental organisations named with a word that is no title on its own:
 * "Kepala IAEA Rafael Grossi", "head of the IAEA Rafael Grossi", "IAEA chief Rafael
 * Grossi"; likewise of a state body whose head holds political office ("Kepala Otorita IKN").
 * Next to any other body ("Kepala Desa", "police chief") the word says nothing.
 */
export const recognizeOrganizationHeads: Recognizer = (context, out) => {
  const { tokens, lexicon } = context;
  const of = lexicon.vocabulary.find('of');
  const the = lexicon.vocabulary.find('the');
  for (let index = 0; index < tokens.count; index++) {
    const wordId = tokens.wordIds[index]!;
    if (wordId < 0 || !lexicon.hasFlag(wordId, WordFlag.OrganizationHeadWord)) continue;
    const headEnd = headPhraseEnd(context, index);
    if (headEnd < 0 || isWordIn(tokens, index - 1, lexicon.deputyWords)) continue;
    let nameStart: number;
    let roleStart = index;
    let organization: OrganizationEntry;
    // "IAEA chief Rafael Grossi", "WFP Executive Director Cindy McCain"
    const before = organizationEndingAt(context, index);
    if (before) {
      roleStart = before.tokenStart;
      organization = before.payload.organization;
      nameStart = headEnd;
    } else {
      // "Kepala IAEA Rafael Grossi", "head of the IAEA Rafael Grossi", "Direktur Eksekutif WFP Cindy McCain"
      let at = headEnd;
      if (of >= 0 && tokens.wordIds[at] === of) at++;
      if (the >= 0 && tokens.wordIds[at] === the) at++;
      const after = matchOfKind(context, at, 'organization');
      if (!after || !isHeadedByLeader(after.payload.organization)) continue;
      organization = after.payload.organization;
      nameStart = skipAbbreviation(context, after.tokenEnd);
      if (isPunct(tokens, nameStart, ',')) nameStart++;
    }
    const nameEnd = readPersonName(context, nameStart);
    if (nameEnd < 0) continue;
    const known = leaderAt(context, nameStart, nameEnd);
    // In a title-case headline any capitalised run follows; trust only known names.
    if (!known && isTitleCaseLine(tokens, index, lexicon)) continue;
    const name = context.text.slice(tokens.starts[nameStart]!, tokens.ends[nameEnd - 1]!);
    const candidate = createCandidate(tokens, 'leader', nameStart, nameEnd, Priority.titledLeader, known ? leaderKey(known) : unknownLeaderKey(name));
    candidate.role = context.text.slice(tokens.starts[roleStart]!, tokens.ends[nameStart - 1]!).replace(/[\s,]+$/, '');
    // "Head of the World Health Organization", "Head of UNICEF"
    const { name: organizationName } = organization;
    candidate.canonicalRole = organizationName.includes(' ') ? `Head of the ${organizationName}` : `Head of ${organizationName}`;
    candidate.leader = known;
    candidate.countryCode = known?.country ?? organization.country;
    out.push(candidate);
    index = nameEnd - 1;
  }
};

/** One past the longest organisation-head phrase starting at `index` ("chief", "Executive Director"), or -1. */
function headPhraseEnd(context: RecognitionContext, index: number): number {
  const { tokens } = context;
  let end = -1;
  for (const rest of context.lexicon.organizationHeadPhrases.get(tokens.wordIds[index]!) ?? []) {
    let k = 0;
    while (k < rest.length && tokens.wordIds[index + 1 + k] === rest[k]) k++;
    if (k === rest.length) end = Math.max(end, index + 1 + k);
  }
  return end;
}

/** An organisation whose head is a leader, its name ending just before `end`. */
function organizationEndingAt(context: RecognitionContext, end: number) {
  return matchEndingAt(context, 'organization', end, MAX_ORGANIZATION_TOKENS, (m) => isHeadedByLeader(m.payload.organization));
}

const MAX_ORGANIZATION_TOKENS = 8;

/** "Badan Energi Atom Internasional (IAEA) Rafael Grossi": the abbreviation is skipped. */
function skipAbbreviation(context: RecognitionContext, start: number): number {
  const { tokens } = context;
  if (isPunct(tokens, start, '(') && isWord(tokens, start + 1) && isPunct(tokens, start + 2, ')')) return start + 3;
  return start;
}
