import type { CountryRecord } from '../data/schemas';
import { annotationId, type Annotation, type Entity, type EntityAttributes } from '../model/annotatedDocument';
import { CompactColumnWriter, withoutMentions, type CompactColumns, type CompactDocument } from '../model/compactDocument';
import type { Language } from '../model/entityType';
import type { Candidate } from '../pipeline/candidate';
import type { Lexicon } from '../lexicon/lexicon';
import { formatAmountEnglish, isMoneyUnit } from '../format/formatAmount';

/**
 * Turns the surviving candidates into annotations (ids a1… in text order) and entities
 * (ids e1… in order of first mention), one entity per candidate key, with a canonical name
 * and the attributes hovers and exports show.
 */
export function buildEntities(
  text: string,
  candidates: readonly Candidate[],
  language: Language,
  lexicon: Lexicon,
): { annotations: Annotation[]; entities: Entity[] } {
  const { entityIndexes, entities } = groupEntities(text, candidates, language, lexicon);
  const annotations: Annotation[] = new Array(candidates.length);
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!;
    const id = annotationId(index);
    const entity = entities[entityIndexes[index]!]!;
    entity.mentions.push(id);
    annotations[index] = annotationOf(candidate, id, text.slice(candidate.start, candidate.end), entity.id);
  }
  return { annotations, entities };
}

/**
 * The same as columns (see CompactDocument), with no object per annotation: what a worker
 * sends to the editor, built without the hundreds of thousands of objects a big article
 * would otherwise cost and collect.
 */
export function buildCompactColumns(
  text: string,
  candidates: readonly Candidate[],
  language: Language,
  lexicon: Lexicon,
): CompactColumns & Pick<CompactDocument, 'entities'> {
  const { entityIndexes, entities } = groupEntities(text, candidates, language, lexicon);
  const writer = new CompactColumnWriter(candidates.length);
  for (let index = 0; index < candidates.length; index++) {
    const { start, end, type, value, unit, role } = candidates[index]!;
    // As annotationOf: an amount (value and unit) carries no role.
    writer.set(index, start, end, type, entityIndexes[index]!, value, unit, value !== undefined && unit !== undefined ? undefined : role);
  }
  return { ...writer.finish(), entities: withoutMentions(entities) };
}

/** Each candidate's entity (by index into `entities`, whose mention lists are left empty). */
function groupEntities(
  text: string,
  candidates: readonly Candidate[],
  language: Language,
  lexicon: Lexicon,
): { entityIndexes: Int32Array; entities: Entity[] } {
  const entityIndexes = new Int32Array(candidates.length);
  const groups = new Map<string, EntityMembers>();
  const entities: Entity[] = [];
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!;
    let group = groups.get(candidate.key);
    if (!group) {
      group = {
        entity: { id: 'e' + (groups.size + 1), type: candidate.type, name: '', attributes: {}, mentions: [] },
        index: entities.length,
        first: candidate,
        withLeader: undefined,
        withRole: undefined,
        withCountry: undefined,
        longest: candidate,
      };
      groups.set(candidate.key, group);
      entities.push(group.entity);
    }
    entityIndexes[index] = group.index;
    remember(group, candidate);
  }
  for (const members of groups.values()) describe(members, text, language, lexicon);
  return { entityIndexes, entities };
}

/**
 * What describing an entity needs of its mentions, kept as they stream by rather than
 * as a list: the first, the first with a gazetteer leader, with a role, with a country,
 * and the longest (the first of that length).
 */
interface EntityMembers {
  readonly entity: Entity;
  /** The entity's place in `entities`. */
  readonly index: number;
  readonly first: Candidate;
  withLeader: Candidate | undefined;
  withRole: Candidate | undefined;
  withCountry: Candidate | undefined;
  longest: Candidate;
}

function remember(members: EntityMembers, candidate: Candidate): void {
  if (candidate.leader && !members.withLeader) members.withLeader = candidate;
  if (candidate.canonicalRole && !members.withRole) members.withRole = candidate;
  if (candidate.country && !members.withCountry) members.withCountry = candidate;
  if (candidate.end - candidate.start > members.longest.end - members.longest.start) members.longest = candidate;
}

