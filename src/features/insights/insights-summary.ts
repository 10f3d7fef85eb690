/**
 * The one-line findings under each Insights chart, written from the numbers (never hard-coded), so
 * they stay true for any dataset, basis and filter.
 */
import { formatDate } from "../../data/dates";
import { AGREEMENT_KINDS, KIND_INFO } from "../../data/kinds";
import type { NetworkSample, TopDegreeSeries } from "../../data/series";
import { ordinal } from "../../data/status-labels";

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Who leads at the end, and which of the leaders climbed most since the first sample. */
export function degreeSummary(top: TopDegreeSeries, nameOf: (id: string) => string): string {
  const first = top.samples[0];
  const last = top.samples[top.samples.length - 1];
  const leader = top.countries[0];
  if (!first || !last || !leader) return "No agreements are shown with these filters.";
  let text = `${nameOf(leader)} leads on ${formatDate(last.iso)} (weighted degree ${last.values[leader]}).`;
  let best: { id: string; gain: number } | null = null;
  for (const id of top.countries) {
    const before = first.ranks[id] ?? null;
    const after = last.ranks[id] ?? null;
    if (after === null) continue;
    // An unranked country "climbs" from just below the last ranked place.
    const gain = (before ?? top.countries.length + 1) - after;
    if (gain > 0 && (best === null || gain > best.gain)) best = { id, gain };
  }
  if (best) {
    const before = first.ranks[best.id];
    const from = before == null ? "unranked" : ordinal(before);
    text += ` Biggest climb among the top ${top.countries.length}: ${nameOf(best.id)}, from ${from} on ${formatDate(first.iso)} to ${ordinal(last.ranks[best.id]!)}.`;
  }
  return text;
}

export const percent = (share: number) =>
  `${share > 0 && share < 0.1 ? (share * 100).toFixed(1) : Math.round(share * 100)}%`;

/** How density and the number of shown agreements moved from the first to the last sample. */
export function networkSummary(samples: readonly NetworkSample[]): string {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last) return "No dates to compare.";
  const verb = last.density > first.density ? "rose" : last.density < first.density ? "fell" : "stayed";
  const density =
    verb === "stayed"
      ? `Density stayed at ${percent(last.density)} of possible country pairs`
      : `Density ${verb} from ${percent(first.density)} of possible country pairs on ${formatDate(first.iso)} to ${percent(last.density)} on ${formatDate(last.iso)}`;
  let text = `${density}; shown agreements went from ${first.total} to ${last.total}`;
  const topKind = AGREEMENT_KINDS.reduce((a, b) => (last.byKind[b] > last.byKind[a] ? b : a));
  if (last.byKind[topKind] > 0)
    text += `, the most common kind now ${KIND_INFO[topKind].label} (${last.byKind[topKind]})`;
  return `${text}.`;
}
