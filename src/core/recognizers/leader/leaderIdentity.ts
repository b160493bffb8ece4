import type { LeaderEntry } from '../../data/schemas';
import { recordKey } from '../../pipeline/entityKey';
import { matchesAt, type RecognitionContext } from '../../pipeline/recognitionContext';

/** The gazetteer leader whose name or alias covers exactly tokens [start, end), if any. */
export function leaderAt(context: RecognitionContext, start: number, end: number): LeaderEntry | undefined {
  const matches = matchesAt(context, start);
  if (!matches) return undefined;
  for (const match of matches) {
    if (match.payload.kind === 'leader' && match.tokenEnd === end) return match.payload.leader;
  }
  return undefined;
}

/** The entity key of a gazetteer leader: every recogniser that finds one must give the same. */
export function leaderKey(leader: LeaderEntry): string {
  return recordKey(leader, () => `leader:${leader.name}`);
}

/** The entity key of a leader the gazetteer does not know, by the name as written. */
export function unknownLeaderKey(name: string): string {
  return `leader:name:${name}`;
}
