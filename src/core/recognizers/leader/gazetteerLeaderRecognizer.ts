import { Priority } from '../../pipeline/candidate';
import { candidateSpan, forEachNameMatch, type Recognizer } from '../../pipeline/recognitionContext';

/** Leaders the gazetteer knows by name or short form, with no title in the text. */
export const recognizeGazetteerLeaders: Recognizer = (context, out) => {
  forEachNameMatch(context, 'leader', (match) => {
    const { leader } = match.payload;
    out.push({
      type: 'leader',
      ...candidateSpan(context.tokens, match.tokenStart, match.tokenEnd),
      priority: Priority.gazetteerLeader,
      key: `leader:${leader.name}`,
      leader,
      ...(leader.country ? { countryCode: leader.country } : {}),
    });
  });
};
