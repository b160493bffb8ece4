import type { CountryRecord, LeaderEntry, OrganizationEntry, PlaceEntry } from '../data/schemas';
import type { Language } from '../model/entityType';
import { sequentialCopy } from '../text/sequentialCopy';
import { TokenFlag, tokenize, tokenText, type TokenStream } from '../text/tokenize';
import { Vocabulary } from '../text/vocabulary';
import type { EngineResources } from './engineResources';
import { CaseRule, PhraseTrie } from './phraseTrie';
import { WordIdSet } from './wordIdSet';
import { WordPhrases } from './wordPhrases';

export type LexiconEntry =
  | {
      readonly kind: 'country';
      readonly country: CountryRecord;
      readonly demonym: boolean;
      /** "Sino", "Pak": only before a hyphen and another country ("Sino-Thai"). */
      readonly combining: boolean;
    }
  | { readonly kind: 'place'; readonly place: PlaceEntry; readonly capitalOf?: CountryRecord }
  | { readonly kind: 'organization'; readonly organization: OrganizationEntry }
  | { readonly kind: 'leader'; readonly leader: LeaderEntry }
  | { readonly kind: 'title'; readonly role: string; readonly language: Language; readonly leader: boolean }
  | {
      readonly kind: 'currency';
      readonly code: string;
      readonly prefix: boolean;
      /** The currency's own short scales by word id ("M", "T" after "Rp"). */
      readonly scales?: ReadonlyMap<number, number>;
      /** For a name countries share ("Rs", "$"): the currency by country, decided per article. */
      readonly shared?: SharedCurrency;
      /** 100 for cents: the amount is the number divided by it. */
      readonly subunits: number;
      /** Money only before a scale word or grouped digits ("N200bn", not "N95"). */
      readonly scaledOnly: boolean;
      /** See CurrencyEntry.anyNumberOnceScaled. */
      readonly anyNumberOnceScaled?: boolean;
      /** See CurrencyEntry.attached. */
      readonly attached?: boolean;
    }
  | { readonly kind: 'unit'; readonly unit: string; readonly unitKind: 'duration' | 'measure' | 'percent'; readonly attached: boolean; readonly before: boolean }
  | {
      readonly kind: 'countNoun';
      readonly noun: string;
      /** The resources that list it: Indonesian and English order a noun's modifiers differently. */
      readonly language: Language;
      /** An English singular made from a listed plural: counted after "one" only ("one soldier"). */
      readonly singular?: boolean;
      /** An Indonesian noun with the possessive "-nya" ("19 warganya"): the unit is the noun without it. */
      readonly possessive?: boolean;
    };

export type EntryKind = LexiconEntry['kind'];

/** The Indonesian possessive written against a word: "warganya" (its citizens), "persennya", "Perdagangannya". */
export const INDONESIAN_POSSESSIVE_SUFFIX = 'nya';

/** A currency name several countries' currencies share ("Rs", "$"): whose it is, decided per article (see CurrencyEntry). */
export interface SharedCurrency {
  readonly byCountry: Readonly<Record<string, string>>;
  readonly homeCountryOnly: boolean;
}

/** Per-word facts, as bits in `Lexicon.wordFlags`. */
export const enum WordFlag {
  StopwordId = 1,
  StopwordEn = 2,
  NumberWord = 4,
  Multiplier = 8,
  Scale = 16,
  Fused = 32,
  NonName = 64,
  NameParticle = 128,
  Connector = 256,
  LanguageBefore = 1 << 9,
  LanguageAfter = 1 << 10,
  StanceBefore = 1 << 11,
  StanceAfter = 1 << 12,
  OrganizationHead = 1 << 13,
  Month = 1 << 14,
  Weekday = 1 << 15,
  IdentifierBefore = 1 << 16,
  RangeWord = 1 << 18,
  Counterpart = 1 << 19,
  /** Some phrase of the trie starts with this word. */
  PhraseStart = 1 << 20,
  TitleStart = 1 << 21,
  CurrencyPrefixStart = 1 << 22,
  Portfolio = 1 << 23,
  PortfolioJoiner = 1 << 24,
  TitleModifier = 1 << 17,
  NameHeadAfter = 1 << 25,
  YearBefore = 1 << 26,
  /** A title that is also a given name ("Raja Juli Antoni", "Ratu ..."). */
  GivenNameTitle = 1 << 27,
  GovernmentHead = 1 << 28,
  /** "and", "dan": joins the items of a list. */
  ListJoiner = 1 << 30,
  /** "other", "lain": may stand between a number and what it counts. */
  CountAdjective = 1 << 31,
  /** "kepala", "chief": heads an organisation named next to it. */
  OrganizationHeadWord = 1 << 29,
  // All 32 bits are taken: further word classes are sets of word ids on the Lexicon, or
  // MoreWordFlag bits where a check runs at every token.
}

/** The flag of the stopwords of a language. */
export function stopwordFlag(language: Language): WordFlag {
  return language === 'id' ? WordFlag.StopwordId : WordFlag.StopwordEn;
}

/** Word classes beyond WordFlag's 32 bits, in `Lexicon.moreWordFlags`. */
export const enum MoreWordFlag {
  /** "sapaan": a nickname stands before it ("Busan, sapaan akrabnya"). */
  NicknameBefore = 1,
  /** "disapa": a nickname follows it ("yang akrab disapa Busan"). */
  NicknameAfter = 2,
  /** "a", "an": one, before a multiplier or scale word ("a dozen", "a million"). */
  Indefinite = 4,
  /** "Republik", "Kingdom": a state's form in its official name. */
  StateForm = 8,
  /** "Sosialis", "Islamic": a modifier of a state's form. */
  StateFormModifier = 16,
  /** "PT": opens a company's name. */
  CompanyPrefix = 32,
  /** "Pengusaha", "Association": a word of a business body's name. */
  BusinessBody = 64,
  /** "ministers": an office in the plural, before a list of names. */
  PluralOffice = 128,
  /** "Partai": a word of a political party's name. */
  PoliticalParty = 256,
  /** "KRI", "USS": opens a ship's name. */
  VesselPrefix = 512,
}

