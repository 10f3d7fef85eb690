/**
 * Timeline logic without React, in the manner of OWID Grapher's TimelineController: where the
 * previous/next change is, year steps, the token written to the URL, and playback driven by a clock
 * the caller passes in (so tests use a fake clock and the component uses requestAnimationFrame).
 * Days are day numbers (days since 1970-01-01, UTC; see src/data/dates.ts).
 */
import { addYears, dayNumberToIso, latestDayNumber, yearOf } from "../../data/dates";
import { upperBound } from "../../data/sorted";
import type { TimeToken } from "../../state/view-state";

export interface TimelineBounds {
  startDay: number;
  endDay: number;
}

export function clampDay(day: number, { startDay, endDay }: TimelineBounds): number {
  return Math.min(endDay, Math.max(startDay, day));
}

/** Index of the first element of the sorted `days` greater than `day`. */
const firstAfter = upperBound;

/** Index of the first element of the sorted `days` greater than or equal to `day`. */
function firstAtOrAfter(days: readonly number[], day: number): number {
  return firstAfter(days, day - 1);
}

/** The first of the sorted `days` after `day`, or null when there is none within the bounds. */
export function nextIn(days: readonly number[], day: number, bounds: TimelineBounds): number | null {
  const d = days[firstAfter(days, day)];
  return d === undefined || d > bounds.endDay ? null : Math.max(d, bounds.startDay);
}

/** The last of the sorted `days` before `day`, or null when there is none within the bounds. */
export function previousIn(days: readonly number[], day: number, bounds: TimelineBounds): number | null {
  const d = days[firstAtOrAfter(days, day) - 1];
  return d === undefined || d < bounds.startDay ? null : Math.min(d, bounds.endDay);
}

/** Next change date; the end of the timeline when no change is left (so → always reaches the end). */
export function nextChange(changeDays: readonly number[], day: number, bounds: TimelineBounds): number {
  return nextIn(changeDays, day, bounds) ?? bounds.endDay;
}

/** Previous change date; the start of the timeline when there is none before. */
export function previousChange(changeDays: readonly number[], day: number, bounds: TimelineBounds): number {
  return previousIn(changeDays, day, bounds) ?? bounds.startDay;
}

/** The same calendar day `years` later (or earlier), kept within the timeline. */
export function stepYear(day: number, years: number, bounds: TimelineBounds): number {
  return clampDay(addYears(day, years), bounds);
}

/** The first 31 December after `day` (or the end of the timeline, whichever comes first). */
export function nextYearEnd(day: number, bounds: TimelineBounds): number {
  const thisYearEnd = latestDayNumber(String(yearOf(day)));
  const target = thisYearEnd > day ? thisYearEnd : latestDayNumber(String(yearOf(day) + 1));
  return Math.min(target, bounds.endDay);
}

/**
 * What the URL gets for a day: "latest" for the end (the default, so the URL stays short) and
 * "earliest" for the start (symmetrical, and it survives a dataset whose start moves); otherwise ISO.
 */
export function dayToToken(day: number, bounds: TimelineBounds): TimeToken {
  const d = clampDay(Math.round(day), bounds);
  if (d === bounds.endDay) return "latest";
  if (d === bounds.startDay) return "earliest";
  return dayNumberToIso(d);
}

/** Day under a horizontal fraction (0 = start, 1 = end) of the track. */
export function dayAtFraction(fraction: number, bounds: TimelineBounds): number {
  const f = Math.min(1, Math.max(0, fraction));
  return Math.round(bounds.startDay + f * (bounds.endDay - bounds.startDay));
}

/** Horizontal fraction (0–1) of a day on the track. */
export function fractionOfDay(day: number, { startDay, endDay }: TimelineBounds): number {
  return endDay === startDay ? 1 : (day - startDay) / (endDay - startDay);
}

// ---------------------------------------------------------------------------------------------
// Playback

export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];
/** At 1× the whole timeline plays in this time, whatever its length. */
export const FULL_PLAY_MS = 20_000;
/** In stepped mode (reduced motion) one step — to the next 31 December — takes this long at 1×. */
export const STEP_MS = 1_000;
/**
 * A frame never counts for more than this: after the tab was hidden (rAF paused) playback resumes
 * where it was instead of leaping ahead.
 */
export const MAX_FRAME_MS = 250;

/**
 * "continuous": the date glides (a few days per frame). "stepped", used when the user prefers
 * reduced motion: the date jumps from one year's end to the next once a second (at 1×), so nothing
 * moves continuously and each picture stays long enough to read.
 */
export type PlayMode = "continuous" | "stepped";

export interface PlayFrame {
  day: number;
  /** True on the frame that reached the end; the controller has stopped itself. */
  done: boolean;
}

export class PlayController {
  private position = 0;
  private lastNow = 0;
  private pendingMs = 0;
  private playingNow = false;

  constructor(
    private readonly bounds: TimelineBounds,
    private speedNow: Speed = 1,
    private modeNow: PlayMode = "continuous",
  ) {
    this.position = bounds.endDay;
  }

  get playing(): boolean {
    return this.playingNow;
  }

  get speed(): Speed {
    return this.speedNow;
  }

  get mode(): PlayMode {
    return this.modeNow;
  }

  get day(): number {
    return clampDay(Math.floor(this.position), this.bounds);
  }

  /** Starts from `day`, or from the start of the timeline when `day` is already at the end. */
  start(day: number, now: number): number {
    const d = clampDay(day, this.bounds);
    this.position = d >= this.bounds.endDay ? this.bounds.startDay : d;
    this.lastNow = now;
    this.pendingMs = 0;
    this.playingNow = true;
    return this.day;
  }

  stop(): void {
    this.playingNow = false;
  }

  /** Changes speed; while playing, the time already elapsed keeps the old speed. */
  setSpeed(speed: Speed, now: number): void {
    if (this.playingNow) this.advance(now);
    this.speedNow = speed;
  }

  setMode(mode: PlayMode, now: number): void {
    if (this.playingNow) this.advance(now);
    this.modeNow = mode;
    this.pendingMs = 0;
    this.position = this.day;
  }

  /** The day to show at time `now`; stops on the frame that lands (exactly) on the end. */
  advance(now: number): PlayFrame {
    if (!this.playingNow) return { day: this.day, done: false };
    const elapsed = Math.min(MAX_FRAME_MS, Math.max(0, now - this.lastNow));
    this.lastNow = now;
    if (this.modeNow === "continuous") {
      const daysPerMs = ((this.bounds.endDay - this.bounds.startDay) / FULL_PLAY_MS) * this.speedNow;
      this.position += elapsed * daysPerMs;
    } else {
      this.pendingMs += elapsed * this.speedNow;
      while (this.pendingMs >= STEP_MS && this.position < this.bounds.endDay) {
        this.pendingMs -= STEP_MS;
        this.position = nextYearEnd(this.day, this.bounds);
      }
    }
    if (this.position >= this.bounds.endDay) {
      this.position = this.bounds.endDay;
      this.playingNow = false;
      return { day: this.bounds.endDay, done: true };
    }
    return { day: this.day, done: false };
  }
}
