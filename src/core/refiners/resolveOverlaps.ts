import type { EntityType } from '../model/entityType';
import type { Candidate } from '../pipeline/candidate';

/**
 * Names (leaders, countries, places, organisations) compete with each other, quantities
 * (amounts, dates) with each other; the two layers may overlap, so "dolar AS" is an
 * amount with the country "AS" nested in it. Within a layer the longer span wins, then the
 * higher priority, then the earlier one.
 */
const LAYER: Record<EntityType, number> = {
  leader: 0,
  country: 0,
  place: 0,
  organization: 0,
  amount: 1,
  date: 1,
};

export function resolveOverlaps(candidates: readonly Candidate[], tokenCount: number): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const occupied = [new Uint8Array(tokenCount), new Uint8Array(tokenCount)];
  const accepted: Candidate[] = [];
  for (const candidate of ordered) {
    const taken = occupied[LAYER[candidate.type]]!;
    let free = true;
    for (let t = candidate.tokenStart; t < candidate.tokenEnd; t++) {
      if (taken[t]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, candidate.tokenStart, candidate.tokenEnd);
    accepted.push(candidate);
  }
  return accepted.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Token coverage of the name layer, for recognisers that fill gaps after resolution. */
export function nameLayerCoverage(candidates: readonly Candidate[], tokenCount: number): Uint8Array {
  const covered = new Uint8Array(tokenCount);
  for (const candidate of candidates) {
    if (LAYER[candidate.type] === 0) covered.fill(1, candidate.tokenStart, candidate.tokenEnd);
  }
  return covered;
}
