/**
 * "How this could be wrong": the weaknesses of the data behind the verdict, computed from the
 * records that moved it (those that started or ended inside the window under the current settings),
 * so an analyst can weigh the sentence before quoting it.
 */
import { countedFromDay, type AgreementFilter } from "../../data/active";
import { latestDayNumber, precisionOf } from "../../data/dates";
import { percent, plural } from "./insights-summary";
import type { PreparedDataset } from "../../data/prepare";
import type { Group } from "../../data/schema";
import { quadCategory } from "../../data/series";
import { weightOf, type ThesisSettings } from "./thesis";
import type { VerdictWindow } from "./verdict";

export interface Limitation {
  id: string;
  text: string;
}

/** Countries with this many agreements or fewer are named as resting on little evidence. */
export const FEW_RECORDS = 2;

/** Indices of the agreements that started or ended inside the window and count under the settings. */
export function movers(
  p: PreparedDataset,
  filter: AgreementFilter,
  settings: ThesisSettings,
  window: VerdictWindow,
): number[] {
  const inside = (d: number) => d > window.fromDay && d <= window.toDay;
  const f = { ...filter, basis: settings.basis };
  const out: number[] = [];
  for (let i = 0; i < p.signedDay.length; i++) {
    if (weightOf(p, i, f, settings) === 0) continue;
    if (inside(countedFromDay(p, i, f.basis)) || inside(p.endedDay[i]!)) out.push(i);
  }
  return out;
}

export function limitations(
  p: PreparedDataset,
  quad: Group,
  filter: AgreementFilter,
  settings: ThesisSettings,
  window: VerdictWindow,
): Limitation[] {
  const { agreements, events } = p.dataset;
  const moved = movers(p, filter, settings, window).map((i) => agreements[i]!);
  const n = moved.length;
  const out: Limitation[] = [];
  const of = (k: number) =>
    `${k} of ${plural(n, "agreement")} that changed the count (${percent(n ? k / n : 0)})`;

  const unverified = moved.filter((a) => a.certainty === "unverified").length;
  out.push({
    id: "unverified",
    text:
      unverified === 0
        ? `All ${plural(n, "agreement")} that changed the count in this window are marked verified.`
        : `${of(unverified)} ${unverified === 1 ? "is" : "are"} unverified: a date or fact could not be confirmed.`,
  });
  const partial = moved.filter((a) =>
    [a.signed, a.inForce, a.ended].some((d) => d !== null && precisionOf(d) !== "day"),
  ).length;
  if (partial > 0)
    out.push({
      id: "partial-dates",
      text: `${of(partial)} ${partial === 1 ? "has" : "have"} a month- or year-only date; each counts from the last day of that month or year.`,
    });
  if (settings.basis === "in-force") {
    const noInForce = moved.filter((a) => a.inForce === null).length;
    if (noInForce > 0)
      out.push({
        id: "no-in-force",
        text: `${of(noInForce)} ${noInForce === 1 ? "has" : "have"} no entry-into-force date and ${noInForce === 1 ? "counts" : "count"} from signature.`,
      });
  }
  if (settings.measure === "depth") {
    const defaulted = moved.filter((a) => a.depth === undefined).length;
    out.push({
      id: "depth",
      text: `Depth is a judgement on a 1–5 scale (see the methodology)${defaulted ? `; ${of(defaulted)} take their kind's default depth` : ""}.`,
    });
  }
  const perCountry = new Map(p.dataset.countries.map((c) => [c.id, 0]));
  for (const a of agreements) for (const id of a.parties) perCountry.set(id, (perCountry.get(id) ?? 0) + 1);
  const few = [...perCountry]
    .filter(([, k]) => k <= FEW_RECORDS)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  if (few.length > 0) {
    const names = few.slice(0, 8).map(([id, k]) => `${p.countryById.get(id)?.name ?? id} (${k})`);
    const more = few.length > 8 ? ` and ${few.length - 8} more` : "";
    out.push({
      id: "few-records",
      text: `Countries with ${FEW_RECORDS} or fewer agreements in the dataset, whose ties rest on little evidence: ${names.join(", ")}${more}.`,
    });
  }
  const nonMembers = agreements.filter((a) => quadCategory(a, quad) === "other").length;
  out.push({
    id: "non-members",
    text:
      nonMembers === 0
        ? `No agreement in the dataset is among non-members only: ties that do not involve a ${quad.name} member are not covered, so the web around the ${quad.name} is understated.`
        : `${plural(nonMembers, "agreement")} (${percent(nonMembers / Math.max(1, agreements.length))} of the dataset) ${nonMembers === 1 ? "is" : "are"} among non-members only; a dataset gathered around the ${quad.name}'s members may undercount them.`,
  });
  const meetings = events.filter((e) => {
    if (e.group !== quad.id) return false;
    const day = latestDayNumber(e.date);
    return day > window.fromDay && day <= window.toDay;
  }).length;
  out.push({
    id: "meetings",
    text: `The ${quad.name} acts mostly through meetings (${plural(meetings, "meeting")} of the group in this window), which are events, not agreements: the verdict counts instruments only.`,
  });
  out.push({
    id: "coverage",
    text: "Counts measure instruments signed, not how far they are carried out; the dataset is a curated selection, not a complete register (its methodology lists known gaps).",
  });
  return out;
}
