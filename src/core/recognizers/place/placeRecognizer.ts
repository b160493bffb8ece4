import { Priority } from '../../pipeline/candidate';
import { candidateSpan, forEachNameMatch, type Recognizer } from '../../pipeline/recognitionContext';

/** Cities, capitals, regions and seas from the place gazetteer and the country table's capitals. */
export const recognizePlaces: Recognizer = (context, out) => {
  forEachNameMatch(context, 'place', (match) => {
    const { place } = match.payload;
    out.push({
      type: 'place',
      ...candidateSpan(context.tokens, match.tokenStart, match.tokenEnd),
      priority: Priority.place,
      key: `place:${place.country ?? ''}:${place.name}`,
      place,
      ...(place.country ? { countryCode: place.country } : {}),
    });
  });
};
