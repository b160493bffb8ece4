import englishJson from '../../../../src/core/lang/en/resources.json';
import indonesianJson from '../../../../src/core/lang/id/resources.json';
import { LanguageResourcesSchema, type LanguageResources } from '../../../../src/core/data/schemas';

/** The two shipped resource files, validated by the engine's schema. */
export const indonesian: LanguageResources = LanguageResourcesSchema.parse(indonesianJson);
export const english: LanguageResources = LanguageResourcesSchema.parse(englishJson);

export const rawResources = { id: indonesianJson as unknown, en: englishJson as unknown };
