import type { Candidate } from './candidate';

/** How many of the candidates are mentions of each country, by ISO code, in order of first mention. */
export function countryMentions(candidates: readonly Candidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const candidate of candidates) {
    const code = candidate.type === 'country' ? candidate.country?.code : undefined;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}
