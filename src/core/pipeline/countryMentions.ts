import type { Candidate } from './candidate';

/**
 * How many of the candidates name each country, by ISO code, in order of first mention: by
 * default the country mentions; `countryOf` may read another kind's country (a city's).
 */
export function countryMentions(candidates: readonly Candidate[], countryOf: (candidate: Candidate) => string | undefined = countryOfMention): Map<string, number> {
  const counts = new Map<string, number>();
  for (const candidate of candidates) {
    const code = countryOf(candidate);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

function countryOfMention(candidate: Candidate): string | undefined {
  return candidate.type === 'country' ? candidate.country?.code : undefined;
}
