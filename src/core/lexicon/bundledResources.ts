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

/** The resources that ship with the engine, validated once on first use. */
export function bundledResources(): EngineResources {
  bundled ??= {
    countries: parse('countries', CountryTableSchema, countryTable).countries,
    leaders: parse('leaders', LeaderGazetteerSchema, leaderGazetteer).leaders,
    organizations: parse('organizations', OrganizationGazetteerSchema, organizationGazetteer).organizations,
    places: parse('places', PlaceGazetteerSchema, placeGazetteer).places,
    languages: {
      id: parse('lang/id', LanguageResourcesSchema, indonesianResources),
      en: parse('lang/en', LanguageResourcesSchema, englishResources),
    },
    context: parse('contextWords', ContextWordsSchema, contextWords),
  };
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