export interface NumberWordValue {
  readonly value: number;
  readonly flag: WordFlag;
  readonly fusedUnit?: string;
}

/**
 * Resources compiled for matching: one vocabulary of case-folded words, one phrase trie
 * for every multi-word name, title and unit, and a flag word per vocabulary id.
 */
export class Lexicon {
  readonly vocabulary = new Vocabulary();
  readonly phrases = new PhraseTrie<LexiconEntry>();
  /** Set phrases with a number word that are no counts ("two-state", "solusi dua negara"), in lower case, by their first code unit. */
  readonly countIdiomsByFirstCode = new Map<number, string[]>();
  private flags = new Uint32Array(4096);
  private moreFlags = new Uint16Array(4096);
  readonly monthNumbers = new Map<number, number>();
  /** Number words, scales and fused words by vocabulary id, per language. */
  readonly numberWords: Record<Language, Map<number, NumberWordValue[]>> = { id: new Map(), en: new Map() };
  /** Each language's short scales after any currency ("US$ 3,2 M" in Indonesian), by vocabulary id. */
  readonly currencyScalesOf: Record<Language, ReadonlyMap<number, number> | undefined> = { id: undefined, en: undefined };
  /**
   * Each language's non-name words by vocabulary id (all carry WordFlag.NonName): inside a
   * name only the document language's stop it, as with stopwords ("Wang Yang" in English).
   */
  readonly nonNameWords: Record<Language, WordIdSet> = { id: new WordIdSet(), en: new WordIdSet() };
  readonly countriesByCode = new Map<string, CountryRecord>();
  /** "mantan", "former", "acting": the English word each puts before a role, by vocabulary id. */
  readonly titleModifiers = new Map<number, string>();
  /** Modifiers written after the title ("Presiden sementara"), by word id. */
  readonly titleModifiersAfter = new Map<number, string>();
  /** Academic titles written inside a name's chain of honorifics ("Datuk Seri Dr Zambry"), by word id. */
  readonly innerNameTitles = new WordIdSet();
  /** "Summit": a name head only after another word; by word id. */
  readonly qualifiedNameHeads = new WordIdSet();
  /** "PhD", "MBA" after a name; by word id. */
  readonly degreesAfterName = new WordIdSet();
  /** "Kabupaten", "Kota": the word after one names a regency or city; by word id. */
  readonly jurisdictionHeads = new WordIdSet();
  readonly jurisdictionKinds = new WordIdSet();
  readonly rankingWordsAfterNumber = new WordIdSet();
  /** "hadir", "tewas": known words, so that the amount reader counts no such word after a number as a noun no list knows. */
  readonly predicatesAfterNumber = new WordIdSet();
  readonly nobleStylesBeforeTitle = new WordIdSet();
  readonly quantityIntroducers = new WordIdSet();
  readonly regionCompassWords = new WordIdSet();
  readonly rateWordsBeforePeriod = new WordIdSet();
  readonly timeRelationsAfterPeriod = new WordIdSet();
  /** Names of a state's places of two words or more by the word id of their initials: "SA" is "South Australia"'s. */
  readonly placesByInitials = new Map<number, Array<{ readonly place: PlaceEntry; readonly name: string }>>();
  readonly compassWordsAfterNoun = new WordIdSet();
  /** The organisation-head phrases by first word id: the word ids after the first ([] for one word). */
  readonly organizationHeadPhrases = new Map<number, number[][]>();
  /** "bin", "binti": the word after one is a person's name; by word id. */
  readonly patronymics = new WordIdSet();
  /** "Al", "El": a country word after one and a name is a family name; by word id. */
  readonly nisbaArticles = new WordIdSet();
  /** "Ibu", "Mrs": a woman's address; by word id. */
  readonly womenAddresses = new WordIdSet();
  /** "Jr", "Sr": the dot after one ending a name is the name's; by word id. */
  readonly generationalSuffixes = new WordIdSet();
  /** "in", "di": a city's name after one is the city; by word id. */
  readonly locativePrepositions = new WordIdSet();
  /** "para": the office after it is in the plural; by word id. */
  readonly pluralMarkers = new WordIdSet();
  /** "at", "on": before "one" they make an idiom ("at one point"), not a count; by word id. */
  readonly idiomPrepositions = new WordIdSet();
  /** "Datuk", "Sheikh": honorifics before a name; by word id. */
  readonly nameHonorifics = new WordIdSet();
  /** "Timur", "Barat Daya": they end a region's name ("Kutai Timur"); by word id. */
  readonly compassWords = new WordIdSet();
  readonly regionPrefixes = new WordIdSet();
  readonly jointBodyWords = new WordIdSet();
  readonly bodyOrgans = new WordIdSet();
  readonly legislatureHeads = new WordIdSet();
  readonly legislatureModifiers = new WordIdSet();
  readonly stateOrganWordsAfterOf = new WordIdSet();
  /** The last tokens of organisations' names of several tokens ("Presiden" of "Kantor Staf Presiden"), by word id. */
  readonly organizationLastWords = new WordIdSet();
  readonly statesNamedAfterArticle = new WordIdSet();
  readonly countNounsWithNounAfter = new WordIdSet();
  readonly lowerCaseCourtesyTitles = new WordIdSet();
  readonly approximatorsBeforeNumber = new WordIdSet();
  readonly numberedBodyHeads = new WordIdSet();
  readonly governmentsAfterLeader = new WordIdSet();
  readonly concurrentPostJoiners = new WordIdSet();
  readonly capacityWordsAfterName = new WordIdSet();
  readonly officeVerbsAfterName = new WordIdSet();
  readonly adverbsBeforeOfficeVerb = new WordIdSet();
  readonly particlesAfterOfficeVerb = new WordIdSet();
  readonly actNumberYearWords = new WordIdSet();
  readonly subnationalUnitWords = new WordIdSet();
  readonly candidacyBefore = new WordIdSet();
  readonly stateNounsBeforeCountry = new WordIdSet();
  readonly postNominals = new WordIdSet();
  readonly titlesAlsoSurnames = new WordIdSet();
  readonly plusWordsAfterNumber = new WordIdSet();
  readonly boundWordsAfterOr = new WordIdSet();
  readonly groupSizeWords = new WordIdSet();
  readonly peopleAfterDemonym = new WordIdSet();
  readonly aidesBefore = new WordIdSet();
  readonly aideQualifiers = new WordIdSet();
  readonly elidedCountBlockers = new WordIdSet();
  /** "kuota": a noun that is itself a number of things; a later bare number counts it. */
  readonly countingNouns = new WordIdSet();
  readonly voteTallyWords = new WordIdSet();
  readonly tallyVerbs = new WordIdSet();
  readonly modalVerbs = new WordIdSet();
  readonly anonymousSourceNouns = new WordIdSet();
  readonly exchangeRateWords = new WordIdSet();
  readonly civicBodyWordsBeforeTitle = new WordIdSet();
  readonly rupeeScaleWords = new WordIdSet();
  readonly termWords = new WordIdSet();
  readonly partitiveDeterminers = new WordIdSet();
  readonly judgeWords = new WordIdSet();
  readonly rateWordsAfterSum = new WordIdSet();
  /** Portfolio words written as acronyms ("HAM"): in other case they are names ("Ricky Ham Pagawak"). */
  readonly acronymPortfolioWords = new WordIdSet();
  readonly nicknameOr = new WordIdSet();
  readonly nicknameAliases = new WordIdSet();
  readonly namedPlaceHeads = new WordIdSet();
  readonly vesselWordsBeforeName = new WordIdSet();
  readonly companionWords = new WordIdSet();
  readonly languageMediumBefore = new WordIdSet();
  readonly namingVerbs = new WordIdSet();
  readonly localJurisdictionWords = new WordIdSet();
  readonly successionWords = new WordIdSet();
  readonly decimalPointWords = new WordIdSet();
  /** "Rear", "Brig.": before a commander's title they make it a lower rank; by word id. */
  readonly militaryRankModifiers = new WordIdSet();
  readonly rankGradesAfter = new WordIdSet();
  readonly yearPeriodsBeforeOf = new WordIdSet();
  readonly verbsAfterPeopleDemonym = new WordIdSet();
  readonly continentWords = new WordIdSet();
  readonly deputyWords = new WordIdSet();
  readonly serviceRanks = new WordIdSet();
  readonly serviceRankTails = new WordIdSet();
  readonly retiredRankTails = new WordIdSet();
  /** "Direktur", "Commissioner": after "Presiden" they make a company's office; by word id. */
  readonly corporateOffices = new WordIdSet();
  /** "Dec", "Sept": months' names cut short, written with a dot ("Dec. 9"); by word id. */
  readonly monthAbbreviations = new WordIdSet();
  /** "Indonesians", "Filipinos": a nationality's people, by word id. */
  readonly demonymPlurals = new WordIdSet();
  /** "di": a capitalised word after one names a place; by word id. */
  readonly placePrepositions = new WordIdSet();
  /** "lalu", "depan": after one a month's name is a time, not part of a name; by word id. */
  readonly monthTimeAfter = new WordIdSet();
  /** "th", "st": written against a number they make it an ordinal; by word id. */
  readonly ordinalSuffixes = new WordIdSet();
  /** "thirds", "quarters": never counted by the number before them; their denominators by word id. */
  readonly fractionNouns = new Map<number, number>();
  /** "buah", "ekor": Indonesian numeral classifiers; by word id. */
  readonly countClassifiers = new WordIdSet();
  /** "dana", "senilai": a scaled number after one is money; by word id. */
  readonly moneyNouns = new WordIdSet();
  readonly rupiahConversionWords = new WordIdSet();
  /** "who included", "such as", "yakni": between an office in the plural and its list of names. */
  readonly listLeadIns = new WordIdSet();
  /** "said", "told", "kata": verbs of saying. */
  readonly speechVerbs = new WordIdSet();
  readonly headlineVerbs = new WordIdSet();
  readonly eraWords = new WordIdSet();
  readonly eraPrepositions = new WordIdSet();
  /** "dari", "from": a range opens after one. */
  readonly rangeOpeners = new WordIdSet();
  /** "menjadi", "ke": range words only after a range opener. */
  readonly openedRangeWords = new WordIdSet();
  /** "of which", "termasuk": a share of the sum just named follows. */
  readonly moneyShareOpeners = new WordPhrases();
  /** "jumlah", "the number of": the counted noun after it is what a later bare number counts. */
  readonly countSubjects = new WordPhrases();
  /** "including", "another": a share of the count just named follows. */
  readonly countShareOpeners = new WordPhrases();
  /** "were", "of which", "lainnya": after a bare number that leaves its counted noun out. */
  readonly elidedCountFollowers = new WordPhrases();
  readonly nicknamePhrasesAfterName = new WordPhrases();
  /** "in charge of", "responsible for": between an office's title and its portfolio. */
  readonly officeLeadIns = new WordPhrases();
  readonly officeQualifiers = new WordPhrases();
  /** "Yang Berhormat": a style of several words before a name, read like "Mr". */
  readonly courtesyPhrases = new WordPhrases();
  /** "Direktur", "Dirjen": a region named right after one is a unit's name. */
  readonly regionUnitHeads = new WordPhrases();
  readonly officeBuildings = new WordPhrases();
  /** "Under Secretary": a lower office ending in a leader's title word. */
  readonly subordinateTitles = new WordPhrases();
  private phraseTokens: TokenStream | undefined;
  /** English roles of offices over a province, regency or city ("Governor", "Regent"). */
  readonly jurisdictionRoles: ReadonlySet<string>;
  /** Case-sensitive: "MA" is a degree, "Ma" a surname. */
  readonly academicDegrees: ReadonlySet<string>;
  /** The word ids of the degrees' first tokens ("msi", "m" of "M.Si"), in any case. */
  readonly academicDegreeStarts = new WordIdSet();
  /** Where a title ending in one of `titleWords` ("Secretary") is a civil servant's (ISO codes; word ids). */
  readonly civilServiceSecretaryStates: ReadonlySet<string>;
  readonly civilServiceTitleWords = new WordIdSet();
  /** A consort's role to the monarch's ("Queen" to "King"), as the title resources write roles. */
  readonly consortRoles: ReadonlyMap<string, string>;

