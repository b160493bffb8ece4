// The output contract shared by the CLI, the JSON export and the published JSON Schema.
// zod/mini keeps the validator small enough to ship inside the extension bundle.
import * as z from 'zod/mini';
import { EntityTypeSchema, LanguageSchema } from './entityType';

export const SCHEMA_VERSION = 1;

const offset = z.int().check(z.nonnegative());
const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.describe(description)) as T;

/** One mention in the text. Offsets are UTF-16 code units, `end` exclusive. */
export const AnnotationSchema = z
  .object({
    id: described(z.string(), 'Stable within the document: "a1", "a2", … in text order.'),
    type: EntityTypeSchema,
    start: offset,
    end: offset,
    text: described(z.string(), 'Exactly the source text from start to end.'),
    entityId: described(z.string(), 'The entity this mention belongs to, see `entities`.'),
    value: z.optional(described(z.number(), 'Amounts: the normalised numeric value.')),
    unit: z.optional(
      described(z.string(), 'Amounts: ISO 4217 code for money, "%", a time unit, a measure, or the counted noun.'),
    ),
    role: z.optional(described(z.string(), 'Leaders: the office as written next to this mention.')),
  })
  .check(z.refine((a) => a.end > a.start, { message: 'end must be greater than start' }));
export type Annotation = z.infer<typeof AnnotationSchema>;

/** The id of the annotation at `index` in text order: "a1", "a2", … */
export function annotationId(index: number): string {
  return 'a' + (index + 1);
}

export const EntityAttributesSchema = z.object({
  role: z.optional(z.string()),
  countryCode: z.optional(described(z.string().check(z.length(2)), 'ISO 3166-1 alpha-2 of the country the entity belongs to.')),
  iso3166: z.optional(described(z.string().check(z.length(2)), "Countries: their own ISO 3166-1 alpha-2 code.")),
  iso4217: z.optional(described(z.string().check(z.length(3)), 'Money amounts: the currency code.')),
  wikidata: z.optional(z.string().check(z.regex(/^Q\d+$/))),
  nameId: z.optional(described(z.string(), 'Indonesian name.')),
  nameEn: z.optional(described(z.string(), 'English name.')),
  capital: z.optional(z.string()),
  value: z.optional(z.number()),
  unit: z.optional(z.string()),
  source: z.optional(described(z.enum(['text', 'gazetteer']), 'Where the role and country came from.')),
});
export type EntityAttributes = z.infer<typeof EntityAttributesSchema>;

export const EntitySchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: described(z.string(), 'Canonical name.'),
  attributes: EntityAttributesSchema,
  mentions: described(z.array(z.string()).check(z.minLength(1)), 'Annotation ids, in text order.'),
});
export type Entity = z.infer<typeof EntitySchema>;

export const SourceSchema = z.object({
  uri: z.optional(z.string()),
  path: z.optional(z.string()),
  language: LanguageSchema,
  length: described(offset, 'Length of the text in UTF-16 code units.'),
  sha256: described(z.string().check(z.regex(/^[0-9a-f]{64}$/)), 'SHA-256 of the UTF-8 encoded text.'),
});
export type Source = z.infer<typeof SourceSchema>;

export const AnnotatedDocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.optional(z.string()),
  source: SourceSchema,
  annotations: z.array(AnnotationSchema),
  entities: z.array(EntitySchema),
});
export type AnnotatedDocument = z.infer<typeof AnnotatedDocumentSchema>;
