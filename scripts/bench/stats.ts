/** Small, exact statistics for the benchmark: nothing is interpolated or smoothed. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** Nearest-rank percentile (p in 0–100) of the values; NaN for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The median (mean of the middle two for an even count); NaN for an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median, min and max over runs, ignoring runs where the figure could not be measured (null). */
export function summarize(values: readonly (number | null)[]): Summary | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return null;
  return { median: median(known), min: Math.min(...known), max: Math.max(...known), n: known.length };
}

/** Frames per second and frame-time percentiles from requestAnimationFrame timestamps (ms). */
export function frameStats(
  timestamps: readonly number[],
): { fps: number; meanMs: number; p95Ms: number; frames: number } | null {
  if (timestamps.length < 3) return null;
  const deltas: number[] = [];
  for (let i = 1; i < timestamps.length; i++) deltas.push(timestamps[i]! - timestamps[i - 1]!);
  const span = timestamps[timestamps.length - 1]! - timestamps[0]!;
  return {
    fps: (deltas.length / span) * 1000,
    meanMs: span / deltas.length,
    p95Ms: percentile(deltas, 95),
    frames: timestamps.length,
  };
}
