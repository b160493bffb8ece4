import * as z from 'zod/mini';

export const ENTITY_TYPES = ['leader', 'country', 'amount', 'organization', 'place', 'date'] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const LANGUAGES = ['id', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;
