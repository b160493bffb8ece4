import type { Candidate } from '../pipeline/candidate';
import type { SharedCurrency } from '../lexicon/lexicon';
import { countryMentions } from '../pipeline/countryMentions';
import { forEachNameMatch, isPunct, type RecognitionContext } from '../pipeline/recognitionContext';
import { amountKey } from '../pipeline/entityKey';
import { isMoneyUnit } from '../format/formatAmount';
import { firstTokenOf } from '../text/lineShape';
import { TokenFlag, type TokenStream } from '../text/tokenize';

/**
 * Sums in a currency name several countries share ("Rs", "rupees", "pesos") take the
 * currency of the nearest of those countries named before them in their paragraph ("In
 * Buenos Aires ... 1,450 pesos" is ARS), or after them in it, or else of the one the
 * article names most (naming none, whose cities it names most, or else whose leaders):
 * "Rs 500 billion" in an article about Pakistan is PKR. On a tie, or when none is named,
 * the recogniser's default stays (INR). A name that is one country's
 * currency in news at large ("$") changes only in English text whose most named country,
 * of all, has its own: "$81 million" in an article about Fiji is FJD. There, a leader's
 * mention names his country too: a Canadian paper on its prime minister's trip may never
 * write "Canada".
 */
export function resolveSharedCurrencies(candidates: Candidate[], context: RecognitionContext): void {
  const { tokens, language } = context;
  let mentions: Map<string, number> | undefined;
  let placeCountries: Map<string, number> | undefined;
  let countryWords: Map<string, number> | undefined;
  let leaderCountries: Map<string, number> | undefined;
  // Per currency as the lexicon reads it (the dollar, the pound): the country the text is
  // about, which each one's own countries decide.
  const homes = new Map<string | undefined, string | undefined>();
  // Per home country with no dollar of its own: its currency, where the text writes it with the sign.
  const signCurrencies = new Map<string, string | undefined>();
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!;
    const shared = candidate.sharedCurrency;
    if (candidate.type !== 'amount' || !shared) continue;
    let code: string | undefined;
    if (shared.homeCountryOnly) {
      if (language !== 'en') continue;
      // "30 billion Canadian dollars ($20 billion)": a dollar sum in brackets after a sum in another currency is its conversion, into US dollars.
      if (isConversionOfSumBefore(candidates, index, context)) continue;
      if (!homes.has(candidate.unit)) homes.set(candidate.unit, homeCountry(candidates, shared.byCountry, writesUsDollarsApart(candidates)));
      const home = homes.get(candidate.unit);
      if (home !== undefined && shared.byCountry[home] === undefined && !signCurrencies.has(home)) signCurrencies.set(home, ownCurrencyWrittenWithSign(candidates, context, home));
      code = home === undefined ? undefined : (shared.byCountry[home] ?? (isWrittenWithSign(candidate, context) ? signCurrencies.get(home) : undefined));
    } else {
      code =
        namedInParagraph(candidates, index, tokens, shared) ??
        mostNamed(shared.byCountry, (mentions ??= countryMentions(candidates))) ??
        // "Islamabad, June 10 – ... Rs17.573 trillion": a text that names no country of the
        // currency may still name its cities.
        mostNamed(shared.byCountry, (placeCountries ??= countryMentions(candidates, countryOfPlace))) ??
        // "The Sri Lanka Freedom Party MP ... Rs. 220 MN": nor a country but inside a party's name.
        mostNamed(shared.byCountry, (countryWords ??= countryWordsWritten(context))) ??
        // "President Duma Boko ... P27.2 billion": nor anything of it but its leaders.
        mostNamed(shared.byCountry, (leaderCountries ??= countryMentions(candidates, countryOfLeader)));
    }
    if (code === undefined || code === candidate.unit) continue;
    candidate.unit = code;
    candidate.key = amountKey(code, candidate.value!);
  }
}

/** Whether the amount opens a bracket right after a sum of money in another currency (nested country words aside). */
function isConversionOfSumBefore(candidates: readonly Candidate[], index: number, context: RecognitionContext): boolean {
  const { tokens } = context;
  const candidate = candidates[index]!;
  const open = candidate.tokenStart - 1;
  if (open < 1 || !isPunct(tokens, open, '(')) return false;
  for (let before = index - 1; before >= 0; before--) {
    const previous = candidates[before]!;
    if (previous.type !== 'amount') continue;
    return previous.tokenEnd === open && previous.unit !== undefined && previous.unit !== candidate.unit && previous.sharedCurrency === undefined && isMoneyUnit(previous.unit);
  }
  return false;
}

