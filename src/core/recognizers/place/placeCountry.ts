import type { CountryRecord, PlaceEntry } from '../../data/schemas';
import type { RecognitionContext } from '../../pipeline/recognitionContext';

/** The state a matched capital, region or city belongs to: a capital's by its state, any other by its record. */
export function countryOfPlace(context: RecognitionContext, place: { readonly place: PlaceEntry; readonly capitalOf?: CountryRecord }): CountryRecord | undefined {
  if (place.capitalOf) return place.capitalOf;
  return place.place.country === undefined ? undefined : context.lexicon.countriesByCode.get(place.place.country);
}
