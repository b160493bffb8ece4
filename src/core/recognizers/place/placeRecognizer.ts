import { Priority } from '../../pipeline/candidate';
import { candidateSpan, type Recognizer } from '../../pipeline/recognitionContext';

/** Cities, capitals, regions and seas from the place gazetteer and the country table's capitals. */
export const recognizePlaces: Recognizer = (context, out) => {
  for (const list of context.matches.values()) {
    const match = list.find((m) => m.payload.kind === 'place');
    if (!match || match.payload.kind !== 'place') continue;
    const { place } = match.payload;
    out.push({
      type: 'place',
      ...candidateSpan(context.tokens, match.tokenStart, match.tokenEnd),
      priority: Priority.place,
      key: `place:${place.country ?? ''}:${place.name}`,
      place,
      ...(place.country ? { countryCode: place.country } : {}),
    });
  }
};