/**
 * One object literal per shape (amounts, leaders with a role, the rest): hundreds of
 * thousands are built per 10 MB, and a few fixed shapes keep V8 on its fast paths.
 */
function annotationOf(candidate: Candidate, id: string, text: string, entityId: string): Annotation {
  const { type, start, end } = candidate;
  if (candidate.value !== undefined && candidate.unit !== undefined) {
    return { id, type, start, end, text, entityId, value: candidate.value, unit: candidate.unit };
  }
  if (candidate.value === undefined && candidate.unit === undefined) {
    return candidate.role === undefined ? { id, type, start, end, text, entityId } : { id, type, start, end, text, entityId, role: candidate.role };
  }
  const annotation: Annotation = { id, type, start, end, text, entityId };
  if (candidate.value !== undefined) annotation.value = candidate.value;
  if (candidate.unit !== undefined) annotation.unit = candidate.unit;
  if (candidate.role !== undefined) annotation.role = candidate.role;
  return annotation;
}

function describe(members: EntityMembers, text: string, language: Language, lexicon: Lexicon): void {
  const { entity, first } = members;
  const attributes: EntityAttributes = {};
  switch (first.type) {
    case 'country': {
      const country = first.country!;
      entity.name = language === 'id' ? country.nameId : country.nameEn;
      Object.assign(attributes, countryAttributes(country));
      break;
    }
    case 'leader': {
      const leader = members.withLeader?.leader;
      const titled = members.withRole;
      entity.name = leader?.name ?? longestMention(members, text);
      if (titled?.canonicalRole) {
        attributes.role = titled.canonicalRole;
        attributes.source = 'text';
      } else if (leader) {
        const office = leader.offices.find((o) => !o.to) ?? leader.offices[leader.offices.length - 1];
        if (office) attributes.role = office.role.en;
        attributes.source = 'gazetteer';
      }
      const countryCode = titled?.countryCode ?? members.withCountry?.country?.code ?? leader?.country ?? first.countryCode;
      if (countryCode) attributes.countryCode = countryCode;
      if (leader?.wikidata) attributes.wikidata = leader.wikidata;
      break;
    }
    case 'place': {
      if (first.country) {
        entity.name = language === 'id' ? first.country.nameId : first.country.nameEn;
        Object.assign(attributes, countryAttributes(first.country));
        delete attributes.iso3166;
        attributes.countryCode = first.country.code;
      } else {
        entity.name = first.place?.name ?? longestMention(members, text);
        if (first.place?.wikidata) attributes.wikidata = first.place.wikidata;
      }
      if (first.countryCode) {
        attributes.countryCode = first.countryCode;
        const country = lexicon.countriesByCode.get(first.countryCode);
        if (country && !first.country) {
          attributes.nameId = country.nameId;
          attributes.nameEn = country.nameEn;
        }
      }
      break;
    }
    case 'organization': {
      const organization = first.organization;
      entity.name = organization ? (language === 'id' && organization.nameId ? organization.nameId : organization.name) : longestMention(members, text);
      if (organization?.wikidata) attributes.wikidata = organization.wikidata;
      if (organization?.nameId) attributes.nameId = organization.nameId;
      if (organization) attributes.nameEn = organization.name;
      if (first.countryCode) attributes.countryCode = first.countryCode;
      break;
    }
    case 'amount': {
      attributes.value = first.value!;
      attributes.unit = first.unit!;
      if (isMoneyUnit(first.unit!)) attributes.iso4217 = first.unit!;
      entity.name = formatAmountEnglish(first.value!, first.unit!);
      break;
    }
    case 'date':
      entity.name = text.slice(first.start, first.end);
      break;
  }
  entity.attributes = attributes;
}

function countryAttributes(country: CountryRecord): EntityAttributes {
  const attributes: EntityAttributes = { iso3166: country.code, nameId: country.nameId, nameEn: country.nameEn };
  if (country.wikidata) attributes.wikidata = country.wikidata;
  if (country.capital) attributes.capital = country.capital.en;
  return attributes;
}

function longestMention(members: EntityMembers, text: string): string {
  return text.slice(members.longest.start, members.longest.end);
}