  constructor(readonly resources: EngineResources) {
    this.jurisdictionRoles = new Set(resources.context.jurisdictionRoles);
    this.academicDegrees = new Set(resources.context.academicDegrees);
    this.civilServiceSecretaryStates = new Set(resources.context.civilServiceSecretaries.states);
    this.consortRoles = new Map(Object.entries(resources.context.consortRoles));
    for (const idiom of new Set(resources.context.countIdioms.map((phrase) => phrase.toLowerCase()))) {
      const first = idiom.charCodeAt(0);
      this.countIdiomsByFirstCode.set(first, [...(this.countIdiomsByFirstCode.get(first) ?? []), idiom]);
    }
    for (const country of resources.countries) this.addCountry(country);
    for (const place of resources.places) {
      for (const name of [place.name, ...place.aliases]) {
        this.addPhrase(name, { kind: 'place', place }, CaseRule.Capitalized);
        // A state's part only: "Asia Selatan" is no "AS" beside "dolar AS".
        const initials = place.country ? initialsOf(name) : undefined;
        if (initials === undefined) continue;
        const id = this.vocabulary.intern(initials);
        this.placesByInitials.set(id, [...(this.placesByInitials.get(id) ?? []), { place, name }]);
      }
    }
    for (const organization of resources.organizations) {
      const names = [organization.name, ...(organization.nameId ? [organization.nameId] : []), ...organization.aliases];
      for (const name of names) this.addPhrase(name, { kind: 'organization', organization }, CaseRule.Capitalized);
    }
    const variants = spellingVariants(resources.context.nameSpellingVariants);
    for (const leader of resources.leaders) {
      for (const name of [leader.name, ...leader.aliases]) {
        for (const spelling of nameSpellings(name, variants)) this.addPhrase(spelling, { kind: 'leader', leader }, CaseRule.Capitalized);
      }
    }
    for (const language of ['id', 'en'] as const) this.addLanguage(language);
    this.addCurrencyCodes();
    this.addContextWords();
  }

