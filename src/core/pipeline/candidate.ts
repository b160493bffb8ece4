import type { CountryRecord, LeaderEntry, OrganizationEntry, PlaceEntry } from '../data/schemas';
import type { EntityType } from '../model/entityType';

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
