import { strict as assert } from 'node:assert';
import countryJson from '../../../../src/core/data/generated/countries.json';
import organizationJson from '../../../../src/core/data/organizations.json';
import placeJson from '../../../../src/core/data/places.json';
import {
  CountryTableSchema,
  OrganizationGazetteerSchema,
  PlaceGazetteerSchema,
  type OrganizationEntry,
  type PlaceEntry,
} from '../../../../src/core/data/schemas';

/**
 * Names or aliases that two gazetteer entries (or an entry and a country) may share, each
 * with the reason it cannot be avoided. Keys are lower-case. Empty today.
 */
const SHARED_NAMES = new Map<string, string>([]);

/** Aliases that are also ISO 3166-1 codes, each with the reason it is kept. */
const ISO_CODE_ALIASES = new Map<string, string>([['BI', 'how news writes Bank Indonesia; no news writes Burundi as "BI"']]);

const countries = CountryTableSchema.parse(countryJson).countries;
const organizations: OrganizationEntry[] = OrganizationGazetteerSchema.parse(organizationJson).organizations;
const places: PlaceEntry[] = PlaceGazetteerSchema.parse(placeJson).places;
const countryCodes = new Set(countries.map((c) => c.code));

function organizationNames(entry: OrganizationEntry): string[] {
  return [entry.name, ...(entry.nameId ? [entry.nameId] : []), ...entry.aliases];
}

function placeNames(entry: PlaceEntry): string[] {
  return [entry.name, ...entry.aliases];
}

/** Every name the gazetteers and the country table match, with who owns it. */
function owners(): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  const add = (written: string, owner: string) => {
    const key = written.toLowerCase();
    const list = byName.get(key) ?? [];
    // One entry may write a name twice in different case ("BOJ", "BoJ"): one owner.
    if (!list.includes(owner)) list.push(owner);
    byName.set(key, list);
  };
  for (const country of countries) {
    for (const name of [...country.names, ...country.demonyms]) add(name, `country ${country.code}`);
    if (country.capital) {
      add(country.capital.en, `capital of ${country.code}`);
      add(country.capital.id, `capital of ${country.code}`);
    }
  }
  organizations.forEach((entry, i) => organizationNames(entry).forEach((name) => add(name, `organization #${i} ${entry.name}`)));
  places.forEach((entry, i) => placeNames(entry).forEach((name) => add(name, `place #${i} ${entry.name}`)));
  return byName;
}

describe('organization and place gazetteers', () => {
  it('parse with their schemas', () => {
    assert.doesNotThrow(() => OrganizationGazetteerSchema.parse(organizationJson));
    assert.doesNotThrow(() => PlaceGazetteerSchema.parse(placeJson));
    assert.ok(organizations.length > 0);
    assert.ok(places.length > 0);
  });

  it('mark the organisations of states, which belong to no one country', () => {
    const intergovernmental = organizations.filter((o) => o.intergovernmental);
    for (const name of ['United Nations', 'International Atomic Energy Agency', 'World Trade Organization', 'Association of Southeast Asian Nations']) {
      assert.ok(intergovernmental.some((o) => o.name === name), name);
    }
    for (const name of ['Reuters', 'Hamas', 'Airbus', 'Amnesty International']) assert.ok(!intergovernmental.some((o) => o.name === name), name);
    assert.deepEqual(intergovernmental.filter((o) => o.country !== undefined).map((o) => o.name), []);
  });

  it('share no name or alias between two entries or with a country or capital', () => {
    const clashes: string[] = [];
    for (const [name, list] of owners()) {
      const mine = list.filter((owner) => owner.startsWith('organization') || owner.startsWith('place'));
      if (mine.length > 0 && list.length > 1 && !SHARED_NAMES.has(name)) clashes.push(`"${name}": ${list.join(' / ')}`);
    }
    assert.deepEqual(clashes, []);
  });

  it('list each name of an entry once', () => {
    const repeated: string[] = [];
    const check = (entry: string, names: string[]) => {
      const seen = new Set<string>();
      for (const name of names) {
        if (seen.has(name)) repeated.push(`${entry}: "${name}"`);
        seen.add(name);
      }
    };
    organizations.forEach((entry) => check(entry.name, organizationNames(entry)));
    places.forEach((entry) => check(entry.name, placeNames(entry)));
    assert.deepEqual(repeated, []);
  });

  it('have no name or alias shorter than two characters, and no ISO code as an alias', () => {
    const bad: string[] = [];
    for (const entry of organizations) {
      for (const name of organizationNames(entry)) if (name.length < 2) bad.push(`${entry.name}: "${name}"`);
      for (const alias of entry.aliases) if (countryCodes.has(alias) && !ISO_CODE_ALIASES.has(alias)) bad.push(`${entry.name}: ISO code "${alias}"`);
    }
    for (const entry of places) {
      for (const name of placeNames(entry)) if (name.length < 2) bad.push(`${entry.name}: "${name}"`);
      for (const alias of entry.aliases) if (countryCodes.has(alias) && !ISO_CODE_ALIASES.has(alias)) bad.push(`${entry.name}: ISO code "${alias}"`);
    }
    assert.deepEqual(bad, []);
  });

  it('name only countries the country table knows', () => {
    const unknown = [...organizations, ...places].filter((e) => e.country !== undefined && !countryCodes.has(e.country)).map((e) => e.name);
    assert.deepEqual(unknown, []);
  });

  it('give well-formed Wikidata ids, each used once', () => {
    const seen = new Map<string, string>();
    const bad: string[] = [];
    for (const entry of [...organizations, ...places]) {
      if (entry.wikidata === undefined) continue;
      if (!/^Q[1-9]\d*$/.test(entry.wikidata)) bad.push(`${entry.name}: ${entry.wikidata}`);
      const other = seen.get(entry.wikidata);
      if (other) bad.push(`${entry.name} and ${other} share ${entry.wikidata}`);
      seen.set(entry.wikidata, entry.name);
    }
    assert.deepEqual(bad, []);
  });

  it('do not list a country capital again as a place', () => {
    const capitals = new Set(countries.flatMap((c) => (c.capital ? [c.capital.en.toLowerCase(), c.capital.id.toLowerCase()] : [])));
    const again = places.filter((p) => placeNames(p).some((n) => capitals.has(n.toLowerCase()))).map((p) => p.name);
    assert.deepEqual(again, []);
  });
});
