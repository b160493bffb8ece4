import type { LeaderEntry } from '../../data/schemas';
import { recordKey } from '../../pipeline/entityKey';
import type { RecognitionContext } from '../../pipeline/recognitionContext';

/** The gazetteer leader whose name or alias covers exactly tokens [start, end), if any. */
export function leaderAt(context: RecognitionContext, start: number, end: number): LeaderEntry | undefined {
  const table = context.matches;
  const count = table.countAt(start);
  for (let k = 0; k < count; k++) {
    const payload = table.payloadAt(start, k);
    if (payload.kind === 'leader' && table.endAt(start, k) === end) return payload.leader;
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
