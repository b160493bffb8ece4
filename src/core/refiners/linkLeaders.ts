import type { LeaderEntry } from '../data/schemas';
import type { Candidate } from '../pipeline/candidate';

/**
 * Links leaders found by title alone to a gazetteer leader named in the same text when the
 * written name holds that leader's name or short form: "Joko “Jokowi” Widodo" is the
 * "Joko Widodo" whose alias "Jokowi" the gazetteer knows.
 */
export function linkLeaders(candidates: Candidate[], text: string): void {
  const known = new Map<string, LeaderEntry>();
  for (const candidate of candidates) {
    if (candidate.type === 'leader' && candidate.leader) known.set(candidate.key, candidate.leader);
  }
  if (known.size === 0) return;
  const rekey = new Map<string, { key: string; leader: LeaderEntry } | undefined>();
  for (const candidate of candidates) {
    if (candidate.type !== 'leader' || candidate.leader) continue;
    if (!rekey.has(candidate.key)) rekey.set(candidate.key, findLeader(text.slice(candidate.start, candidate.end), known));
    const link = rekey.get(candidate.key);
    if (!link) continue;
    candidate.key = link.key;
    candidate.leader = link.leader;
    if (!candidate.countryCode && link.leader.country) candidate.countryCode = link.leader.country;
  }
}

function findLeader(written: string, known: ReadonlyMap<string, LeaderEntry>): { key: string; leader: LeaderEntry } | undefined {
  const words = new Set(written.split(/[\s“”"‘’]+/u).filter(Boolean));
  for (const [key, leader] of known) {
    const ownWords = new Set(leader.name.split(/\s+/u));
    for (const name of [leader.name, ...leader.aliases]) {
      const parts = name.split(/\s+/u);
      // A one-word short form links only if it is a nickname ("Jokowi"), not a piece of
      // the full name that other people share ("Lee", "Kim").
      if (parts.length === 1 && (ownWords.has(parts[0]!) || words.size < 2)) continue;
      if (parts.every((part) => words.has(part))) return { key, leader };
    }
  }
  return undefined;
}
