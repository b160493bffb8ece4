import { Priority } from '../../pipeline/candidate';
import { candidateSpan, type Recognizer } from '../../pipeline/recognitionContext';

/** Leaders the gazetteer knows by name or short form, with no title in the text. */
export const recognizeGazetteerLeaders: Recognizer = (context, out) => {
  for (const list of context.matches.values()) {
    const match = list.find((m) => m.payload.kind === 'leader');
    if (!match || match.payload.kind !== 'leader') continue;
    const { leader } = match.payload;
    out.push({
      type: 'leader',
      ...candidateSpan(context.tokens, match.tokenStart, match.tokenEnd),
      priority: Priority.gazetteerLeader,
      key: `leader:${leader.name}`,
      leader,
      ...(leader.country ? { countryCode: leader.country } : {}),
    });
  }
};
