import { strict as assert } from 'node:assert';
import { CurrencyEntrySchema, LanguageResourcesSchema, type LanguageResources } from '../../../../src/core/data/schemas';
import { english, indonesian, rawResources } from './languageResources';

const both: Array<[string, LanguageResources]> = [
  ['id', indonesian],
  ['en', english],
];

function duplicates(keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const key of keys) (seen.has(key) ? repeated : seen).add(key);
  return [...repeated];
}

function isLowerCase(text: string): boolean {
  return text === text.toLowerCase();
}

describe('language resources', () => {
  it('validate against the schema, each under its own language', () => {
    for (const [language, raw] of Object.entries(rawResources)) {
      const result = LanguageResourcesSchema.safeParse(raw);
      assert.ok(result.success, `${language}: ${result.error?.message}`);
      assert.equal(result.data.language, language);
    }
  });

  for (const [language, resources] of both) {
    describe(language, () => {
      it('repeats no phrase within a list', () => {
        const lists: Record<string, string[]> = {
          titles: resources.titles.map((t) => t.phrase.toLowerCase()),
          titleModifiers: resources.titleModifiers.map((m) => m.phrase.toLowerCase()),
          units: resources.units.map((u) => (u.caseSensitive ? u.phrase : u.phrase.toLowerCase())),
          currencies: resources.currencies.map((c) => `${c.caseSensitive ? c.phrase : c.phrase.toLowerCase()} ${c.prefix ? 'before' : 'after'}`),
          stopwords: resources.stopwords.map((w) => w.toLowerCase()),
          nonNameWords: resources.nonNameWords.map((w) => w.toLowerCase()),
          nameParticles: resources.nameParticles,
          countNouns: resources.countNouns.map((w) => w.toLowerCase()),
          connectors: resources.numbers.connectors,
          numberWords: [
            ...Object.keys(resources.numbers.units),
            ...Object.keys(resources.numbers.addends),
            ...Object.keys(resources.numbers.multipliers),
            ...Object.keys(resources.numbers.fused),
          ],
        };
        for (const [name, keys] of Object.entries(lists)) assert.deepEqual(duplicates(keys), [], name);
      });

      it('writes words matched case-insensitively in lower case (titles also as acronyms, matched in capitals only)', () => {
        const isAcronym = (phrase: string) => phrase.length >= 2 && phrase === phrase.toUpperCase() && phrase !== phrase.toLowerCase();
        const lowerCaseLists = {
          titles: resources.titles.map((t) => t.phrase).filter((phrase) => !isAcronym(phrase)),
          titleModifiers: resources.titleModifiers.map((m) => m.phrase),
          stopwords: resources.stopwords,
          nameParticles: resources.nameParticles,
          numberWords: [
            ...Object.keys(resources.numbers.units),
            ...Object.keys(resources.numbers.addends),
            ...Object.keys(resources.numbers.multipliers),
            ...Object.keys(resources.numbers.scales),
            ...Object.keys(resources.numbers.fused),
          ],
        };
        for (const [name, words] of Object.entries(lowerCaseLists)) assert.deepEqual(words.filter((w) => !isLowerCase(w)), [], name);
      });

      it('gives one currency code to a phrase written before and after the number', () => {
        const codes = new Map<string, string>();
        for (const currency of resources.currencies) {
          const key = currency.caseSensitive ? currency.phrase : currency.phrase.toLowerCase();
          const earlier = codes.get(key);
          assert.ok(earlier === undefined || earlier === currency.code, `${currency.phrase}: ${earlier} and ${currency.code}`);
          codes.set(key, currency.code);
        }
      });

      it('keeps units, counted nouns, titles and their modifiers apart', () => {
        const units = new Set(resources.units.map((u) => u.phrase.toLowerCase()));
        assert.deepEqual(resources.countNouns.filter((n) => units.has(n.toLowerCase())), []);
        const titles = new Set(resources.titles.map((t) => t.phrase));
        assert.deepEqual(resources.titleModifiers.filter((m) => titles.has(m.phrase)), []);
        const fusedUnits = Object.values(resources.numbers.fused).map((f) => f.unit);
        // "sehari" is 1 day, "selembar" 1 "lembar" (a counted noun's classifier).
        const knownUnits = new Set([...resources.units.map((u) => u.unit), ...resources.countNouns]);
        assert.deepEqual(fusedUnits.filter((u) => !knownUnits.has(u)), [], 'a fused word\'s unit is one the unit or counted-noun list gives');
      });

      it('has enough function words to tell the language', () => {
        assert.ok(resources.stopwords.length >= 150, `${resources.stopwords.length} stopwords`);
      });
    });
  }

  it('shares no function word between the languages', () => {
    const indonesianWords = new Set(indonesian.stopwords);
    assert.deepEqual(english.stopwords.filter((w) => indonesianWords.has(w)), []);
  });

  it('has the Indonesian titles news uses, each with its English role', () => {
    const roles = new Map(indonesian.titles.map((t) => [t.phrase, t.role]));
    const expected: Record<string, string> = {
      presiden: 'President',
      'wakil presiden': 'Vice President',
      wapres: 'Vice President',
      'perdana menteri': 'Prime Minister',
      pm: 'Prime Minister',
      'menteri luar negeri': 'Minister of Foreign Affairs',
      menlu: 'Minister of Foreign Affairs',
      'menteri perdagangan': 'Minister of Trade',
      mendag: 'Minister of Trade',
      'menteri keuangan': 'Minister of Finance',
      menkeu: 'Minister of Finance',
      'menteri pertahanan': 'Minister of Defence',
      menhan: 'Minister of Defence',
      'menteri koordinator bidang perekonomian': 'Coordinating Minister for Economic Affairs',
      'menko perekonomian': 'Coordinating Minister for Economic Affairs',
      'menteri badan usaha milik negara': 'Minister of State-Owned Enterprises',
      'menteri bumn': 'Minister of State-Owned Enterprises',
      raja: 'King',
      ratu: 'Queen',
      sultan: 'Sultan',
      kanselir: 'Chancellor',
      'pemimpin tertinggi': 'Supreme Leader',
      'putra mahkota': 'Crown Prince',
      emir: 'Emir',
      gubernur: 'Governor',
      'wali kota': 'Mayor',
      walikota: 'Mayor',
      bupati: 'Regent',
      'sekjen pbb': 'Secretary-General of the United Nations',
      'sekretaris jenderal pbb': 'Secretary-General of the United Nations',
      'sekjen nato': 'Secretary General of NATO',
      'direktur jenderal wto': 'Director-General of the WTO',
      'gubernur bank sentral': 'Central Bank Governor',
      'kepala negara': 'Head of State',
      'kepala pemerintahan': 'Head of Government',
      menteri: 'Minister',
      jenderal: 'General',
      'panglima tni': 'Military Commander',
    };
    for (const [phrase, role] of Object.entries(expected)) assert.equal(roles.get(phrase), role, phrase);
    for (const phrase of ['ketua dpr', 'ketua umum', 'ketua partai']) assert.ok(roles.has(phrase), phrase);
    assert.ok(!roles.has('mantan presiden'), '"mantan" is a modifier, not part of a title');
  });

  it('has the English titles news uses, in both spellings', () => {
    const roles = new Map(english.titles.map((t) => [t.phrase, t.role]));
    const phrases = [
      'president', 'vice president', 'prime minister', 'pm', 'premier', 'chancellor', 'foreign minister',
      'minister of foreign affairs', 'foreign secretary', 'secretary of state', 'trade minister', 'commerce secretary',
      'treasury secretary', 'defence minister', 'defense minister', 'finance minister', 'king', 'queen', 'emperor',
      'crown prince', 'emir', 'sultan', 'supreme leader', 'governor', 'mayor', 'secretary-general', 'secretary general',
      'director-general', 'chairman', 'party leader', 'opposition leader', 'leader', 'general', 'senator', 'speaker',
    ];
    for (const phrase of phrases) assert.ok(roles.has(phrase), phrase);
    assert.equal(roles.get('defence minister'), roles.get('defense minister'));
    assert.equal(roles.get('foreign minister'), indonesian.titles.find((t) => t.phrase === 'menteri luar negeri')?.role);
  });

  it('lists "former" and its kin as title modifiers', () => {
    const indonesianModifiers = new Map(indonesian.titleModifiers.map((m) => [m.phrase, m]));
    const englishModifiers = new Map(english.titleModifiers.map((m) => [m.phrase, m]));
    assert.equal(indonesianModifiers.get('mantan')?.role, 'former');
    assert.equal(indonesianModifiers.get('eks')?.role, 'former');
    assert.equal(indonesianModifiers.get('sementara')?.after, true);
    assert.equal(englishModifiers.get('former')?.role, 'former');
    assert.equal(englishModifiers.get('then')?.role, 'then');
    assert.equal(englishModifiers.get('late')?.role, 'late');
    assert.equal(englishModifiers.get('former')?.after, false);
  });

  it('gives the number words their values', () => {
    const id = indonesian.numbers;
    assert.deepEqual(
      ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas', 'seratus', 'seribu'].map((w) => id.units[w]),
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 100, 1000],
    );
    assert.deepEqual(id.addends, { belas: 10 });
    assert.deepEqual([id.multipliers.puluh, id.multipliers.ratus, id.multipliers.ribu], [10, 100, 1000]);
    const en = english.numbers;
    assert.equal(Object.keys(en.units).length, 28, 'zero to nineteen and the tens');
    assert.deepEqual([en.units.nineteen, en.units.twenty, en.units.ninety], [19, 20, 90]);
    assert.deepEqual([en.multipliers.hundred, en.multipliers.thousand, en.multipliers.dozen], [100, 1000, 12]);
    assert.deepEqual(en.connectors, ['and']);
  });

  it('counts each "se-" word as one of its unit', () => {
    const expected: Record<string, string> = {
      sehari: 'day',
      sepekan: 'week',
      seminggu: 'week',
      sebulan: 'month',
      setahun: 'year',
      sedekade: 'decade',
      seabad: 'century',
    };
    for (const [word, unit] of Object.entries(expected)) assert.deepEqual(indonesian.numbers.fused[word], { value: 1, unit }, word);
  });

  it('reads a bare dollar as USD and a named one as that country\'s', () => {
    const code = (resources: LanguageResources, phrase: string, prefix: boolean) =>
      resources.currencies.find((c) => c.phrase === phrase && c.prefix === prefix)?.code;
    assert.equal(code(indonesian, 'dolar', false), 'USD');
    assert.equal(code(indonesian, 'dolar AS', false), 'USD');
    assert.equal(code(indonesian, 'dolar Singapura', false), 'SGD');
    assert.equal(code(indonesian, 'dolar Australia', false), 'AUD');
    assert.equal(code(indonesian, 'Rp', true), 'IDR');
    assert.equal(code(english, 'dollars', false), 'USD');
    assert.equal(code(english, 'A$', true), 'AUD');
    assert.equal(code(english, 'S$', true), 'SGD');
    // "real" is an English word; only "reais" and "Brazilian real" name the currency.
    assert.equal(code(english, 'real', false), undefined);
    assert.equal(code(english, 'reais', false), 'BRL');
  });

  it('gives "M" and "T" to the rupiah\'s prefixes, not to the Indonesian scale words', () => {
    for (const [language, resources] of both) {
      for (const currency of resources.currencies.filter((c) => c.code === 'IDR' && c.prefix)) {
        assert.deepEqual(currency.scales, { M: 1e9, T: 1e12 }, `${language} ${currency.phrase}`);
      }
      for (const currency of resources.currencies) {
        if (!currency.prefix) assert.deepEqual(currency.scales, {}, `${language} ${currency.phrase}: short scales follow a prefix`);
      }
    }
    assert.equal(indonesian.numbers.scales['m'], undefined);
    assert.equal(indonesian.numbers.scales['t'], undefined);
    assert.equal(english.numbers.scales['m'], 1e6);
  });

  it('lets only a case-sensitive unit be one written against the digits', () => {
    for (const [language, resources] of both) {
      for (const unit of resources.units.filter((u) => u.attached)) assert.ok(unit.caseSensitive, `${language} ${unit.phrase}`);
      assert.deepEqual(
        resources.units.filter((u) => u.phrase === 'C').map((u) => [u.unit, u.attached, u.caseSensitive]),
        [['°C', true, true]],
      );
    }
  });

  it('lets every rupee shared by several countries choose among the same six, every CFA franc between its two, and crowns, dollars, kina, kwacha, lei, the LE of Egyptian pounds and leones, manats, the P of pesos and pula, pesos, bare pounds, shillings (and their "/-"), soms, riyals, rials, dinars, dirhams, liras and the yen sign among theirs', () => {
    const expected = { IN: 'INR', PK: 'PKR', LK: 'LKR', NP: 'NPR', MU: 'MUR', SC: 'SCR' };
    const shared = [...indonesian.currencies, ...english.currencies].filter((c) => Object.keys(c.byCountry).length > 0);
    assert.deepEqual([...new Set(shared.map((c) => c.phrase))].sort(), ['$', '/-', 'dollar', 'dollars', 'CFA', 'CFA franc', 'CFA francs', 'CFAF', 'F CFA', 'FCFA', 'K', 'LE', 'Le', 'P', 'Rs', 'Rs.', 'Sh', 'Shs', 'crowns', 'kroner', 'kwacha', 'lei', 'manat', 'manats', 'peso', 'pesos', 'pound', 'pounds', 'rupe', 'rupee', 'rupees', 'sh', 'franc CFA', 'francs CFA', 'som', 'soms', '¥', 'dinar', 'dinars', 'dirham', 'dirhams', 'rial', 'rials', 'riyal', 'riyals', 'lira', 'liras'].sort());
    for (const currency of shared) {
      if (/^(rs|rupe)/i.test(currency.phrase)) assert.deepEqual(currency.byCountry, expected, currency.phrase);
      if (/^dinar/.test(currency.phrase)) assert.deepEqual([currency.byCountry.KW, currency.byCountry.IQ, currency.byCountry.JO], ['KWD', 'IQD', 'JOD'], currency.phrase);
      if (/^lira/.test(currency.phrase)) assert.deepEqual([currency.code, currency.byCountry.LB, currency.byCountry.SY], ['TRY', 'LBP', 'SYP'], currency.phrase);
      if (/^ri?yal/.test(currency.phrase)) assert.deepEqual([currency.code, currency.byCountry.QA, currency.byCountry.OM], ['SAR', 'QAR', 'OMR'], currency.phrase);
      if (currency.phrase.includes('CFA')) {
        assert.deepEqual([...new Set(Object.values(currency.byCountry))].sort(), ['XAF', 'XOF'], currency.phrase);
        assert.equal(currency.byCountry.CM, 'XAF', currency.phrase);
        assert.equal(currency.byCountry.SN, 'XOF', currency.phrase);
      }
      assert.ok(Object.values(currency.byCountry).includes(currency.code), `${currency.phrase}: its own code is one of the choices`);
    }
    // Only the dollar and the pound are the US's and Britain's in news at large, and decided by the article's own country alone.
    const homeCountryOnly = shared.filter((c) => c.homeCountryOnly);
    assert.deepEqual(homeCountryOnly.map((c) => c.phrase).sort(), ['$', 'dollar', 'dollars', 'pound', 'pounds']);
    assert.ok(homeCountryOnly.filter((c) => c.phrase !== 'pound' && c.phrase !== 'pounds').every((c) => c.code === 'USD' && c.byCountry.FJ === 'FJD' && c.byCountry.CA === 'CAD'));
    assert.ok(homeCountryOnly.filter((c) => c.phrase === 'pound' || c.phrase === 'pounds').every((c) => c.code === 'GBP' && c.byCountry.SS === 'SSP' && c.byCountry.EG === 'EGP'));
    // Indonesian news reads a bare "dolar" as USD: no Indonesian entry leaves it to the article.
    assert.ok(indonesian.currencies.every((c) => !c.homeCountryOnly));
    const entry = { phrase: 'Rs', code: 'INR', prefix: true, caseSensitive: true };
    assert.equal(CurrencyEntrySchema.safeParse({ ...entry, byCountry: { Pakistan: 'PKR' } }).success, false);
    assert.equal(CurrencyEntrySchema.safeParse({ ...entry, byCountry: { PK: 'rupee' } }).success, false);
  });

  it('marks ambassadors\', other diplomatic ranks\', consuls\', English special envoys\', senators\', representatives\', Indonesian directors general\'s, permanent secretaries\', inspectors general\', a central bank\'s Indonesian deputy governors\', event committee chairs\', executive chairmen\'s and English vice-chairs\' titles, and only those, as no leader\'s office', () => {
    // The guidelines' leaders hold a leadership office; career diplomats and envoys, ordinary legislators,
    // a ministry's directors general, permanent secretaries and inspectors general (civil servants), a central
    // bank's deputy governors ("Deputi Gubernur BI"; a province's deputy is its "Wakil Gubernur"), the chair of an event's committee and a
    // company's or forum's executive chairman and a body's vice-chair ("the commission's Vice-Chairman") do not. Indonesian news names the
    // latter far more often than the heads of international bodies, which keep their own entries.
    for (const [language, resources] of both) {
      const notLeaders = resources.titles.filter((t) => !t.leader);
      assert.ok(notLeaders.length >= 2, language);
      const diplomats = ['Ambassador', 'Consul', 'Consul General'];
      const expected = language === 'en' ? [...diplomats, 'Executive Chairman', 'Inspector-General', 'Minister Counsellor', 'Minister Plenipotentiary', 'Permanent Secretary', 'Representative', 'Senator', 'Special Envoy', 'Vice Chair'] : [...diplomats, 'Committee Chair', 'Deputy Governor', 'Director-General', 'Senator'].sort();
      assert.deepEqual([...new Set(notLeaders.map((t) => t.role))].sort(), expected, language);
      assert.ok(resources.titles.filter((t) => t.role === 'Ambassador').every((t) => !t.leader), language);
    }
  });

  it('rejects a currency scale that is not a positive number', () => {
    const entry = { phrase: 'Rp', code: 'IDR', prefix: true, caseSensitive: true };
    assert.ok(CurrencyEntrySchema.safeParse({ ...entry, scales: { M: 1e9 } }).success);
    assert.equal(CurrencyEntrySchema.safeParse({ ...entry, scales: { M: 0 } }).success, false);
    assert.equal(CurrencyEntrySchema.safeParse({ ...entry, scales: { M: 'miliar' } }).success, false);
  });

  it('writes short symbols before the number and case-sensitively', () => {
    for (const [language, resources] of both) {
      for (const currency of resources.currencies) {
        if (currency.phrase.length <= 3 && /^[A-Z]/.test(currency.phrase)) assert.ok(currency.caseSensitive, `${language} ${currency.phrase}`);
        if (/[$€£¥₩₹₱฿₫₽₺₪]/.test(currency.phrase)) assert.ok(currency.prefix, `${language} ${currency.phrase}`);
      }
    }
  });
});
