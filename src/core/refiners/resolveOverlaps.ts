import type { EntityType } from '../model/entityType';
import type { Candidate } from '../pipeline/candidate';

/**
 * Names (leaders, countries, places, organisations) compete with each other, quantities
 * (amounts, dates) with each other; the two layers may overlap, so "dolar AS" is an
 * amount with the country "AS" nested in it. Within a layer the longer span wins, then the
 * higher priority, then the earlier one.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const names: Candidate[] = [];
  const quantities: Candidate[] = [];
  for (const candidate of candidates) (isQuantity(candidate.type) ? quantities : names).push(candidate);
  return mergeByPosition(resolveLayer(names), resolveLayer(quantities));
}

/** The quantity layer (amounts, dates); the rest is the name layer. */
export function isQuantity(type: EntityType): boolean {
  // Compared by identity of interned strings: cheaper than a keyed lookup per candidate.
  return type === 'amount' || type === 'date';
}

/** One layer's winners in text order. */
function resolveLayer(layer: Candidate[]): Candidate[] {
  // Recognisers emit in text order, so this sort merges a few sorted runs; only clusters of
  // overlapping candidates (small: most hold one or two) need the length-and-priority ordering.
  layer.sort(byPosition);
  const accepted: Candidate[] = [];
  const cluster: Candidate[] = [];
  let clusterEnd = -1;
  for (const candidate of layer) {
    if (candidate.start >= clusterEnd) {
      acceptFromCluster(cluster, accepted);
      cluster.length = 0;
      clusterEnd = candidate.end;
    } else if (candidate.end > clusterEnd) clusterEnd = candidate.end;
    cluster.push(candidate);
  }
  acceptFromCluster(cluster, accepted);
  return accepted;
}

function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

function acceptFromCluster(cluster: Candidate[], accepted: Candidate[]): void {
  if (cluster.length <= 2) {
    // Most clusters are one candidate or two: decided without sorting or a list of kept ones.
    if (cluster.length === 1) accepted.push(cluster[0]!);
    else if (cluster.length === 2) {
      const [first, second] = cluster as [Candidate, Candidate];
      if (!overlaps(first, second)) accepted.push(first, second);
      else accepted.push(byStrength(first, second) <= 0 ? first : second);
    }
    return;
  }
  cluster.sort(byStrength);
  const kept: Candidate[] = [];
  for (const candidate of cluster) {
    let free = true;
    for (const k of kept) if (overlaps(candidate, k)) free = false;
    if (free) kept.push(candidate);
  }
  kept.sort(byPosition);
  for (const k of kept) accepted.push(k);
}

/** Longer first, then higher priority, then earlier; ties keep their order (the sort is stable). */
function byStrength(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start;
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Two lists in text order as one; on equal spans the first list's comes first. */
function mergeByPosition(first: readonly Candidate[], second: readonly Candidate[]): Candidate[] {
  const merged: Candidate[] = new Array(first.length + second.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < first.length && j < second.length) {
    merged[k++] = byPosition(second[j]!, first[i]!) < 0 ? second[j++]! : first[i++]!;
  }
  while (i < first.length) merged[k++] = first[i++]!;
  while (j < second.length) merged[k++] = second[j++]!;
  return merged;
}

/**
 * Adds candidates that fill gaps of the name layer (they overlap no name and each other,
 * see nameLayerCoverage) to resolved ones: a merge of two sorted lists, in the order
 * resolveOverlaps would give, without sorting everything again.
 */
export function mergeGapFillers(resolved: readonly Candidate[], fillers: readonly Candidate[]): Candidate[] {
  return mergeByPosition(resolved, fillers);
}

/** Token coverage of the name layer, for recognisers that fill gaps after resolution. */
export function nameLayerCoverage(candidates: readonly Candidate[], tokenCount: number): Uint8Array {
  const covered = new Uint8Array(tokenCount);
  for (const candidate of candidates) {
    // A loop, not covered.fill: most spans are a token or two, below fill's call overhead.
    if (!isQuantity(candidate.type)) for (let i = candidate.tokenStart; i < candidate.tokenEnd; i++) covered[i] = 1;
  }
  return covered;
}
