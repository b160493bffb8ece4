import { recordKey } from '../../pipeline/entityKey';
import { createCandidate, Priority } from '../../pipeline/candidate';
import { forEachNameMatch, type Recognizer } from '../../pipeline/recognitionContext';

/** Leaders the gazetteer knows by name or short form, with no title in the text. */
export const recognizeGazetteerLeaders: Recognizer = (context, out) => {
  forEachNameMatch(context, 'leader', (match) => {
    const { leader } = match.payload;
    const candidate = createCandidate(context.tokens, 'leader', match.tokenStart, match.tokenEnd, Priority.gazetteerLeader, recordKey(leader, () => `leader:${leader.name}`));
    candidate.leader = leader;
    candidate.countryCode = leader.country;
    out.push(candidate);
  });
};
