import type { Candidate } from '../pipeline/candidate';
import { amountKey } from '../pipeline/entityKey';

/**
 * Sums in a currency name several countries share ("Rs", "rupees") take the currency of
 * the one of those countries the article names most: "Rs 500 billion" in an article about
 * Pakistan is PKR. On a tie, or when none is named, the recogniser's default stays (INR).
 */
export function resolveSharedCurrencies(candidates: Candidate[]): void {
  let mentions: Map<string, number> | undefined;
  for (const candidate of candidates) {
    if (candidate.type !== 'amount' || !candidate.currencyByCountry) continue;
    mentions ??= countryMentions(candidates);
    const code = mostNamed(candidate.currencyByCountry, mentions);
    if (code === undefined || code === candidate.unit) continue;
    candidate.unit = code;
    candidate.key = amountKey(code, candidate.value!);
  }
}

function countryMentions(candidates: readonly Candidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const candidate of candidates) {
    const code = candidate.type === 'country' ? candidate.country?.code : undefined;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

/** The currency of the country named strictly more often than the others, if any is named. */
function mostNamed(byCountry: Readonly<Record<string, string>>, mentions: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  let tied = false;
  for (const [country, currency] of Object.entries(byCountry)) {
    const count = mentions.get(country) ?? 0;
    if (count > bestCount) {
      best = currency;
      bestCount = count;
      tied = false;
    } else if (count === bestCount && count > 0) tied = true;
  }
  return tied ? undefined : best;
}
