import { recordKey } from '../../pipeline/entityKey';
import { createCandidate, Priority } from '../../pipeline/candidate';
import { forEachNameMatch, matchOfKind, type Recognizer } from '../../pipeline/recognitionContext';
import { isNisbaAt } from '../leader/personName';

/** Cities, capitals, regions and seas from the place gazetteer and the country table's capitals. */
export const recognizePlaces: Recognizer = (context, out) => {
  forEachNameMatch(context, 'place', ({ place }, tokenStart, tokenEnd) => {
    // "Papua New Guineans": a people's name that begins with the place's.
    if ((matchOfKind(context, tokenStart, 'countNoun')?.tokenEnd ?? 0) > tokenEnd) return;
    // "Sheikh Mishal Al Sabah": a family name after the Arabic article, not the Malaysian state.
    if (isNisbaAt(context, tokenStart)) return;
    const candidate = createCandidate(context.tokens, 'place', tokenStart, tokenEnd, Priority.place, recordKey(place, () => `place:${place.country ?? ''}:${place.name}`));
    candidate.place = place;
    candidate.countryCode = place.country;
    out.push(candidate);
  });
};
