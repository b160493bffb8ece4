import type {
  CountryRecord,
  LanguageResources,
  LeaderEntry,
  OrganizationEntry,
  PlaceEntry,
} from '../data/schemas';
import type { ContextWords } from '../data/contextWordsSchema';
import type { Language } from '../model/entityType';

/** Every piece of data the engine recognises with, already validated. */
export interface EngineResources {
  readonly countries: readonly CountryRecord[];
  readonly leaders: readonly LeaderEntry[];
  readonly organizations: readonly OrganizationEntry[];
  readonly places: readonly PlaceEntry[];
  readonly languages: Readonly<Record<Language, LanguageResources>>;
  readonly context: ContextWords;
}

/** Resources a user adds from their workspace: appended to the bundled ones. */
export type ResourceExtension = {
  readonly [K in keyof Omit<EngineResources, 'languages' | 'context'>]?: EngineResources[K];
} & { readonly languages?: Partial<Record<Language, Partial<LanguageResources>>> };

export function extendResources(base: EngineResources, extension: ResourceExtension): EngineResources {
  const languages = { ...base.languages };
  for (const [language, extra] of Object.entries(extension.languages ?? {}) as Array<[Language, Partial<LanguageResources>]>) {
    const current = languages[language];
    languages[language] = {
      ...current,
      titles: [...current.titles, ...(extra.titles ?? [])],
      units: [...current.units, ...(extra.units ?? [])],
      currencies: [...current.currencies, ...(extra.currencies ?? [])],
      stopwords: [...current.stopwords, ...(extra.stopwords ?? [])],
      nonNameWords: [...current.nonNameWords, ...(extra.nonNameWords ?? [])],
      nameParticles: [...current.nameParticles, ...(extra.nameParticles ?? [])],
      countNouns: [...current.countNouns, ...(extra.countNouns ?? [])],
      numbers: extra.numbers ? mergeNumbers(current.numbers, extra.numbers) : current.numbers,
    };
  }
  return {
    countries: [...base.countries, ...(extension.countries ?? [])],
    leaders: [...base.leaders, ...(extension.leaders ?? [])],
    organizations: [...base.organizations, ...(extension.organizations ?? [])],
    places: [...base.places, ...(extension.places ?? [])],
    languages,
    context: base.context,
  };
}

function mergeNumbers(
  base: LanguageResources['numbers'],
  extra: LanguageResources['numbers'],
): LanguageResources['numbers'] {
  return {
    ...base,
    ...extra,
    units: { ...base.units, ...extra.units },
    addends: { ...base.addends, ...extra.addends },
    multipliers: { ...base.multipliers, ...extra.multipliers },
    scales: { ...base.scales, ...extra.scales },
    currencyScales: { ...base.currencyScales, ...extra.currencyScales },
    connectors: [...base.connectors, ...extra.connectors],
    fused: { ...base.fused, ...extra.fused },
  };
}
