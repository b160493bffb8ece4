import type { LeaderEntry } from '../../data/schemas';
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
