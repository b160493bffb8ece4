import countryTable from '../data/generated/countries.json';
import contextWords from '../data/contextWords.json';
import leaderGazetteer from '../data/leaders.json';
import organizationGazetteer from '../data/organizations.json';
import placeGazetteer from '../data/places.json';
import englishResources from '../lang/en/resources.json';
import indonesianResources from '../lang/id/resources.json';
import * as z from 'zod/mini';
import { ContextWordsSchema } from '../data/contextWordsSchema';
import {
  CountryTableSchema,
  LanguageResourcesSchema,
  LeaderGazetteerSchema,
  OrganizationGazetteerSchema,
  PlaceGazetteerSchema,
} from '../data/schemas';
import type { EngineResources } from './engineResources';

let bundled: EngineResources | undefined;

/** The data files as JSON values, by the names `parseEngineResources` expects. */
export interface RawResources {
  countries: unknown;
  leaders: unknown;
  organizations: unknown;
  places: unknown;
  languageId: unknown;
  languageEn: unknown;
  contextWords: unknown;
}

/** The data file each raw resource comes from, relative to the data folder a host ships. */
export const RESOURCE_FILES: Record<keyof RawResources, string> = {
  countries: 'countries.json',
  leaders: 'leaders.json',
  organizations: 'organizations.json',
  places: 'places.json',
  languageId: 'lang-id.json',
  languageEn: 'lang-en.json',
  contextWords: 'context-words.json',
};

/** Validates every data file; throws naming the first invalid field. */
export function parseEngineResources(raw: RawResources): EngineResources {
  return {
    countries: parse('countries', CountryTableSchema, raw.countries).countries,
    leaders: parse('leaders', LeaderGazetteerSchema, raw.leaders).leaders,
    organizations: parse('organizations', OrganizationGazetteerSchema, raw.organizations).organizations,
    places: parse('places', PlaceGazetteerSchema, raw.places).places,
    languages: {
      id: parse('lang/id', LanguageResourcesSchema, raw.languageId),
      en: parse('lang/en', LanguageResourcesSchema, raw.languageEn),
    },
    context: parse('contextWords', ContextWordsSchema, raw.contextWords),
  };
}

/** The resources that ship inside the bundle (CLI, browser), validated once on first use. */
export function bundledResources(): EngineResources {
  bundled ??= parseEngineResources({
    countries: countryTable,
    leaders: leaderGazetteer,
    organizations: organizationGazetteer,
    places: placeGazetteer,
    languageId: indonesianResources,
    languageEn: englishResources,
    contextWords,
  });
  return bundled;
}

export function parse<T extends z.ZodMiniType>(name: string, schema: T, data: unknown): z.infer<T> {
  const result = z.safeParse(schema, data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Invalid ${name} resource at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'unknown error'}`);
  }
  return result.data;
}
