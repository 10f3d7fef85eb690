/**
 * A whole number with thousands separators, as `toLocaleString("en")` writes it ("1,357"), without
 * it: the first toLocaleString call sets up ICU's number formatting, 35–75 ms on the benchmark
 * machine, paid in the render that first shows "Arranging 1,357 nodes…" (docs/performance.md).
 */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count)) return count.toLocaleString("en");
  const sign = count < 0 ? "-" : "";
  return sign + String(Math.abs(count)).replace(/\B(?=(\d{3})+$)/g, ",");
}