  private addContextWords(): void {
    const context = this.resources.context;
    const more: Array<[readonly string[], MoreWordFlag]> = [
      [context.nicknameBefore, MoreWordFlag.NicknameBefore],
      [context.nicknameAfter, MoreWordFlag.NicknameAfter],
      [context.stateFormWords, MoreWordFlag.StateForm],
      [context.stateFormModifiers, MoreWordFlag.StateFormModifier],
      [context.companyPrefixes, MoreWordFlag.CompanyPrefix],
      [context.vesselPrefixes, MoreWordFlag.VesselPrefix],
      [context.businessBodyWords, MoreWordFlag.BusinessBody],
      [context.politicalPartyWords, MoreWordFlag.PoliticalParty],
      [context.pluralOffices, MoreWordFlag.PluralOffice],
    ];
    for (const [words, flag] of more) for (const word of words) this.flagMore(word, flag);
    const lists: Array<[readonly string[], WordFlag]> = [
      [context.languageBefore, WordFlag.LanguageBefore],
      [context.languageAfter, WordFlag.LanguageAfter],
      [context.stanceBefore, WordFlag.StanceBefore],
      [context.stanceAfter, WordFlag.StanceAfter],
      [context.organizationHeads, WordFlag.OrganizationHead],
      [context.weekdays, WordFlag.Weekday],
      [context.identifierBefore, WordFlag.IdentifierBefore],
      [context.yearBefore, WordFlag.YearBefore],
      [context.givenNameTitles, WordFlag.GivenNameTitle],
      [context.governmentHeads, WordFlag.GovernmentHead],
      [context.listJoiners, WordFlag.ListJoiner],
      [context.countAdjectives, WordFlag.CountAdjective],
      [context.rangeWords, WordFlag.RangeWord],
      [context.counterpartWords, WordFlag.Counterpart],
      [context.successionWords, WordFlag.Counterpart],
      [context.portfolioWords, WordFlag.Portfolio],
      [context.portfolioJoiners, WordFlag.PortfolioJoiner],
      [context.nameHeadsAfter, WordFlag.NameHeadAfter],
      [context.qualifiedNameHeadsAfter, WordFlag.NameHeadAfter],
    ];
    for (const [words, flag] of lists) for (const word of words) this.flagWord(word, flag);
    // Word classes too new for a flag bit (all 32 are taken): sets of word ids.
    const sets: Array<[WordIdSet, readonly string[]]> = [
      [this.innerNameTitles, context.innerNameTitles],
      [this.degreesAfterName, context.degreesAfterName],
      [this.qualifiedNameHeads, context.qualifiedNameHeadsAfter],
      [this.idiomPrepositions, context.idiomPrepositions],
      [this.countClassifiers, context.countClassifiers],
      [this.moneyNouns, context.moneyNouns],
      [this.rupiahConversionWords, context.rupiahConversionWords],
      [this.rangeOpeners, context.rangeOpeners],
      [this.speechVerbs, context.speechVerbs],
      [this.headlineVerbs, context.headlineVerbs],
      [this.eraWords, context.eraWords],
      [this.eraPrepositions, context.eraPrepositions],
      [this.listLeadIns, context.listLeadIns],
      [this.openedRangeWords, context.openedRangeWords],
      [this.placePrepositions, context.placePrepositions],
      [this.monthTimeAfter, context.monthTimeAfter],
      [this.ordinalSuffixes, context.ordinalSuffixes],
      [this.corporateOffices, context.corporateOffices],
      [this.militaryRankModifiers, context.militaryRankModifiers],
      [this.rankGradesAfter, context.rankGradesAfter],
      [this.yearPeriodsBeforeOf, context.yearPeriodsBeforeOf],
      [this.verbsAfterPeopleDemonym, context.verbsAfterPeopleDemonym],
      [this.continentWords, context.continentWords],
      [this.deputyWords, context.deputyWords],
      [this.serviceRanks, context.serviceRanks],
      [this.serviceRankTails, context.serviceRankTails],
      [this.retiredRankTails, context.retiredRankTails],
      [this.compassWords, context.compassWords],
      [this.regionPrefixes, context.regionPrefixes],
      [this.jointBodyWords, context.jointBodyWords],
      [this.bodyOrgans, context.bodyOrgans],
      [this.legislatureHeads, context.legislatureHeads],
      [this.legislatureModifiers, context.legislatureModifiers],
      [this.stateOrganWordsAfterOf, context.stateOrganWordsAfterOf],
      [this.statesNamedAfterArticle, context.statesNamedAfterArticle],
      [this.countNounsWithNounAfter, context.countNounsWithNounAfter],
      [this.lowerCaseCourtesyTitles, context.lowerCaseCourtesyTitles],
      [this.approximatorsBeforeNumber, context.approximatorsBeforeNumber],
      [this.numberedBodyHeads, context.numberedBodyHeads],
      [this.governmentsAfterLeader, context.governmentsAfterLeader],
      [this.concurrentPostJoiners, context.concurrentPostJoiners],
      [this.capacityWordsAfterName, context.capacityWordsAfterName],
      [this.officeVerbsAfterName, context.officeVerbsAfterName],
      [this.adverbsBeforeOfficeVerb, context.adverbsBeforeOfficeVerb],
      [this.particlesAfterOfficeVerb, context.particlesAfterOfficeVerb],
      [this.actNumberYearWords, context.actNumberYearWords],
      [this.subnationalUnitWords, context.subnationalUnitWords],
      [this.candidacyBefore, context.candidacyBefore],
      [this.stateNounsBeforeCountry, context.stateNounsBeforeCountry],
      [this.postNominals, context.postNominals],
      [this.titlesAlsoSurnames, context.titlesAlsoSurnames],
      [this.plusWordsAfterNumber, context.plusWordsAfterNumber],
      [this.boundWordsAfterOr, context.boundWordsAfterOr],
      [this.groupSizeWords, context.groupSizeWords],
      [this.peopleAfterDemonym, context.peopleAfterDemonym],
      [this.aidesBefore, context.aidesBefore],
      [this.aideQualifiers, context.aideQualifiers],
      [this.elidedCountBlockers, context.elidedCountBlockers],
      [this.countingNouns, context.countingNouns],
      [this.voteTallyWords, context.voteTallyWords],
      [this.tallyVerbs, context.tallyVerbs],
      [this.modalVerbs, context.modalVerbs],
      [this.anonymousSourceNouns, context.anonymousSourceNouns],
      [this.exchangeRateWords, context.exchangeRateWords],
      [this.civicBodyWordsBeforeTitle, context.civicBodyWordsBeforeTitle],
      [this.rupeeScaleWords, context.rupeeScaleWords],
      [this.termWords, context.termWords],
      [this.partitiveDeterminers, context.partitiveDeterminers],
      [this.judgeWords, context.judgeWords],
      [this.rateWordsAfterSum, context.rateWordsAfterSum],
      [this.acronymPortfolioWords, context.portfolioWords.filter(isAcronym)],
      [this.nicknameOr, context.nicknameOr],
      [this.nicknameAliases, context.nicknameAliases],
      [this.namedPlaceHeads, context.namedPlaceHeads],
      [this.vesselWordsBeforeName, context.vesselWordsBeforeName],
      [this.companionWords, context.companionWords],
      [this.languageMediumBefore, context.languageMediumBefore],
      [this.namingVerbs, context.namingVerbs],
      [this.localJurisdictionWords, context.localJurisdictionWords],
      [this.successionWords, context.successionWords],
      [this.decimalPointWords, context.decimalPointWords],
      [this.nameHonorifics, context.nameHonorifics],
      [this.patronymics, context.patronymics],
      [this.nisbaArticles, context.nisbaArticles],
      [this.womenAddresses, context.womenAddresses],
      [this.generationalSuffixes, context.generationalSuffixes],
      [this.locativePrepositions, context.locativePrepositions],
      [this.pluralMarkers, context.pluralMarkers],
      [this.civilServiceTitleWords, context.civilServiceSecretaries.titleWords],
      // "Kab." is written with its dot, which the tokenizer cuts off as a token of its own.
      [this.jurisdictionHeads, context.jurisdictionHeads.map((word) => word.replace(/\.$/, ''))],
      [this.jurisdictionKinds, context.jurisdictionKinds],
      [this.rankingWordsAfterNumber, context.rankingWordsAfterNumber],
      [this.predicatesAfterNumber, context.predicatesAfterNumber],
      [this.nobleStylesBeforeTitle, context.nobleStylesBeforeTitle],
      [this.quantityIntroducers, context.quantityIntroducers],
      [this.regionCompassWords, context.regionCompassWords],
      [this.rateWordsBeforePeriod, context.rateWordsBeforePeriod],
      [this.timeRelationsAfterPeriod, context.timeRelationsAfterPeriod],
      [this.compassWordsAfterNoun, context.compassWordsAfterNoun],
    ];
    for (const [set, words] of sets) for (const word of words) set.add(this.vocabulary.intern(word));
    for (const degree of context.academicDegrees) {
      const tokens = tokenize(sequentialCopy(degree), this.vocabulary, this.phraseTokens);
      this.phraseTokens = tokens;
      if (tokens.count > 0) this.academicDegreeStarts.add(this.vocabulary.intern(tokenText(tokens, 0)));
    }
    const phraseLists: Array<[WordPhrases, readonly string[]]> = [
      [this.moneyShareOpeners, context.moneyShareOpeners],
      [this.countShareOpeners, context.countShareOpeners],
      [this.countSubjects, context.countSubjects],
      [this.elidedCountFollowers, context.elidedCountFollowers],
      [this.nicknamePhrasesAfterName, context.nicknamePhrasesAfterName],
      [this.officeLeadIns, context.officeLeadIns],
      [this.officeQualifiers, context.officeQualifiers],
      [this.courtesyPhrases, context.courtesyPhrases],
      [this.regionUnitHeads, context.regionUnitHeads],
      [this.officeBuildings, context.officeBuildings],
      [this.subordinateTitles, context.subordinateTitles],
    ];
    for (const [phrases, list] of phraseLists) for (const phrase of list) phrases.add(phrase, this.vocabulary);
    for (const phrase of context.organizationHeadWords) {
      const [first, ...rest] = phrase.split(' ').filter((word) => word !== '');
      const firstId = this.flagWord(first!, WordFlag.OrganizationHeadWord);
      const phrases = this.organizationHeadPhrases.get(firstId) ?? [];
      phrases.push(rest.map((word) => this.vocabulary.intern(word)));
      this.organizationHeadPhrases.set(firstId, phrases);
    }
    for (const [form, code] of Object.entries(context.countryCombiningForms)) {
      const country = this.countriesByCode.get(code);
      if (!country) throw new Error(`countryCombiningForms: "${form}" names ${code}, which is no country in the data`);
      this.addPhrase(form, { kind: 'country', country, demonym: true, combining: true }, CaseRule.Capitalized);
    }
    for (const [word, denominator] of Object.entries(context.fractionNouns)) this.fractionNouns.set(this.vocabulary.intern(word), denominator);
    const months = Object.entries(context.months);
    for (const [month, number] of months) {
      const wordId = this.flagWord(month, WordFlag.Month);
      this.monthNumbers.set(wordId, number);
      // "dec" of "december"; not "may" or "juni", names in full however short.
      if (months.some(([other, otherNumber]) => otherNumber === number && other.length > month.length && other.startsWith(month))) this.monthAbbreviations.add(wordId);
    }
  }

