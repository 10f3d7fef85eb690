/**
 * What the timeline draws, derived from the prepared dataset and the filter: the per-year bars of
 * new agreements and the marks on the track. Pure, so the component only lays them out.
 */
import { countedFromDay, passesFilter, type AgreementFilter } from "../../data/active";
import { earliestDayNumber, latestDayNumber, yearOf } from "../../data/dates";
import type { PreparedDataset } from "../../data/prepare";
import type { LatticeEvent } from "../../data/schema";

export interface YearBar {
  year: number;
  /** Agreements that start counting in this year (signature or entry into force, by basis). */
  count: number;
  /** The part of the year inside the timeline, so the bar lines up with the track. */
  fromDay: number;
  toDay: number;
}

export interface TimelineMark {
  day: number;
  /** Indices of agreements that start counting on this day (under the filter's basis). */
  agreements: number[];
  events: LatticeEvent[];
}

function startsInWindow(p: PreparedDataset, index: number, filter: AgreementFilter): number | null {
  if (!passesFilter(p, index, filter)) return null;
  const d = countedFromDay(p, index, filter.basis);
  return d >= p.startDay && d <= p.endDay ? d : null;
}

/** New agreements per calendar year of the timeline (agreements older than its start are not new). */
export function yearBars(p: PreparedDataset, filter: AgreementFilter): YearBar[] {
  const first = yearOf(p.startDay);
  const last = yearOf(p.endDay);
  const bars: YearBar[] = [];
  for (let year = first; year <= last; year++) {
    bars.push({
      year,
      count: 0,
      fromDay: Math.max(p.startDay, earliestDayNumber(String(year))),
      toDay: Math.min(p.endDay, latestDayNumber(String(year))),
    });
  }
  for (let i = 0; i < p.signedDay.length; i++) {
    const d = startsInWindow(p, i, filter);
    if (d !== null) bars[yearOf(d) - first]!.count++;
  }
  return bars;
}

/** One mark per day on which an agreement starts counting or an event happens, sorted by day. */
export function timelineMarks(p: PreparedDataset, filter: AgreementFilter): TimelineMark[] {
  const byDay = new Map<number, TimelineMark>();
  const at = (day: number) => {
    let mark = byDay.get(day);
    if (!mark) byDay.set(day, (mark = { day, agreements: [], events: [] }));
    return mark;
  };
  for (let i = 0; i < p.signedDay.length; i++) {
    const d = startsInWindow(p, i, filter);
    if (d !== null) at(d).agreements.push(i);
  }
  for (const event of p.events) {
    const d = latestDayNumber(event.date);
    if (d >= p.startDay && d <= p.endDay) at(d).events.push(event);
  }
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/**
 * The days "Previous event" / "Next event" step over: the dataset's events (the distinct marks
 * above the track). A dataset without events falls back to every change date, so the buttons
 * still do something useful.
 */
export function eventStops(p: PreparedDataset): readonly number[] {
  return p.eventDays.length > 0 ? p.eventDays : p.changeDays;
}

/** The events that happen on `day` (for the caption under the date). */
export function eventsOn(p: PreparedDataset, day: number): LatticeEvent[] {
  return p.events.filter((e) => latestDayNumber(e.date) === day);
}
