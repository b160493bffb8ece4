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

export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  // Recognisers emit in text order, so this sort merges a few sorted runs; only clusters of
  // overlapping candidates (rare, small) need the length-and-priority ordering.
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const accepted: Candidate[] = [];
  for (const layer of [0, 1]) {
    let cluster: Candidate[] = [];
    let clusterEnd = -1;
    for (const candidate of byStart) {
      if (LAYER[candidate.type] !== layer) continue;
      if (candidate.start >= clusterEnd) {
        acceptFromCluster(cluster, accepted);
        cluster = [candidate];
        clusterEnd = candidate.end;
      } else {
        cluster.push(candidate);
        if (candidate.end > clusterEnd) clusterEnd = candidate.end;
      }
    }
    acceptFromCluster(cluster, accepted);
  }
  return accepted.sort((a, b) => a.start - b.start || b.end - a.end);
}

function acceptFromCluster(cluster: Candidate[], accepted: Candidate[]): void {
  if (cluster.length === 1) {
    accepted.push(cluster[0]!);
    return;
  }
  cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const candidate of cluster) {
    if (kept.every((k) => candidate.end <= k.start || k.end <= candidate.start)) kept.push(candidate);
  }
  accepted.push(...kept);
}

/** Token coverage of the name layer, for recognisers that fill gaps after resolution. */
export function nameLayerCoverage(candidates: readonly Candidate[], tokenCount: number): Uint8Array {
  const covered = new Uint8Array(tokenCount);
  for (const candidate of candidates) {
    if (LAYER[candidate.type] === 0) covered.fill(1, candidate.tokenStart, candidate.tokenEnd);
  }
  return covered;
}