/** The currency of the nearest sharing country named before the amount in its paragraph, or else after it. */
function namedInParagraph(candidates: readonly Candidate[], index: number, tokens: TokenStream, shared: SharedCurrency): string | undefined {
  const { byCountry } = shared;
  const currencyNamedBy = (candidate: Candidate) => {
    const code = countryNamed(candidate);
    return code === undefined ? undefined : byCountry[code];
  };
  const paragraphStart = firstTokenOf(tokens, candidates[index]!.tokenStart, TokenFlag.ParagraphStart);
  for (let before = index - 1; before >= 0 && candidates[before]!.tokenStart >= paragraphStart; before--) {
    const currency = currencyNamedBy(candidates[before]!);
    if (currency !== undefined) return currency;
  }
  // "worth about Rs. 102 billion ... signed in Colombo": the country may come later in the paragraph.
  let paragraphEnd = candidates[index]!.tokenEnd;
  while (paragraphEnd < tokens.count && (tokens.flags[paragraphEnd]! & TokenFlag.ParagraphStart) === 0) paragraphEnd++;
  for (let after = index + 1; after < candidates.length && candidates[after]!.tokenStart < paragraphEnd; after++) {
    const currency = currencyNamedBy(candidates[after]!);
    if (currency !== undefined) return currency;
  }
  return undefined;
}

/** How often the text writes each country's name or demonym with a capital, inside other names too. */
function countryWordsWritten(context: RecognitionContext): Map<string, number> {
  const counts = new Map<string, number>();
  forEachNameMatch(context, 'country', ({ country }) => counts.set(country.code, (counts.get(country.code) ?? 0) + 1));
  return counts;
}

/** The country of a named region (a province, a state). */
function countryOfRegion(candidate: Candidate): string | undefined {
  return candidate.type === 'place' && candidate.place?.kind === 'region' ? candidate.place.country : undefined;
}

function countryOfPlace(candidate: Candidate): string | undefined {
  return candidate.type === 'place' ? countryNamed(candidate) : undefined;
}

/** The country a country mention names, or the country of a named capital or city. */
function countryNamed(candidate: Candidate): string | undefined {
  if (candidate.type === 'country') return candidate.country?.code;
  return candidate.type === 'place' ? (candidate.country?.code ?? candidate.countryCode) : undefined;
}

/**
 * The country whose leaders the text titles as its own (see countryOfLeadersTitledAtHome);
 * else the one with a dollar of its own in `byCountry` whose regions (provinces, states) the
 * text names strictly most; else the country named most, strictly, counting each mention of a
 * leader or of a region as one of its country.
 * On a tie, the one whose leaders are named more: an Australian paper on its aid to Ukraine
 * names Ukraine as often as Australia and its ministers together. With `ownDollarOnly`, only
 * the names of the countries with a dollar other than the US one count; leaders' mentions
 * count for every country all the same (an APEC report on Prabowo's trip that writes "US$"
 * twice stays at home in Indonesia, no dollar country, and keeps its bare "$" as US dollars
 * rather than giving it to Canada, named once).
 */
function homeCountry(candidates: readonly Candidate[], byCountry: Readonly<Record<string, string>>, ownDollarOnly: boolean): string | undefined {
  const titledAtHome = countryOfLeadersTitledAtHome(candidates);
  if (titledAtHome !== undefined) return titledAtHome;
  const ownDollar = (country: string) => byCountry[country] !== undefined && byCountry[country] !== US_DOLLAR;
  // "The Nova Scotia government ... $17.6-billion", "trade between Western Australia and China
  // ... $100 billion": a paper names its own provinces and states, rarely another country's.
  const regionCounts = countryMentions(candidates, countryOfRegion);
  const byRegions = strictlyMost(regionCounts.keys(), (country) => regionCounts.get(country)!);
  if (byRegions !== undefined && ownDollar(byRegions)) return byRegions;
  // "Premier Smith visiting Asia to grow Alberta's markets": a state's regions name it too.
  const counts = addCounts(countryMentions(candidates), regionCounts);
  if (ownDollarOnly) for (const country of [...counts.keys()]) if (!ownDollar(country)) counts.delete(country);
  const leaderCounts = countryMentions(candidates, countryOfLeader);
  addCounts(counts, leaderCounts);
  const best = strictlyMost(counts.keys(), (country) => counts.get(country)!);
  if (best !== undefined) return best;
  const most = Math.max(0, ...counts.values());
  return strictlyMost(
    [...counts.keys()].filter((country) => counts.get(country) === most),
    (country) => leaderCounts.get(country) ?? 0,
  );
}

