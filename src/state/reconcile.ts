/**
 * Checks the view against the loaded dataset: a country, agreement or story the dataset does not
 * have, or a date outside its timeline, is dropped (or clamped) with a notice saying why.
 */
import { isFullDate, latestDayNumber } from "../data/dates";
import type { PreparedDataset } from "../data/prepare";
import type { TimeToken, ViewState } from "./view-state";

export interface Reconciled {
  patch: Partial<ViewState>;
  notices: string[];
}

export function resolveTimeDay(token: TimeToken, p: PreparedDataset): number {
  if (token === "latest") return p.endDay;
  if (token === "earliest") return p.startDay;
  if (!isFullDate(token)) return p.endDay;
  return Math.min(p.endDay, Math.max(p.startDay, latestDayNumber(token)));
}

export function reconcileView(view: ViewState, p: PreparedDataset): Reconciled {
  const patch: Partial<ViewState> = {};
  const notices: string[] = [];
  const { dataset } = p;
  if (view.country && !p.countryById.has(view.country)) {
    notices.push(`Ignored country=${view.country}: no such country in this dataset.`);
    patch.country = null;
  }
  if (view.agreement && !p.agreementById.has(view.agreement)) {
    notices.push(`Ignored agreement=${view.agreement}: no such agreement in this dataset.`);
    patch.agreement = null;
  }
  const unknownPair = view.pair?.filter((id) => !p.countryById.has(id)) ?? [];
  if (unknownPair.length) {
    notices.push(`Ignored pair=${view.pair!.join("~")}: ${unknownPair.join(", ")} not in this dataset.`);
    patch.pair = null;
  }
  const unknownFocus = view.focus.filter((id) => !p.countryById.has(id));
  if (unknownFocus.length) {
    notices.push(`Ignored focus ${unknownFocus.join(", ")}: not in this dataset.`);
    patch.focus = view.focus.filter((id) => p.countryById.has(id));
  }
  for (const key of ["time", "compareFrom"] as const) {
    const token = view[key];
    if (!token || token === "latest" || token === "earliest") continue;
    const day = latestDayNumber(token);
    if (day < p.startDay || day > p.endDay) {
      notices.push(
        `${key === "time" ? "time" : "Compare date"} ${token} is outside the timeline (${dataset.timeline.start} → ${dataset.timeline.end}); shown at the nearest end.`,
      );
      patch[key] = day < p.startDay ? "earliest" : "latest";
    }
  }
  if (view.story) {
    const story = dataset.stories?.find((s) => s.id === view.story);
    if (!story) {
      notices.push(`Ignored story=${view.story}: no such story in this dataset.`);
      patch.story = null;
      patch.step = 1;
    } else if (view.step > story.steps.length) {
      notices.push(`Ignored step=${view.step}: the story has ${story.steps.length} steps.`);
      patch.step = 1;
    }
  }
  return { patch, notices };
}
