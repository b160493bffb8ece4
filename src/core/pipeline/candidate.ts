import type { CountryRecord, LeaderEntry, OrganizationEntry, PlaceEntry } from '../data/schemas';
import type { SharedCurrency } from '../lexicon/lexicon';
import type { EntityType } from '../model/entityType';
import type { TokenStream } from '../text/tokenize';

/** A mention a recogniser proposes; the refiners decide which survive and link them. */
export interface Candidate {
  type: EntityType;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** Wins overlaps against lower priorities of the same layer. */
  priority: number;
  /** Mentions with the same key are one entity. */
  key: string;
  value?: number;
  unit?: string;
  /** Amounts in a currency name countries share ("Rs", "$"): the currency by country. */
  sharedCurrency?: SharedCurrency;
  /** Leaders: the title as written next to this mention. */
  role?: string;
  /** Leaders: the office in English, from the title resources. */
  canonicalRole?: string;
  /** The country a leader or place belongs to, when known. */
  countryCode?: string;
  country?: CountryRecord;
  leader?: LeaderEntry;
  organization?: OrganizationEntry;
  place?: PlaceEntry;
}

/** Overlap priorities: a longer gazetteer name beats a shorter one inside it regardless. */
export const Priority = {
  titledLeader: 60,
  gazetteerLeader: 50,
  organization: 45,
  place: 40,
  country: 35,
  repeatedName: 30,
  amount: 20,
  date: 10,
} as const;

/**
 * A candidate over tokens [tokenStart, tokenEnd) with every field present, so all
 * candidates share one object shape: on dense text there are tens of thousands per
 * megabyte, and V8 handles one shape much faster than many.
 */
export function createCandidate(
  tokens: TokenStream,
  type: EntityType,
  tokenStart: number,
  tokenEnd: number,
  priority: number,
  key: string,
): Candidate {
  return {
    type,
    start: tokens.starts[tokenStart]!,
    end: tokens.ends[tokenEnd - 1]!,
    tokenStart,
    tokenEnd,
    priority,
    key,
    value: undefined,
    unit: undefined,
    sharedCurrency: undefined,
    role: undefined,
    canonicalRole: undefined,
    countryCode: undefined,
    country: undefined,
    leader: undefined,
    organization: undefined,
    place: undefined,
  };
}

/**
 * Another mention of the leader `of` names, over tokens [tokenStart, tokenEnd): a repeated
 * name or a nickname. It shares the leader's entity key, gazetteer entry and country.
 */
export function createLeaderMention(tokens: TokenStream, of: Candidate, tokenStart: number, tokenEnd: number): Candidate {
  const mention = createCandidate(tokens, 'leader', tokenStart, tokenEnd, Priority.repeatedName, of.key);
  mention.leader = of.leader;
  mention.countryCode = of.countryCode;
  return mention;
}
