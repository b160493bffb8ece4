import * as z from 'zod/mini';

// Every resource the engine reads is data in this folder (or a user's workspace), checked
// against one of these schemas at load. Words are matched case-insensitively unless an
// entry says otherwise; multi-word phrases are split on spaces.

const IsoCountry = z.string().check(z.regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code, e.g. "ID"'));
const IsoCurrency = z.string().check(z.regex(/^[A-Z]{3}$/, 'ISO 4217 code, e.g. "IDR"'));
const WikidataId = z.string().check(z.regex(/^Q\d+$/, 'Wikidata item id, e.g. "Q252"'));
const IsoDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'));
const Phrase = z.string().check(
  z.minLength(1),
  z.refine((s) => s.trim() === s && !/\s\s/.test(s), 'no outer or double spaces'),
);
const BilingualName = z.object({ id: Phrase, en: Phrase });
const phrases = () => z._default(z.array(Phrase), []);
/** A capital's Indonesian and English names, and other spellings news uses ("Moskow"). */
const CapitalName = z.object({ id: Phrase, en: Phrase, aliases: phrases() });

/** Hand-kept facts about countries, merged at build time with the generated name tables. */
/**
 * A state whose name is also a region's of another ("Georgia", the US state): where a text
 * has one of the cues ("Gov.", "Atlanta") and names neither the state's capital nor its
 * people, the name is the region's, no country.
 */
export const SubnationalHomonymSchema = z.object({ of: IsoCountry, cues: z.array(Phrase).check(z.minLength(1)) });

export const CountryFactsSchema = z.object({
  code: IsoCountry,
  /** UN members, observers and the widely reported territories the guidelines count as countries. */
  sovereign: z.boolean(),
  nameId: z.optional(Phrase),
  nameEn: z.optional(Phrase),
  wikidata: z.optional(WikidataId),
  capital: z.optional(CapitalName),
  currency: z.optional(IsoCurrency),
  /** Extra names news uses; all-caps abbreviations ("AS", "RI", "UEA") match only as written. */
  aliases: phrases(),
  /** English adjectives for the country and its people: "Iranian", "Chinese". */
  demonyms: phrases(),
  /** Names the generated tables carry that must never match (ambiguous words). */
  excludeNames: phrases(),
  subnationalHomonym: z.optional(SubnationalHomonymSchema),
});
export type CountryFacts = z.infer<typeof CountryFactsSchema>;
export const CountryFactsFileSchema = z.object({ countries: z.array(CountryFactsSchema) });

/** One country as the engine sees it after the build merged every source. */
export const CountryRecordSchema = z.object({
  code: IsoCountry,
  sovereign: z.boolean(),
  nameId: Phrase,
  nameEn: Phrase,
  names: z.array(Phrase).check(z.minLength(1)),
  demonyms: z.array(Phrase),
  wikidata: z.optional(WikidataId),
  capital: z.optional(CapitalName),
  currency: z.optional(IsoCurrency),
  subnationalHomonym: z.optional(SubnationalHomonymSchema),
});
export type CountryRecord = z.infer<typeof CountryRecordSchema>;
export const CountryTableSchema = z.object({ countries: z.array(CountryRecordSchema) });

export const OfficeSchema = z.object({
  role: BilingualName,
  country: z.optional(IsoCountry),
  /** For offices of an international body: its name, e.g. "United Nations". */
  organization: z.optional(z.string()),
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
});
export type Office = z.infer<typeof OfficeSchema>;

export const LeaderEntrySchema = z.object({
  name: Phrase,
  /** Other full names and the short forms articles use on later mentions ("Raisi", "Jokowi"). */
  aliases: phrases(),
  wikidata: z.optional(WikidataId),
  country: z.optional(IsoCountry),
  offices: z.array(OfficeSchema).check(z.minLength(1)),
});
export type LeaderEntry = z.infer<typeof LeaderEntrySchema>;
export const LeaderGazetteerSchema = z.object({ leaders: z.array(LeaderEntrySchema) });

export const OrganizationEntrySchema = z.object({
  name: Phrase,
  nameId: z.optional(Phrase),
  aliases: phrases(),
  wikidata: z.optional(WikidataId),
  country: z.optional(IsoCountry),
  /** An organisation of states (the UN and its agencies, ASEAN, the WTO, the IMF): its head is a leader. */
  intergovernmental: z._default(z.boolean(), false),
  /**
   * A state body whose head holds a political office though named with a word that is no
   * title on its own ("Kepala Otorita IKN Bambang Susantono": the capital's governor, at a
   * minister's rank).
   */
  headedByLeader: z._default(z.boolean(), false),
  /** A company, business association, news outlet or think tank: whoever chairs or heads it is no political leader. */
  business: z._default(z.boolean(), false),
  /** A religious, charitable or mass organisation (Nahdlatul Ulama, Baznas): its chair holds no political office either. */
  civilSociety: z._default(z.boolean(), false),
});
export type OrganizationEntry = z.infer<typeof OrganizationEntrySchema>;

/** Whether "head", "kepala", "chief" next to the organisation's name introduce a leader. */
export function isHeadedByLeader(organization: OrganizationEntry): boolean {
  return organization.intergovernmental || organization.headedByLeader;
}
/** Whether whoever chairs or heads the organisation is, by that office, no political leader. */
export function isHeadedByNoLeader(organization: OrganizationEntry): boolean {
  return organization.business || organization.civilSociety;
}
/** A government ministry, by its name ("Ministry of ...", "Kementerian ..."): its secretary-general is a civil servant. */
export function isMinistry(organization: OrganizationEntry): boolean {
  return opensWithMinistryWord(organization.name) || (organization.nameId !== undefined && opensWithMinistryWord(organization.nameId));
}
/** "ministry", "kementerian", in lower case: the word that opens a ministry's name. */
export function isMinistryWord(lowerCaseWord: string): boolean {
  return lowerCaseWord === 'ministry' || lowerCaseWord === 'kementerian';
}
function opensWithMinistryWord(name: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && isMinistryWord(name.slice(0, space).toLowerCase());
}
export const OrganizationGazetteerSchema = z.object({ organizations: z.array(OrganizationEntrySchema) });

export const PlaceEntrySchema = z.object({
  name: Phrase,
  aliases: phrases(),
  country: z.optional(IsoCountry),
  wikidata: z.optional(WikidataId),
  kind: z._default(z.enum(['capital', 'city', 'region', 'territory', 'body-of-water', 'landmark']), 'city'),
});
export type PlaceEntry = z.infer<typeof PlaceEntrySchema>;
export const PlaceGazetteerSchema = z.object({ places: z.array(PlaceEntrySchema) });

/** Office words that introduce a leader's name: "Presiden", "Menteri Luar Negeri", "Prime Minister". */
export const TitleEntrySchema = z.object({
  phrase: Phrase,
  /** Canonical role in English, used for hovers and exports. */
  role: Phrase,
  /**
   * False for an office that introduces a name but is no political leadership by the
   * guidelines (ambassadors, career diplomats): the name after it is not a leader.
   */
  leader: z._default(z.boolean(), true),
});
export type TitleEntry = z.infer<typeof TitleEntrySchema>;

export const NumberWordsSchema = z.object({
  /** Cardinal words and their values: "dua": 2, "sebelas": 11, "twenty": 20. */
  units: z.record(z.string(), z.number()),
  /** Words that add to the single unit before them: "belas": 10 ("dua belas" is 12). */
  addends: z._default(z.record(z.string(), z.number()), {}),
  /**
   * Multipliers inside a number word sequence: "puluh": 10, "ratus": 100, "hundred": 100,
   * "dozen": 12. A value of 1000 or more closes a group ("lima ribu tiga ratus"). A word may
   * also be a scale ("ribu"), which follows digits too ("5 ribu").
   */
  multipliers: z.record(z.string(), z.number()),
  /** Scale words after a number: "juta": 1e6, "miliar": 1e9, "million": 1e6, "bn": 1e9. */
  scales: z.record(z.string(), z.number()),
  /**
   * Short scales this language writes after any currency's number, apart and capitalised:
   * Indonesian "M" (miliar) and "T" (triliun) in "US$ 3,2 M", where English reads "m" as million.
   */
  currencyScales: z._default(z.record(z.string(), z.number().check(z.positive())), {}),
  /** Words joining parts of a number: "and" in "one hundred and five". */
  connectors: z._default(z.array(z.string()), []),
  /** Words that mean one only before a multiplier or scale: "a" in "a dozen", "a hundred", "a million". */
  indefinite: z._default(z.array(z.string()), []),
  /** Fractions before such a one: "half" in "half a million" (500 000), "half a dozen". */
  fractionsOfOne: z._default(z.record(z.string(), z.number().check(z.positive())), {}),
  /** Single words meaning one of a unit: "sehari" is 1 day. */
  fused: z._default(z.record(z.string(), z.object({ value: z.number(), unit: z.string() })), {}),
});
export type NumberWords = z.infer<typeof NumberWordsSchema>;

export const UnitEntrySchema = z.object({
  phrase: Phrase,
  unit: z.string().check(z.minLength(1)),
  kind: z.enum(['duration', 'measure', 'percent']),
  /**
   * Only written straight against the digits: "1.5C" is a temperature, while "5 C" apart
   * from its number is a class, a grade or an initial.
   */
  attached: z._default(z.boolean(), false),
  /** Also written before the number: "magnitude 7.6", "magnitude of 7.6", "magnitudo 5,6". */
  before: z._default(z.boolean(), false),
  /** Matched only in the case written ("C" for Celsius, never "c"). */
  caseSensitive: z._default(z.boolean(), false),
});
export type UnitEntry = z.infer<typeof UnitEntrySchema>;

export const CurrencyEntrySchema = z.object({
  phrase: Phrase,
  code: IsoCurrency,
  /** Written before the number ("Rp", "US$", "€") rather than after it ("rupiah", "euros"). */
  prefix: z._default(z.boolean(), false),
  caseSensitive: z._default(z.boolean(), false),
  /**
   * Short scales valid only right after this currency's number, besides the language's
   * scale words: "M" (miliar) and "T" (triliun) after "Rp". Matched in any case against the
   * digits ("Rp5M", "Rp5m"), or apart from them when capitalised as headlines write them
   * ("Rp 12,5 T"). Only prefix currencies use them.
   */
  scales: z._default(z.record(z.string(), z.number().check(z.positive())), {}),
  /**
   * For a name several countries' currencies share ("Rs", "rupees"): each country and its
   * currency, the entry's own code among them. The one of these countries the article names
   * most decides; on a tie or none, the entry's code. A named currency ("Pakistani rupees",
   * "rupee Pakistan") is an entry of its own and needs none of this.
   */
  byCountry: z._default(z.record(IsoCountry, IsoCurrency), {}),
  /**
   * With byCountry: only the country the article names most of all decides, and only in
   * English text. "$" and "dollars" are US dollars in news at large but the local dollar in
   * an article about Barbados or Fiji, where the paper writes its own currency bare; a
   * paragraph naming Canada does not make "$" Canadian. Indonesian news writes a bare
   * "dolar" for the US dollar alone (the guidelines).
   */
  homeCountryOnly: z._default(z.boolean(), false),
  /** How many of this word make one of the currency: 100 cents make a dollar, 100 sen a ringgit. */
  subunits: z._default(z.int().check(z.positive()), 1),
  /**
   * A prefix that is also a letter of codes and names ("N" for naira, but "N95 masks"):
   * money only before a scale word ("N200bn", "N50 billion") or digits in groups ("N150,000").
   */
  scaledOnly: z._default(z.boolean(), false),
  /**
   * A scaled-only prefix that, once the text has written it before a scale ("P6.2 trillion"),
   * stands for the currency before any number ("the P20 per kilo rice"), as Philippine papers write pesos.
   */
  anyNumberOnceScaled: z._default(z.boolean(), false),
  /**
   * A subunit written only against its number, below one of the currency: "45p" is pence;
   * "45 p" and "1080p" are no money.
   */
  attached: z._default(z.boolean(), false),
});
export type CurrencyEntry = z.infer<typeof CurrencyEntrySchema>;

/**
 * A word that changes the office a title names: "mantan"/"former" before it, "sementara"
 * (interim) after it. A hyphen may join it to the title ("ex-President", "then-Premier").
 */
export const TitleModifierSchema = z.object({
  phrase: Phrase,
  /** English word put before the canonical role: "former", "acting", "late". */
  role: Phrase,
  /** Written after the title rather than before it. */
  after: z._default(z.boolean(), false),
});
export type TitleModifier = z.infer<typeof TitleModifierSchema>;

/** Everything one language contributes: title words, number words, units, currencies. */
export const LanguageResourcesSchema = z.object({
  language: z.enum(['id', 'en']),
  titles: z.array(TitleEntrySchema),
  /** Words that make a title former, acting or late; not part of the title phrases. */
  titleModifiers: z._default(z.array(TitleModifierSchema), []),
  numbers: NumberWordsSchema,
  units: z.array(UnitEntrySchema),
  currencies: z.array(CurrencyEntrySchema),
  /** Frequent function words, used to tell the document's language. */
  stopwords: z.array(z.string()).check(z.minLength(20)),
  /** Capitalised words that never start or continue a person's name (days, months, sentence openers). */
  nonNameWords: z._default(z.array(z.string()), []),
  /** Lowercase particles allowed inside names: "van", "bin", "de". */
  nameParticles: z._default(z.array(z.string()), []),
  /** Nouns after a number that make it a count rather than a year or an identifier ("negara", "countries"). */
  countNouns: z._default(z.array(z.string()), []),
});
export type LanguageResources = z.infer<typeof LanguageResourcesSchema>;
