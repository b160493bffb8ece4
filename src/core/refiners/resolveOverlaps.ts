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
  // Only clusters of overlapping candidates (small: most hold one or two) need the
  // length-and-priority ordering.
  layer = sortByPosition(layer);
  const accepted: Candidate[] = [];
  // A cluster is the run layer[clusterStart, i): read in place rather than copied out.
  let clusterStart = 0;
  let clusterEnd = -1;
  for (let i = 0; i < layer.length; i++) {
    const candidate = layer[i]!;
    if (candidate.start >= clusterEnd) {
      acceptFromCluster(layer, clusterStart, i, accepted);
      clusterStart = i;
      clusterEnd = candidate.end;
    } else if (candidate.end > clusterEnd) clusterEnd = candidate.end;
  }
  acceptFromCluster(layer, clusterStart, layer.length, accepted);
  return accepted;
}

function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * The layer stably sorted by position. Recognisers emit in text order, so the layer is a
 * few sorted runs (one per recogniser): merged pairwise here, with none of the comparator
 * calls and copying a general sort spends on a quarter of a million candidates.
 */
function sortByPosition(layer: Candidate[]): Candidate[] {
  const runStarts = [0];
  for (let i = 1; i < layer.length; i++) if (byPosition(layer[i - 1]!, layer[i]!) > 0) runStarts.push(i);
  if (runStarts.length === 1) return layer;
  runStarts.push(layer.length);
  let from = layer;
  let to: Candidate[] = new Array<Candidate>(layer.length);
  let bounds = runStarts;
  while (bounds.length > 2) {
    const merged = [0];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const end = r + 2 < bounds.length ? bounds[r + 2]! : bounds[r + 1]!;
      mergeInto(from, bounds[r]!, bounds[r + 1]!, from, bounds[r + 1]!, end, to, bounds[r]!);
      merged.push(end);
    }
    [from, to] = [to, from];
    bounds = merged;
  }
  return from;
}

/** Merges first[i, iEnd) and second[j, jEnd) into `to` from `k` on; on equal spans the first's come first. */
function mergeInto(
  first: readonly Candidate[],
  i: number,
  iEnd: number,
  second: readonly Candidate[],
  j: number,
  jEnd: number,
  to: Candidate[],
  k: number,
): void {
  while (i < iEnd && j < jEnd) to[k++] = byPosition(second[j]!, first[i]!) < 0 ? second[j++]! : first[i++]!;
  while (i < iEnd) to[k++] = first[i++]!;
  while (j < jEnd) to[k++] = second[j++]!;
}

function acceptFromCluster(layer: readonly Candidate[], from: number, to: number, accepted: Candidate[]): void {
  if (to === from) return;
  // Most clusters are one candidate or two: decided without sorting or a list of kept ones.
  if (to - from === 1) {
    accepted.push(layer[from]!);
    return;
  }
  if (to - from === 2) {
    const first = layer[from]!;
    const second = layer[from + 1]!;
    if (!overlaps(first, second)) accepted.push(first, second);
    else accepted.push(byStrength(first, second) <= 0 ? first : second);
    return;
  }
  const cluster = layer.slice(from, to);
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
  const merged: Candidate[] = new Array<Candidate>(first.length + second.length);
  mergeInto(first, 0, first.length, second, 0, second.length, merged, 0);
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