  wordFlags(wordId: number): number {
    return wordId >= 0 && wordId < this.flags.length ? this.flags[wordId]! : 0;
  }

  hasFlag(wordId: number, flag: WordFlag): boolean {
    return (this.wordFlags(wordId) & flag) !== 0;
  }

  private addCountry(country: CountryRecord): void {
    this.countriesByCode.set(country.code, country);
    for (const name of country.names) this.addPhrase(name, { kind: 'country', country, demonym: false, combining: false }, CaseRule.Capitalized);
    for (const demonym of country.demonyms) {
      this.addPhrase(demonym, { kind: 'country', country, demonym: true, combining: false }, CaseRule.Capitalized);
      // "280 Tuvaluans", "Hundreds of Indonesians": people, counted, not the country.
      if (!/[\s-]|s$/.test(demonym)) this.demonymPlurals.add(this.vocabulary.intern(demonym + 's'));
      // "2,000 Papua New Guineans", "40 Sri Lankans": a people of several words is counted whole.
      else if (/\s/.test(demonym) && !demonym.endsWith('s')) this.addPhrase(demonym + 's', { kind: 'countNoun', noun: demonym + 's', language: 'en' }, CaseRule.Capitalized);
    }
    if (country.capital) {
      const place: PlaceEntry = {
        name: country.capital.en,
        aliases: [...new Set([country.capital.id, ...country.capital.aliases])].filter((name) => name !== country.capital!.en),
        country: country.code,
        kind: 'capital',
      };
      // City-states: "Singapura" is the country, not its capital.
      const countryNames = new Set(country.names.map((n) => n.toLowerCase()));
      for (const name of [place.name, ...place.aliases]) {
        if (!countryNames.has(name.toLowerCase())) this.addPhrase(name, { kind: 'place', place, capitalOf: country }, CaseRule.Capitalized);
      }
    }
  }

