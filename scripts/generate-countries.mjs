// Generates src/core/data/generated/countries.json: one table of country names from
// i18n-iso-countries (id, en), Intl.DisplayNames (id, en) and the hand-kept facts in
// src/core/data/countries.facts.json. The two generated sources disagree on dozens of
// Indonesian names and both lack news forms (Korsel, RRT, UEA), so every name any of
// them knows is kept, and the hand list adds the rest. ISO codes are never used as names:
// "AS" is American Samoa's code but the United States in Indonesian news.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function cleanName(name) {
  // "Korea, Republic of" and "Bolivia (Plurinational State of)" never appear in news as such.
  if (/[,()]/.test(name)) return undefined;
  return name.replace(/\s+/g, ' ').trim();
}

export function generateCountryTable(root) {
  const isoCountries = require('i18n-iso-countries');
  isoCountries.registerLocale(require('i18n-iso-countries/langs/id.json'));
  isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const facts = JSON.parse(readFileSync(join(root, 'src/core/data/countries.facts.json'), 'utf8')).countries;
  const factsByCode = new Map(facts.map((f) => [f.code, f]));
  const displayId = new Intl.DisplayNames(['id'], { type: 'region', fallback: 'none' });
  const displayEn = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

  const codes = new Set([...Object.keys(isoCountries.getAlpha2Codes()), ...factsByCode.keys()]);
  const countries = [];
  for (const code of [...codes].sort()) {
    const fact = factsByCode.get(code) ?? {};
    const isoId = isoCountries.getName(code, 'id', { select: 'all' }) ?? [];
    const isoEn = isoCountries.getName(code, 'en', { select: 'all' }) ?? [];
    const intlId = safeOf(displayId, code);
    const intlEn = safeOf(displayEn, code);
    const excluded = new Set((fact.excludeNames ?? []).map((n) => n.toLowerCase()));
    const names = [];
    const seen = new Set();
    const generated = [intlId, ...isoId, intlEn, ...isoEn];
    const handAliases = fact.aliases ?? [];
    for (const [index, raw] of [...generated, ...handAliases].entries()) {
      const name = raw && cleanName(raw);
      // A generated name equal to the ISO code is dropped; a hand alias is deliberate ("US").
      if (!name || (index < generated.length && name === code) || excluded.has(name.toLowerCase())) continue;
      const key = name.toLowerCase();
      // All-caps aliases keep their case as a separate key ("AS" is not "as").
      const dedupeKey = name === name.toUpperCase() && name.length <= 5 ? name : key;
      if (seen.has(dedupeKey)) continue;
      seen.add(dedupeKey);
      names.push(name);
    }
    if (names.length === 0) continue;
    const nameId = fact.nameId ?? cleanName(intlId ?? '') ?? names[0];
    const nameEn = fact.nameEn ?? cleanName(intlEn ?? '') ?? names[0];
    const record = {
      code,
      sovereign: fact.sovereign ?? false,
      nameId,
      nameEn,
      names,
      demonyms: fact.demonyms ?? [],
    };
    if (fact.wikidata) record.wikidata = fact.wikidata;
    if (fact.capital) record.capital = fact.capital;
    if (fact.currency) record.currency = fact.currency;
    if (fact.subnationalHomonym) record.subnationalHomonym = fact.subnationalHomonym;
    countries.push(record);
  }
  const outDir = join(root, 'src/core/data/generated');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'countries.json'), JSON.stringify({ countries }) + '\n');
  return countries.length;
}

function safeOf(display, code) {
  try {
    return display.of(code);
  } catch {
    return undefined;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = new URL('..', import.meta.url).pathname;
  console.log(`generated ${generateCountryTable(root)} countries`);
}
