/** Binary search over ascending numbers, shared by the timeline, the graph's scene layer and CSV import. */

/** The number of entries of the ascending `sorted` that are ≤ `x` (the index of the first one > x). */
export function upperBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