  private addLanguage(language: Language): void {
    const resources = this.resources.languages[language];
    // A title written in capitals in the data ("CM") is an acronym: only so in the text ("5 cm" is a length).
    for (const title of resources.titles) this.addPhrase(title.phrase, { kind: 'title', role: title.role, language, leader: title.leader }, isAcronym(title.phrase) ? undefined : CaseRule.Any);
    for (const modifier of resources.titleModifiers) {
      if (modifier.phrase.includes(' ')) continue;
      const modifiers = modifier.after ? this.titleModifiersAfter : this.titleModifiers;
      modifiers.set(this.flagWord(modifier.phrase, WordFlag.TitleModifier), modifier.role);
    }
    for (const currency of resources.currencies) {
      const shared = Object.keys(currency.byCountry).length > 0 ? { byCountry: currency.byCountry, homeCountryOnly: currency.homeCountryOnly } : undefined;
      const entry: LexiconEntry = { kind: 'currency', code: currency.code, prefix: currency.prefix, scales: this.currencyScales(currency.scales), shared, subunits: currency.subunits, scaledOnly: currency.scaledOnly, anyNumberOnceScaled: currency.anyNumberOnceScaled, attached: currency.attached };
      this.addPhrase(currency.phrase, entry, currency.caseSensitive ? undefined : CaseRule.Any);
      // "Yuan 7.95 million", "Rupees 500 crore": a name some papers write first, only with a
      // scale or digit groups, as codes written first are ("the yuan 7.1 per dollar" is a rate).
      if (!currency.prefix && currency.phrase !== currency.code && currency.subunits === 1) {
        this.addPhrase(currency.phrase, { ...entry, prefix: true, scaledOnly: true }, currency.caseSensitive ? undefined : CaseRule.Any);
      }
    }
    for (const unit of resources.units) {
      const entry: LexiconEntry = { kind: 'unit', unit: unit.unit, unitKind: unit.kind, attached: unit.attached, before: unit.before };
      this.addPhrase(unit.phrase, entry, unit.caseSensitive ? undefined : CaseRule.Any);
    }
    for (const noun of resources.countNouns) this.addPhrase(noun, { kind: 'countNoun', noun, language }, CaseRule.Any);
    // "19 warganya" (19 of its citizens), "95 persennya": Indonesian writes the possessive against the word.
    if (language === 'id') {
      for (const noun of resources.countNouns) {
        if (!noun.includes(' ')) this.addPhrase(noun + INDONESIAN_POSSESSIVE_SUFFIX, { kind: 'countNoun', noun, language, possessive: true }, CaseRule.Any);
      }
      // ("hanya", only, is no "ha" of its own.)
      const stopwords = new Set(resources.stopwords.map((word) => word.toLowerCase()));
      for (const unit of resources.units) {
        if (!/^\p{Ll}+$/u.test(unit.phrase) || unit.attached || unit.before || stopwords.has(unit.phrase + INDONESIAN_POSSESSIVE_SUFFIX)) continue;
        this.addPhrase(unit.phrase + INDONESIAN_POSSESSIVE_SUFFIX, { kind: 'unit', unit: unit.unit, unitKind: unit.kind, attached: false, before: false }, CaseRule.Any);
      }
    }
    // "one soldier": English lists plurals, and after "one" news writes the singular.
    if (language === 'en') {
      const listed = new Set(resources.countNouns);
      for (const noun of resources.countNouns) {
        const singular = englishSingular(noun);
        if (singular && !listed.has(singular)) this.addPhrase(singular, { kind: 'countNoun', noun: singular, language, singular: true }, CaseRule.Any);
      }
    }
    for (const word of resources.stopwords) this.flagWord(word, stopwordFlag(language));
    for (const word of resources.nonNameWords) this.nonNameWords[language].add(this.flagWord(word, WordFlag.NonName));
    for (const word of resources.nameParticles) this.flagWord(word, WordFlag.NameParticle);
    const numbers = resources.numbers;
    for (const word of numbers.connectors) this.flagWord(word, WordFlag.Connector);
    for (const word of numbers.indefinite) this.flagMore(word, MoreWordFlag.Indefinite);
    this.currencyScalesOf[language] = this.currencyScales(numbers.currencyScales);
    const addNumber = (word: string, value: NumberWordValue) => {
      const id = this.flagWord(word, value.flag);
      const list = this.numberWords[language].get(id);
      if (list) list.push(value);
      else this.numberWords[language].set(id, [value]);
    };
    for (const [word, value] of Object.entries(numbers.units)) addNumber(word, { value, flag: WordFlag.NumberWord });
    for (const [word, value] of Object.entries(numbers.multipliers)) addNumber(word, { value, flag: WordFlag.Multiplier });
    for (const [word, value] of Object.entries(numbers.addends)) addNumber(word, { value, flag: WordFlag.Multiplier });
    for (const [word, value] of Object.entries(numbers.scales)) addNumber(word, { value, flag: WordFlag.Scale });
    for (const [word, fused] of Object.entries(numbers.fused)) {
      addNumber(word, { value: fused.value, flag: WordFlag.Fused, fusedUnit: fused.unit });
    }
  }

