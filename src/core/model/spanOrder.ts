/** The index of the first of `spans` (sorted by start) that starts at or after `offset`, by binary search. */
export function firstStartingFrom(spans: readonly { readonly start: number }[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
