import { recordKey } from '../../pipeline/entityKey';
import { createCandidate, Priority } from '../../pipeline/candidate';
import { forEachNameMatch, type Recognizer } from '../../pipeline/recognitionContext';

/** Cities, capitals, regions and seas from the place gazetteer and the country table's capitals. */
export const recognizePlaces: Recognizer = (context, out) => {
  forEachNameMatch(context, 'place', (match) => {
    const { place } = match.payload;
    const candidate = createCandidate(context.tokens, 'place', match.tokenStart, match.tokenEnd, Priority.place, recordKey(place, () => `place:${place.country ?? ''}:${place.name}`));
    candidate.place = place;
    candidate.countryCode = place.country;
    out.push(candidate);
  });
};
