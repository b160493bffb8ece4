import { recordKey } from '../../pipeline/entityKey';
import { createCandidate, Priority } from '../../pipeline/candidate';
import { forEachNameMatch, type Recognizer } from '../../pipeline/recognitionContext';

/** Cities, capitals, regions and seas from the place gazetteer and the country table's capitals. */
export const recognizePlaces: Recognizer = (context, out) => {
  forEachNameMatch(context, 'place', ({ place }, tokenStart, tokenEnd) => {
    const candidate = createCandidate(context.tokens, 'place', tokenStart, tokenEnd, Priority.place, recordKey(place, () => `place:${place.country ?? ''}:${place.name}`));
    candidate.place = place;
    candidate.countryCode = place.country;
    out.push(candidate);
  });
};
