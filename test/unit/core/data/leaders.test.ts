import { strict as assert } from 'node:assert';
import countryJson from '../../../../src/core/data/generated/countries.json';
import leaderJson from '../../../../src/core/data/leaders.json';
import { CountryTableSchema, LeaderGazetteerSchema, type LeaderEntry } from '../../../../src/core/data/schemas';
import englishJson from '../../../../src/core/lang/en/resources.json';
import indonesianJson from '../../../../src/core/lang/id/resources.json';

/**
 * Names or aliases that two entries may share, each with the reason it cannot be avoided.
 * Keys are lower-case. Empty today: ambiguous short forms go to one person only.
 */
const SHARED_NAMES = new Map<string, string>([]);

/** Names that begin with a title word because the word is part of how the person is named. */
const NAMES_STARTING_WITH_A_TITLE_WORD = new Map<string, string>([
  ['raja juli antoni', '"Raja" is his given name'],
  ['sultan bachtiar najamudin', '"Sultan" is his given name'],
  ['sultan najamudin', '"Sultan" is his given name'],
  ['sultan ibrahim', 'regnal name of the Malaysian king as news writes it'],
  ['sultan ibrahim iskandar', 'regnal name of the Malaysian king'],
  ['sultan ibrahim sultan iskandar', 'regnal name of the Malaysian king with his father\'s'],
  ['sultan abdullah', 'regnal name of the former Malaysian king as news writes it'],
  ["sultan abdullah ri'ayatuddin", 'regnal name of the former Malaysian king'],
  ['sultan hb x', 'usual abbreviation of Sri Sultan Hamengku Buwono X'],
  ['grand duke guillaume', 'a bare "Guillaume" would match any French given name'],
  ['pope francis', 'a bare "Francis" would match any given name'],
]);

/**
 * English roles that make an office a head of state or of government, as the gazetteer
 * writes them (a few states name the office after their own institutions).
 */
const HEAD_OF_STATE_OR_GOVERNMENT_ROLES = new Set([
  'President',
  'Acting President',
  'Transitional President',
  'Co-President',
  'Prime Minister',
  'Premier',
  'Chancellor',
  'Taoiseach',
  'Chief Adviser',
  'King',
  'Queen',
  'Emperor',
  'Emir',
  'Sultan',
  'Grand Duke',
  'Prince',
  'Co-Prince',
  'Pope',
  'Supreme Leader',
  'Head of State',
  'Head of Government',
  'Member of the Presidency',
  'Chair of the Council of Ministers',
  'Chairman of the Cabinet of Ministers',
  'President of the Council of Ministers',
  'President of the Swiss Confederation',
  'Chairman of the Transitional Sovereignty Council',
  'Chairman of the Presidential Council',
  'Chairman of the Presidential Leadership Council',
  'Coordinator of the Transitional Presidential Council',
  // Monaco's head of government and San Marino's.
  'Minister of State',
  'Secretary of State for Foreign Affairs',
]);

const leaders: LeaderEntry[] = LeaderGazetteerSchema.parse(leaderJson).leaders;
const countryCodes = new Set(CountryTableSchema.parse(countryJson).countries.map((c) => c.code));

function namesOf(leader: LeaderEntry): string[] {
  return [leader.name, ...leader.aliases];
}

function entriesNamed(written: string): LeaderEntry[] {
  const key = written.toLowerCase();
  return leaders.filter((leader) => namesOf(leader).some((name) => name.toLowerCase() === key));
}

/** Compares two ISO dates of any precision on the part both give: "2024" is not after "2024-10". */
function isAfter(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) > b.slice(0, length);
}

function isCalendarDate(date: string): boolean {
  const [, month, day] = date.split('-').map(Number);
  return (month === undefined || (month >= 1 && month <= 12)) && (day === undefined || (day >= 1 && day <= 31));
}