/**
 * "Prime Minister Anthony Albanese" with no country in the title: a paper names its own
 * state's leaders so and a foreign one's with their country ("Solomon Islands Prime Minister
 * Jeremiah Manele"). The country whose known leaders are most often titled so, if one is.
 * (Some papers abroad write "President Donald Trump" too: a Canadian one on tariffs then reads
 * its bare "$" as the US dollar; seven sums in four Pacific and Maine papers came right for one
 * wrong in batch 83.)
 */
function countryOfLeadersTitledAtHome(candidates: readonly Candidate[]): string | undefined {
  const counts = countryMentions(candidates, countryOfLeaderTitledAtHome);
  return strictlyMost(counts.keys(), (code) => counts.get(code)!);
}

/** A leader's country, from his title or the gazetteer. */
function countryOfLeader(candidate: Candidate): string | undefined {
  return candidate.type === 'leader' ? candidate.countryCode : undefined;
}

/** A known leader's country where his title names none. */
function countryOfLeaderTitledAtHome(candidate: Candidate): string | undefined {
  return candidate.type === 'leader' && candidate.leader && candidate.role !== undefined && !candidate.country ? candidate.countryCode : undefined;
}

const US_DOLLAR = 'USD';

/**
 * "TOP$784.2 million (Tongan Pa'anga), indicating a deficit of over $27 million": a text about a
 * country whose currency is no dollar, but that it writes with a dollar sign in the first sum
 * that has one, writes the bare sign for that currency too. (Only where that is the first sum
 * with the sign: a wire's "R$ 12 billion" after "40 billion reais ($7.4 billion)" leaves its
 * "$" in US dollars.)
 */
function ownCurrencyWrittenWithSign(candidates: readonly Candidate[], context: RecognitionContext, home: string): string | undefined {
  const currency = context.lexicon.countriesByCode.get(home)?.currency;
  if (currency === undefined) return undefined;
  const first = candidates.find((candidate) => candidate.type === 'amount' && isWrittenWithSign(candidate, context));
  return first !== undefined && first.unit === currency && !first.sharedCurrency ? currency : undefined;
}

function isWrittenWithSign(candidate: Candidate, context: RecognitionContext): boolean {
  return context.text.slice(candidate.start, candidate.end).includes('$');
}

/**
 * "$380 million ... US$167 million": a text that marks some sums as US dollars writes a bare
 * "$" for its own country's dollar.
 */
function writesUsDollarsApart(candidates: readonly Candidate[]): boolean {
  return candidates.some((candidate) => candidate.type === 'amount' && candidate.unit === US_DOLLAR && !candidate.sharedCurrency);
}

/** Adds each country's count in `more` to `counts`; returns `counts`. */
function addCounts(counts: Map<string, number>, more: ReadonlyMap<string, number>): Map<string, number> {
  for (const [country, count] of more) counts.set(country, (counts.get(country) ?? 0) + count);
  return counts;
}

/** The currency of the country named strictly more often than the others, if any is named. */
function mostNamed(byCountry: Readonly<Record<string, string>>, mentions: ReadonlyMap<string, number>): string | undefined {
  const country = strictlyMost(Object.keys(byCountry), (code) => mentions.get(code) ?? 0);
  return country === undefined ? undefined : byCountry[country];
}

/** The key counted strictly more often than any other, if any is counted at all. */
function strictlyMost(keys: Iterable<string>, count: (key: string) => number): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  let tied = false;
  for (const key of keys) {
    const n = count(key);
    if (n > bestCount) {
      best = key;
      bestCount = n;
      tied = false;
    } else if (n === bestCount && n > 0) tied = true;
  }
  return tied ? undefined : best;
}