  /**
   * Every currency's ISO code, where its entries do not write it themselves, after the number
   * ("5 billion RUB") and before it ("SAR 2 miliar"). Before it only with a scale or grouped
   * digits, as codes are also words and names in capitals ("COP 30", "TOP 10"). The codes of
   * the countries' currencies count too ("44 billion AMD"); none that is also a word ("10 TOP").
   */
  private addCurrencyCodes(): void {
    const currencies = (['id', 'en'] as const).flatMap((language) => this.resources.languages[language].currencies);
    const written = (prefix: boolean) => new Set(currencies.filter((c) => c.phrase === c.code && c.prefix === prefix).map((c) => c.code));
    const before = written(true);
    const after = written(false);
    const words = new Set(this.resources.context.currencyCodesAlsoWords);
    const countryCodes = this.resources.countries.flatMap((country) => (country.currency ? [country.currency] : []));
    for (const code of new Set([...currencies.map((c) => c.code), ...countryCodes])) {
      if (words.has(code)) continue;
      const base = { kind: 'currency', code, scales: undefined, shared: undefined, subunits: 1 } as const;
      if (!before.has(code)) this.addPhrase(code, { ...base, prefix: true, scaledOnly: true }, undefined);
      if (!after.has(code)) this.addPhrase(code, { ...base, prefix: false, scaledOnly: false }, undefined);
    }
  }

  private currencyScales(scales: Readonly<Record<string, number>>): ReadonlyMap<number, number> | undefined {
    const words = Object.entries(scales);
    if (words.length === 0) return undefined;
    return new Map(words.map(([word, value]) => [this.vocabulary.intern(word), value]));
  }

  private flagWord(word: string, flag: WordFlag): number {
    const id = this.vocabulary.intern(word);
    this.flagId(id, flag);
    return id;
  }

  moreWordFlags(wordId: number): number {
    return wordId >= 0 && wordId < this.moreFlags.length ? this.moreFlags[wordId]! : 0;
  }

  hasMoreFlag(wordId: number, flag: MoreWordFlag): boolean {
    return (this.moreWordFlags(wordId) & flag) !== 0;
  }

