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
  const byStart = candidates.slice().sort(byPosition);
  const accepted: Candidate[] = [];
  const cluster: Candidate[] = [];
  for (const layer of [0, 1]) {
    let clusterEnd = -1;
    for (let i = 0; i < byStart.length; i++) {
      const candidate = byStart[i]!;
      if (LAYER[candidate.type] !== layer) continue;
      if (candidate.start >= clusterEnd) {
        acceptFromCluster(cluster, accepted);
        cluster.length = 0;
        clusterEnd = candidate.end;
      } else if (candidate.end > clusterEnd) clusterEnd = candidate.end;
      cluster.push(candidate);
    }
    acceptFromCluster(cluster, accepted);
    cluster.length = 0;
  }
  return accepted.sort(byPosition);
}

function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

function acceptFromCluster(cluster: Candidate[], accepted: Candidate[]): void {
  if (cluster.length <= 1) {
    if (cluster.length === 1) accepted.push(cluster[0]!);
    return;
  }
  cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const candidate of cluster) {
    if (kept.every((k) => candidate.end <= k.start || k.end <= candidate.start)) kept.push(candidate);
  }
  accepted.push(...kept);
}

/**
 * Adds candidates that fill gaps of the name layer (they overlap no name and each other,
 * see nameLayerCoverage) to resolved ones: a merge of two sorted lists, in the order
 * resolveOverlaps would give, without sorting everything again.
 */
export function mergeGapFillers(resolved: readonly Candidate[], fillers: readonly Candidate[]): Candidate[] {
  const merged: Candidate[] = new Array(resolved.length + fillers.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < resolved.length && j < fillers.length) {
    merged[k++] = byPosition(fillers[j]!, resolved[i]!) < 0 ? fillers[j++]! : resolved[i++]!;
  }
  while (i < resolved.length) merged[k++] = resolved[i++]!;
  while (j < fillers.length) merged[k++] = fillers[j++]!;
  return merged;
}

/** Token coverage of the name layer, for recognisers that fill gaps after resolution. */
export function nameLayerCoverage(candidates: readonly Candidate[], tokenCount: number): Uint8Array {
  const covered = new Uint8Array(tokenCount);
  for (const candidate of candidates) {
    if (LAYER[candidate.type] === 0) covered.fill(1, candidate.tokenStart, candidate.tokenEnd);
  }
  return covered;
}
