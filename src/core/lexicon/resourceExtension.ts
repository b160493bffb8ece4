import * as z from 'zod/mini';
import {
  CountryRecordSchema,
  CurrencyEntrySchema,
  LeaderEntrySchema,
  NumberWordsSchema,
  OrganizationEntrySchema,
  PlaceEntrySchema,
  TitleEntrySchema,
  UnitEntrySchema,
} from '../data/schemas';
import type { ResourceExtension } from './engineResources';
import { parse } from './bundledResources';

const LanguageExtensionSchema = z.partial(
  z.object({
    titles: z.array(TitleEntrySchema),
    numbers: NumberWordsSchema,
    units: z.array(UnitEntrySchema),
    currencies: z.array(CurrencyEntrySchema),
    stopwords: z.array(z.string()),
    nonNameWords: z.array(z.string()),
    nameParticles: z.array(z.string()),
    countNouns: z.array(z.string()),
  }),
);

/**
 * What a user may add from their workspace (a `.news-annotator.json` file, say): more
 * leaders, organisations, places, countries and words, in the same shapes as the bundled
 * data, appended to it.
 */
export const ResourceExtensionSchema = z.partial(
  z.object({
    countries: z.array(CountryRecordSchema),
    leaders: z.array(LeaderEntrySchema),
    organizations: z.array(OrganizationEntrySchema),
    places: z.array(PlaceEntrySchema),
    languages: z.partial(z.object({ id: LanguageExtensionSchema, en: LanguageExtensionSchema })),
  }),
);

/** Validates user-supplied resources; throws an Error naming the first bad field. */
export function parseResourceExtension(data: unknown, name = 'workspace resources'): ResourceExtension {
  return parse(name, ResourceExtensionSchema, data) as ResourceExtension;
}