  private flagMore(word: string, flag: MoreWordFlag): void {
    const id = this.vocabulary.intern(word);
    if (id >= this.moreFlags.length) {
      const next = new Uint16Array(Math.max(this.moreFlags.length * 2, id + 1));
      next.set(this.moreFlags);
      this.moreFlags = next;
    }
    this.moreFlags[id]! |= flag;
  }

  private flagId(id: number, flag: WordFlag): void {
    if (id >= this.flags.length) {
      const next = new Uint32Array(Math.max(this.flags.length * 2, id + 1));
      next.set(this.flags);
      this.flags = next;
    }
    this.flags[id]! |= flag;
  }

  /**
   * Adds a phrase cut into tokens exactly as the tokenizer cuts text. `caseRule` undefined
   * means "as written": all-caps words must be all caps, capitalised words capitalised.
   */
  private addPhrase(phrase: string, entry: LexiconEntry, caseRule: CaseRule | undefined): void {
    // Tens of thousands of short phrases: one set of token arrays serves them all. Derived
    // phrases ("soldier" from "soldiers") are slices: the tokenizer must never see one.
    const tokens = tokenize(sequentialCopy(phrase), this.vocabulary, this.phraseTokens);
    this.phraseTokens = tokens;
    const ids: number[] = [];
    const rules = new Uint8Array(tokens.count);
    for (let i = 0; i < tokens.count; i++) {
      const word = tokenText(tokens, i);
      ids.push(this.vocabulary.intern(word));
      const letters = word.replace(/[^\p{L}]/gu, '');
      const allCaps = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
      const capitalized = letters.length > 0 && letters[0] !== letters[0]!.toLowerCase();
      if (allCaps && (caseRule === undefined || caseRule === CaseRule.Capitalized) && letters.length <= 5) rules[i] = CaseRule.AllCaps;
      else if (caseRule === CaseRule.Any) rules[i] = CaseRule.Any;
      else rules[i] = capitalized ? CaseRule.Capitalized : CaseRule.Any;
      if (i > 0 && (tokens.flags[i]! & TokenFlag.SpaceBefore) === 0) rules[i]! |= CaseRule.Attached;
    }
    if (ids.length === 0) return;
    this.phrases.add(ids, rules, entry);
    if (entry.kind === 'organization' && ids.length > 1) this.organizationLastWords.add(ids[ids.length - 1]!);
    let startFlag = WordFlag.PhraseStart;
    if (entry.kind === 'title') startFlag |= WordFlag.TitleStart;
    if (entry.kind === 'currency' && entry.prefix) {
      startFlag |= WordFlag.CurrencyPrefixStart;
      // "Rp5M", "$NZ30 million": the letters written against the number are a word of their own.
      if (ids.length === 1 && /^\p{L}+$/u.test(phrase)) this.vocabulary.markDigitPrefix(ids[0]!);
      else if (/^\$\p{Lu}{2,}$/u.test(phrase)) this.vocabulary.markDigitPrefix(ids[ids.length - 1]!);
    }
    this.flagId(ids[0]!, startFlag);
  }
}

/**
 * The spellings of a gazetteer name that articles use: its Arabic article joined by a hyphen
 * or a space ("Al-Maktoum", "Al Maktoum") and, in names of three words or more, each word's
 * transliteration variants ("Mohammad bin Zayed" for "Mohamed bin Zayed").
 */
function nameSpellings(name: string, variants: ReadonlyMap<string, readonly string[]>): string[] {
  const spaced = name.replace(/\b([Aa]l|[Ee]l)-(?=\p{Lu})/gu, '$1 ');
  const hyphenated = name.replace(/\b([Aa]l|[Ee]l) (?=\p{Lu})/gu, '$1-');
  // "Ramos-Horta" is also written "Ramos Horta".
  const unhyphenated = name.replace(/(?<=\p{L})-(?=\p{Lu})/gu, ' ');
  // "Moon Jae-in" is also written "Moon Jaein": a Korean given name's syllables run together.
  const joined = name.replace(/(?<=\p{L})-(?=\p{Ll})/gu, '');
  const spellings = new Set([name, spaced, hyphenated, unhyphenated, joined]);
  if (name.split(' ').length < MIN_WORDS_FOR_VARIANTS) return [...spellings];
  for (const spelling of [...spellings]) {
    let expanded = [''];
    for (const [position, word] of spelling.split(' ').entries()) {
      const alternatives = variants.get(word) ?? [word];
      expanded = expanded.flatMap((prefix) => alternatives.map((alternative) => (position === 0 ? alternative : `${prefix} ${alternative}`)));
    }
    for (const variant of expanded) spellings.add(variant);
  }
  return [...spellings];
}

const MIN_WORDS_FOR_VARIANTS = 3;

/** Each variant spelling to every spelling of its group, itself included. */
function spellingVariants(groups: readonly (readonly string[])[]): Map<string, readonly string[]> {
  const variants = new Map<string, readonly string[]>();
  for (const group of groups) for (const word of group) variants.set(word, group);
  return variants;
}

/** "soldiers" -> "soldier", "countries" -> "country", "taxes" -> "tax"; undefined when not a plural in -s. */
function englishSingular(plural: string): string | undefined {
  if (!plural.endsWith('s') || plural.endsWith('ss')) return undefined;
  if (plural.endsWith('ies')) return plural.slice(0, -3) + 'y';
  if (/(?:x|ch|sh|ss)es$/.test(plural)) return plural.slice(0, -2);
  return plural.slice(0, -1);
}

function isAcronym(phrase: string): boolean {
  return phrase.length >= 2 && phrase === phrase.toUpperCase() && phrase !== phrase.toLowerCase();
}

/** "SA" of "South Australia": the first letters of a name of capitalised words, or undefined for one word. */
function initialsOf(name: string): string | undefined {
  const words = name.split(' ');
  if (words.length < 2 || !words.every((word) => /^\p{Lu}/u.test(word))) return undefined;
  return words.map((word) => word[0]).join('');
}
