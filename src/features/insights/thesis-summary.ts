/** The one-line findings under the thesis charts, written from the numbers. */
import { formatDate } from "../../data/dates";
import { percent, plural } from "./insights-summary";
import type { Measure } from "../../state/view-state";
import { webTotal, type QuadTieSample, type ThesisSample, type ThesisYear } from "./thesis";

const what = (n: number, measure: Measure, noun = "new agreement") =>
  measure === "depth" ? `${n} depth ${n === 1 ? "point" : "points"} of ${noun}s` : plural(n, noun);

/**
 * "Since 2017: 34 new agreements between a Quad member and a non-member, 9 among Quad members and 2
 * among non-members only, vs 3 Quad-group instruments (and 14 Quad meetings)."
 */
export function newPerYearSummary(
  rows: readonly ThesisYear[],
  years: { from: number; to: number; label: string },
  measure: Measure,
): string {
  const inside = rows.filter((r) => r.year >= years.from && r.year <= years.to);
  if (inside.length === 0) return "No years to count.";
  const sum = (f: (r: ThesisYear) => number) => inside.reduce((s, r) => s + f(r), 0);
  const external = sum((r) => r.added["quad-external"]);
  const internal = sum((r) => r.added["quad-internal"]);
  const other = sum((r) => r.added.other);
  const group = sum((r) => r.added["quad-group"]);
  const meetings = sum((r) => r.meetings);
  return (
    `${years.label}: ${what(external, measure)} between a Quad member and a non-member, ${internal} among ` +
    `Quad members and ${other} among non-members only, vs ${what(group, measure, "Quad-group instrument")} ` +
    `(and ${plural(meetings, "Quad meeting")}).`
  );
}

/** How the ties in effect outside the group and in it moved between the first and last sample. */
export function activeSummary(samples: readonly ThesisSample[], measure: Measure): string {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last) return "No dates to compare.";
  const unit = measure === "depth" ? "depth points" : "agreements";
  return (
    `In effect outside the Quad group: ${webTotal(first.active)} ${unit} on ${formatDate(first.iso)}, ` +
    `${webTotal(last.active)} on ${formatDate(last.iso)}; through the group: ${first.active["quad-group"]} ` +
    `then ${last.active["quad-group"]}.`
  );
}

/** The Quad's ties: how much of the four's linking runs outside the group, and their share of all ties. */
export function quadTiesSummary(samples: readonly QuadTieSample[]): string {
  const last = [...samples].reverse().find((s) => s.outsideShare !== null || s.quadShareOfTies !== null);
  if (!last) return "No ties in effect.";
  const parts: string[] = [];
  if (last.outsideShare !== null)
    parts.push(
      `${percent(last.outsideShare)} of the links among the Quad's members run outside the group ` +
        `(${last.memberLinksOutside} of ${last.memberLinksOutside + last.memberLinksGroup})`,
    );
  if (last.quadShareOfTies !== null)
    parts.push(`the members take part in ${percent(last.quadShareOfTies)} of all tied pairs`);
  return `On ${formatDate(last.iso)}, ${parts.join("; ")}.`;
}
