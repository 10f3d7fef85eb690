/**
 * The events row of the timeline track: every event is a diamond in one SVG path, outlined ahead of
 * the cursor and filled behind it, rather than a button per event. The filled copy is revealed by
 * a sliding window (reveal-window.tsx), so a date step repaints no diamond. A button per event
 * would be laid out, painted and hit-tested again on every frame of a play (Chromium hit-tests the
 * resting pointer after every layout change): docs/performance.md, Decisions, "Drawing and play".
 *
 * Pointing at a diamond names its event in a hint; clicking it jumps there. By keyboard, events are
 * reached with Previous / Next event, and the caption names the event of the date shown.
 */
import { useMemo, useState, type PointerEvent } from "react";
import { upperBound } from "../../data/sorted";
import { fractionOfDay, type TimelineBounds } from "./timeline-controller";
import { diamondPath, nearestWithin } from "./track-geometry";
import { RevealWindow, type RevealEnd } from "./reveal-window";
import { TrackHint } from "./track-hint";

export interface EventMarkInfo {
  day: number;
  /** "14 Aug 2017: title; title", shown when pointed at. */
  label: string;
}

interface EventMarksProps {
  /** Sorted by day. */
  events: readonly EventMarkInfo[];
  day: number;
  bounds: TimelineBounds;
  /** The row's width in CSS pixels; null until measured. */
  width: number | null;
  onJump: (day: number) => void;
}

/** Half-diagonal of a diamond, its centre line, and how near the pointer must be to name one. */
export const R = 5.5;
const CY = 8;
const ROW_HEIGHT = 2 * CY;
const REACH_PX = 7;

/**
 * Where the filled diamonds end: just past the last event on or before the date (`past` of them),
 * its stroke included; before the first event, left of the row.
 */
export function pastEnd(days: ArrayLike<number>, past: number, bounds: TimelineBounds): RevealEnd {
  return past > 0
    ? { fraction: fractionOfDay(days[past - 1]!, bounds), px: R + 1 }
    : { fraction: 0, px: -(R + 2) };
}

/** One drawing of the row (`layer`: a compositor layer of its own, painted once). */
function Marks({
  width,
  className,
  d,
  layer = false,
}: {
  width: number;
  className: string;
  d: string;
  layer?: boolean;
}) {
  return (
    <svg
      className={layer ? "tl-event-marks is-layer" : "tl-event-marks"}
      width={width}
      height={ROW_HEIGHT}
      aria-hidden="true"
      focusable="false"
    >
      <path className={className} d={d} />
    </svg>
  );
}

export function EventMarks({ events, day, bounds, width, onJump }: EventMarksProps) {
  const days = useMemo(() => Int32Array.from(events, (e) => e.day), [events]);
  const path = useMemo(
    () =>
      width
        ? diamondPath(
            Array.from(days, (d) => fractionOfDay(d, bounds) * width),
            R,
            CY,
          )
        : null,
    [days, bounds, width],
  );
  const [pointed, setPointed] = useState<{ events: typeof events; i: number } | null>(null);
  const pointedIndex = pointed?.events === events ? pointed.i : -1;

  const nearest = (e: PointerEvent<HTMLDivElement>): number => {
    const rect = e.currentTarget.getBoundingClientRect();
    const w = Math.max(1, rect.width);
    return nearestWithin(days, bounds, (e.clientX - rect.left) / w, w, REACH_PX);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const i = nearest(e);
    setPointed((prev) => (i < 0 ? null : prev?.events === events && prev.i === i ? prev : { events, i }));
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const i = nearest(e);
    if (e.button !== 0 || i < 0) return; // elsewhere on the row: the track scrubs as usual
    e.preventDefault();
    e.stopPropagation();
    onJump(days[i]!);
  };

  const past = upperBound(days, day); // events on or before the date shown
  const currentIndex = past > 0 && days[past - 1] === day ? past - 1 : -1;
  const pointedEvent = pointedIndex >= 0 ? events[pointedIndex] : undefined;
  const x = (i: number) => fractionOfDay(days[i]!, bounds) * (width ?? 0);

  return (
    <div
      className={`tl-events${pointedEvent ? " is-pointing" : ""}`}
      data-testid="timeline-events"
      onPointerMove={onPointerMove}
      onPointerLeave={() => setPointed(null)}
      onPointerDown={onPointerDown}
    >
      {path && width && (
        <>
          <Marks width={width} className="tl-event-ahead" d={path} layer />
          <RevealWindow end={pastEnd(days, past, bounds)} overhang={R + 2}>
            <Marks width={width} className="tl-event-past" d={path} />
          </RevealWindow>
          {currentIndex >= 0 && (
            <Marks width={width} className="tl-event-now" d={diamondPath([x(currentIndex)], R + 1, CY)} />
          )}
        </>
      )}
      {pointedEvent && (
        <TrackHint fraction={fractionOfDay(pointedEvent.day, bounds)}>
          <span className="tl-hint-date">◆ {pointedEvent.label}</span>
        </TrackHint>
      )}
    </div>
  );
}