describe('leader gazetteer', () => {
  it('validates against LeaderGazetteerSchema', () => {
    const result = LeaderGazetteerSchema.safeParse(leaderJson);
    assert.ok(result.success, result.error?.message);
    assert.ok(result.data.leaders.length > 500, `only ${result.data.leaders.length} leaders`);
  });

  it('gives each name and alias to one entry only, unless the allow-list says why', () => {
    // Owners are entries, not names: two entries of the same name are a repeat too.
    const owners = new Map<string, Set<LeaderEntry>>();
    for (const leader of leaders) {
      for (const name of namesOf(leader)) {
        const key = name.toLowerCase();
        owners.set(key, (owners.get(key) ?? new Set()).add(leader));
      }
    }
    const shared = [...owners].filter(([key, entries]) => entries.size > 1 && !SHARED_NAMES.has(key));
    assert.deepEqual(shared.map(([key, entries]) => `${key}: ${[...entries].map((leader) => leader.name).join(' / ')}`), []);
    for (const key of SHARED_NAMES.keys()) assert.ok((owners.get(key)?.size ?? 0) > 1, `"${key}" is allow-listed but not shared`);
  });

  it('repeats no name within an entry', () => {
    const repeated = leaders.filter((leader) => new Set(namesOf(leader).map((n) => n.toLowerCase())).size !== namesOf(leader).length);
    assert.deepEqual(repeated.map((leader) => leader.name), []);
  });

  it('uses only known ISO 3166-1 alpha-2 codes, for the person and for every office', () => {
    const unknown: string[] = [];
    for (const leader of leaders) {
      if (leader.country && !countryCodes.has(leader.country)) unknown.push(`${leader.name}: ${leader.country}`);
      for (const office of leader.offices) {
        if (office.country && !countryCodes.has(office.country)) unknown.push(`${leader.name} (${office.role.en}): ${office.country}`);
      }
    }
    assert.deepEqual(unknown, []);
  });

  it('places every office in a country or an international body, and the person in one of them', () => {
    const unplaced: string[] = [];
    for (const leader of leaders) {
      for (const office of leader.offices) if (!office.country && !office.organization) unplaced.push(`${leader.name} (${office.role.en})`);
      const onlyInternational = leader.offices.every((office) => office.organization);
      if (leader.country && !onlyInternational && !leader.offices.some((office) => office.country === leader.country)) {
        unplaced.push(`${leader.name}: no office in ${leader.country}`);
      }
    }
    assert.deepEqual(unplaced, []);
  });

  it('dates every office with real calendar dates, none ending before it starts', () => {
    const wrong: string[] = [];
    for (const leader of leaders) {
      for (const office of leader.offices) {
        const label = `${leader.name} (${office.role.en})`;
        if (!office.from) wrong.push(`${label}: no start date`);
        for (const date of [office.from, office.to]) if (date && !isCalendarDate(date)) wrong.push(`${label}: ${date}`);
        if (office.from && office.to && isAfter(office.from, office.to)) wrong.push(`${label}: ${office.from} after ${office.to}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('names a current head of state or government for at least 190 countries', () => {
    const covered = new Set<string>();
    for (const leader of leaders) {
      for (const office of leader.offices) {
        if (!office.to && office.country && HEAD_OF_STATE_OR_GOVERNMENT_ROLES.has(office.role.en)) covered.add(office.country);
      }
    }
    assert.ok(covered.size >= 190, `only ${covered.size} countries`);
    for (const code of ['ID', 'US', 'CN', 'RU', 'IR', 'PS', 'TW', 'XK', 'VA']) assert.ok(covered.has(code), code);
  });

  it('keeps each person to at most one current office of the same role and country', () => {
    const doubled: string[] = [];
    for (const leader of leaders) {
      const current = leader.offices.filter((office) => !office.to).map((office) => `${office.role.en}|${office.country ?? office.organization}`);
      if (new Set(current).size !== current.length) doubled.push(leader.name);
    }
    assert.deepEqual(doubled, []);
  });

  it('starts no name with a title word, which belongs in the role, unless the allow-list says why', () => {
    const titles = [...indonesianJson.titles, ...englishJson.titles].map((title) => title.phrase.toLowerCase());
    const offending: string[] = [];
    for (const leader of leaders) {
      for (const name of namesOf(leader)) {
        const lower = name.toLowerCase();
        const title = titles.find((phrase) => lower.startsWith(`${phrase} `));
        if (title && !NAMES_STARTING_WITH_A_TITLE_WORD.has(lower)) offending.push(`${name} (${title})`);
      }
    }
    assert.deepEqual(offending, []);
  });

  it('shadows no country name or demonym with a leader name', () => {
    const countryWords = new Set(
      CountryTableSchema.parse(countryJson).countries.flatMap((c) => [...c.names, ...c.demonyms].map((n) => n.toLowerCase())),
    );
    assert.deepEqual(
      leaders.flatMap((leader) => namesOf(leader).filter((name) => countryWords.has(name.toLowerCase()))),
      [],
    );
  });

  it('gives each Wikidata id to one person', () => {
    const ids = leaders.flatMap((leader) => (leader.wikidata ? [leader.wikidata] : []));
    assert.equal(new Set(ids).size, ids.length);
  });

  it('resolves the short forms news uses on later mentions to the intended person', () => {
    const expected: Array<[string, string]> = [
      ['Jokowi', 'Joko Widodo'],
      ['Prabowo', 'Prabowo Subianto'],
      ['Gibran', 'Gibran Rakabuming Raka'],
      ['Sri Mulyani', 'Sri Mulyani Indrawati'],
      ['Airlangga', 'Airlangga Hartarto'],
      ['Zulhas', 'Zulkifli Hasan'],
      ['Luhut', 'Luhut Binsar Pandjaitan'],
      ['Cak Imin', 'Muhaimin Iskandar'],
      ['SBY', 'Susilo Bambang Yudhoyono'],
      ['Gus Dur', 'Abdurrahman Wahid'],
      ['Xi', 'Xi Jinping'],
      ['Li', 'Li Qiang'],
      ['Lee', 'Lee Jae-myung'],
      ['Kim', 'Kim Jong Un'],
      ['Putin', 'Vladimir Putin'],
      ['Vladimir Vladimirovich Putin', 'Vladimir Putin'],
      ['Raisi', 'Ebrahim Raisi'],
      ['Ali Hosseini Khamenei', 'Ali Khamenei'],
      ['Lukashenko', 'Alexander Lukashenko'],
      ['Albanese', 'Anthony Albanese'],
      ['MBS', 'Mohammed bin Salman'],
      ['bin Salman', 'Mohammed bin Salman'],
    ];
    const wrong = expected.flatMap(([alias, name]) => {
      const found = entriesNamed(alias).map((leader) => leader.name);
      return found.length === 1 && found[0] === name ? [] : [`${alias}: ${found.join(' / ') || 'nobody'}`];
    });
    assert.deepEqual(wrong, []);
  });

  it('puts the office a hover should show first among the current ones', () => {
    const firstCurrentRole = (name: string) => entriesNamed(name)[0]?.offices.find((office) => !office.to)?.role.en;
    assert.equal(firstCurrentRole('Prabowo Subianto'), 'President');
    assert.equal(firstCurrentRole('Mohammed bin Salman'), 'Crown Prince');
    assert.equal(firstCurrentRole('Joko Widodo'), undefined);
    assert.equal(entriesNamed('Joko Widodo')[0]?.offices.at(-1)?.role.en, 'President');
    // Back at the foreign ministry after Sok Chenda Sophea's term, as before it.
    assert.equal(firstCurrentRole('Prak Sokhonn'), 'Minister of Foreign Affairs');
    assert.equal(firstCurrentRole('Taneti Maamau'), 'President');
    assert.equal(firstCurrentRole('Manuela Roka Botey'), undefined);
  });

  it('names at most one current president, prime minister and foreign minister per country', () => {
    const holders = new Map<string, string[]>();
    for (const leader of leaders) {
      for (const office of leader.offices) {
        if (office.to || !office.country || !['President', 'Prime Minister', 'Minister of Foreign Affairs'].includes(office.role.en)) continue;
        const key = `${office.role.en} of ${office.country}`;
        holders.set(key, [...(holders.get(key) ?? []), leader.name]);
      }
    }
    assert.deepEqual(
      [...holders].filter(([, names]) => names.length > 1).map(([key, names]) => `${key}: ${names.join(' / ')}`),
      [],
    );
  });

  it('gives no person two terms of the same office that overlap', () => {
    const overlapping: string[] = [];
    for (const leader of leaders) {
      const terms = new Map<string, Array<{ from?: string; to?: string }>>();
      for (const office of leader.offices) {
        const key = `${office.role.en}|${office.country ?? office.organization}`;
        terms.set(key, [...(terms.get(key) ?? []), office]);
      }
      for (const [key, list] of terms) {
        const ordered = [...list].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
        for (let i = 1; i < ordered.length; i++) {
          const previousEnd = ordered[i - 1]!.to;
          if (previousEnd === undefined || isAfter(previousEnd, ordered[i]!.from ?? '')) overlapping.push(`${leader.name}: ${key}`);
        }
      }
    }
    assert.deepEqual(overlapping, []);
  });
});
