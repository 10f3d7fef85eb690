/**
 * The scrubbing area: the per-year bars of new agreements, the event marks, the slider with a tick
 * for each agreement start, and the year axis. Everything is placed by the same fraction of the
 * timeline, so bars, marks and thumb line up at any width. Plain DOM and one inline SVG: it must be
 * in the first paint.
 *
 * A date step (playback makes one per frame) must stay cheap at any dataset size, so:
 * - the agreement ticks are one SVG path built once per dataset, filter and track width, drawn
 *   twice, each copy a compositor layer painted once; the "past" copy is revealed up to the cursor
 *   by a sliding window (reveal-window.tsx). With the fill's width and the thumb's and the cursor's
 *   left, a step changes a few style attributes and repaints no tick;
 * - year-bar progress comes from prefix sums and a binary search (track-geometry.ts), and bars
 *   and the axis are memoised: only a bar whose progress changed re-renders;
 * - the event marks are one SVG path too (event-marks.tsx), revealed filled in the same way;
 * - hovering the rail shows one hint naming the nearest agreement start (date and titles), in
 *   place of a `title` per tick.
 */
import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from "react";
import { useElementSize } from "../../components/use-element-size";
import { dayNumberToIso, formatDate } from "../../data/dates";
import type { PreparedDataset } from "../../data/prepare";
import {
  dayAtFraction,
  fractionOfDay,
  nextChange,
  previousChange,
  stepYear,
  type TimelineBounds,
} from "./timeline-controller";
import { EventMarks } from "./event-marks";
import { RevealWindow } from "./reveal-window";
import type { TimelineMark, YearBar } from "./timeline-data";
import { barDone, listTitles, nearestWithin, pct, startIndex, tickPath } from "./track-geometry";
import { TrackHint } from "./track-hint";

export interface TimelineTrackProps {
  prepared: PreparedDataset;
  day: number;
  bars: YearBar[];
  marks: TimelineMark[];
  basisLabel: string;
  /** Continuous moves (drag, keys): the caller writes with "replace". */
  onScrub: (day: number) => void;
  /** A click on an event mark: a deliberate jump. */
  onJump: (day: number) => void;
  /** Compare mode's earlier date A: the window A..B is bracketed on the track. */
  compareFromDay?: number | null;
}

/** Tick columns before the rail has been measured (about one per pixel of a wide screen). */
const DEFAULT_COLUMNS = 2048;
/** The hover hint shows the nearest agreement start within this many CSS pixels of the pointer. */
const HINT_REACH_PX = 8;
/**
 * Key presses closer together than this are one scrub, like a held key: one history entry, so
 * Back undoes the run of presses at once, not press by press; fewer history calls also spare the
 * browser's main thread (docs/performance.md, Where the time goes).
 */
const KEY_RUN_MS = 1000;

interface BarProps {
  bar: YearBar;
  left: string;
  width: string;
  maxCount: number;
  done: number;
  basisLabel: string;
}

const Bar = memo(function Bar({ bar, left, width, maxCount, done, basisLabel }: BarProps) {
  return (
    <div
      className="tl-bar"
      style={{ left, width }}
      title={`${bar.year}: ${bar.count} new agreement${bar.count === 1 ? "" : "s"} (by ${basisLabel})`}
    >
      {bar.count > 0 && (
        <span className="tl-bar-count" style={{ bottom: pct(bar.count / maxCount) }}>
          {bar.count}
        </span>
      )}
      <span className="tl-bar-total" style={{ height: pct(bar.count / maxCount) }}>
        <span className="tl-bar-done" style={{ height: pct(bar.count ? done / bar.count : 0) }} />
      </span>
    </div>
  );
});

/** Every agreement tick as one path, in the accent colour for the "past" copy. */
const Ticks = memo(function Ticks({
  path,
  span,
  past = false,
}: {
  path: string;
  span: number;
  past?: boolean;
}) {
  return (
    <svg
      className={`tl-ticks${past ? " is-past" : ""}`}
      viewBox={`0 0 ${span} 1`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <path d={path} />
    </svg>
  );
});

const Axis = memo(function Axis({ bars, bounds }: { bars: YearBar[]; bounds: TimelineBounds }) {
  return (
    <div className="tl-axis" aria-hidden="true">
      {bars.map((bar) => (
        <span
          key={bar.year}
          className={`tl-year${bar.year % 2 ? " is-odd" : ""}`}
          style={{ left: pct(fractionOfDay((bar.fromDay + bar.toDay + 1) / 2, bounds)) }}
        >
          {bar.year}
        </span>
      ))}
    </div>
  );
});

export function TimelineTrack({
  prepared,
  day,
  bars,
  marks,
  basisLabel,
  onScrub,
  onJump,
  compareFromDay = null,
}: TimelineTrackProps) {
  const { startDay, endDay } = prepared;
  const bounds: TimelineBounds = useMemo(() => ({ startDay, endDay }), [startDay, endDay]);
  const railRef = useRef<HTMLDivElement>(null);
  const sliderRef = useRef<HTMLDivElement>(null);
  const lastKeyAt = useRef(-Infinity);
  const at = pct(fractionOfDay(day, bounds));

  // Memoised children get one stable callback; it calls the latest onJump.
  const onJumpRef = useRef(onJump);
  useLayoutEffect(() => {
    onJumpRef.current = onJump;
  });
  const jump = useCallback((d: number) => onJumpRef.current(d), []);

  const starts = useMemo(() => startIndex(marks), [marks]);
  // One tick column per device pixel of the rail.
  const railSize = useElementSize(railRef);
  const columns = railSize?.width
    ? Math.ceil(railSize.width * (window.devicePixelRatio || 1))
    : DEFAULT_COLUMNS;
  const path = useMemo(() => tickPath(starts.days, bounds, columns), [starts, bounds, columns]);

  const barGeometry = useMemo(
    () =>
      bars.map((bar) => ({
        left: pct(fractionOfDay(bar.fromDay, bounds)),
        width: pct(fractionOfDay(bar.toDay + 1, bounds) - fractionOfDay(bar.fromDay, bounds)),
      })),
    [bars, bounds],
  );
  const maxCount = useMemo(() => Math.max(1, ...bars.map((b) => b.count)), [bars]);
  const eventMarks = useMemo(
    () =>
      marks
        .filter((m) => m.events.length > 0)
        .map((m) => ({
          day: m.day,
          label: `${formatDate(dayNumberToIso(m.day))}: ${listTitles(m.events.map((e) => e.title))}`,
        })),
    [marks],
  );
  const chartLabel = useMemo(
    () => `New agreements per year, by ${basisLabel}: ${bars.map((b) => `${b.year}: ${b.count}`).join(", ")}`,
    [bars, basisLabel],
  );

  // The hover hint: the index (in starts.marks) of the agreement start nearest the pointer.
  // It belongs to one index: a new filter or basis makes an old hint mean nothing.
  const [hint, setHint] = useState<{ starts: typeof starts; i: number } | null>(null);
  const hintMark = hint?.starts === starts ? starts.marks[hint.i] : undefined;
  const onSliderPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const rect = railRef.current!.getBoundingClientRect();
    const width = Math.max(1, rect.width);
    const i = nearestWithin(starts.days, bounds, (e.clientX - rect.left) / width, width, HINT_REACH_PX);
    setHint((prev) => (i < 0 ? null : prev?.starts === starts && prev.i === i ? prev : { starts, i }));
  };

  const dayFromPointer = (clientX: number) => {
    const rect = railRef.current!.getBoundingClientRect();
    return dayAtFraction((clientX - rect.left) / Math.max(1, rect.width), bounds);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || (e.target as Element).closest("button")) return;
    e.preventDefault(); // no text selection while dragging
    e.currentTarget.setPointerCapture(e.pointerId);
    sliderRef.current?.focus({ preventScroll: true });
    // The press is a deliberate jump: a history entry of its own, which the drag then updates.
    onJump(dayFromPointer(e.clientX));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) onScrub(dayFromPointer(e.clientX));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = (() => {
      switch (e.key) {
        case "ArrowRight":
        case "ArrowUp":
          return nextChange(prepared.changeDays, day, bounds);
        case "ArrowLeft":
        case "ArrowDown":
          return previousChange(prepared.changeDays, day, bounds);
        case "PageUp":
          return stepYear(day, 1, bounds);
        case "PageDown":
          return stepYear(day, -1, bounds);
        case "Home":
          return bounds.startDay;
        case "End":
          return bounds.endDay;
        default:
          return null;
      }
    })();
    if (target === null) return;
    e.preventDefault();
    // A single press is a jump Back can undo; a held key or quick presses scrub within its entry.
    const quick = e.timeStamp - lastKeyAt.current < KEY_RUN_MS;
    lastKeyAt.current = e.timeStamp;
    if (e.repeat || quick) onScrub(target);
    else onJump(target);
  };

  return (
    <div className="tl-scrub" onPointerDown={onPointerDown} onPointerMove={onPointerMove}>
      <div className="tl-chart" role="img" aria-label={chartLabel}>
        {bars.map((bar, i) => (
          <Bar
            key={bar.year}
            bar={bar}
            left={barGeometry[i]!.left}
            width={barGeometry[i]!.width}
            maxCount={maxCount}
            done={barDone(starts, bar, day)}
            basisLabel={basisLabel}
          />
        ))}
      </div>
      <EventMarks
        events={eventMarks}
        day={day}
        bounds={bounds}
        width={railSize?.width ?? null}
        onJump={jump}
      />
      <div
        ref={sliderRef}
        className="tl-slider"
        role="slider"
        tabIndex={0}
        aria-label="Timeline"
        aria-valuemin={bounds.startDay}
        aria-valuemax={bounds.endDay}
        aria-valuenow={day}
        aria-valuetext={dayNumberToIso(day)}
        aria-keyshortcuts="ArrowLeft ArrowRight PageUp PageDown Home End"
        onKeyDown={onKeyDown}
        onPointerMove={onSliderPointerMove}
        onPointerLeave={() => setHint(null)}
      >
        <div ref={railRef} className="tl-rail">
          <div className="tl-rail-fill" style={{ width: at }} />
          <Ticks path={path} span={endDay - startDay} />
          {/* The past ticks end 1 px after the cursor, so a tick on the current day is whole. */}
          <div className="tl-ticks-past">
            <RevealWindow end={{ fraction: fractionOfDay(day, bounds), px: 1 }} overhang={2}>
              <Ticks path={path} span={endDay - startDay} past />
            </RevealWindow>
          </div>
          <span className="tl-thumb" style={{ left: at }} />
        </div>
        {hintMark && (
          <TrackHint fraction={fractionOfDay(hintMark.day, bounds)}>
            <span className="tl-hint-date">{formatDate(dayNumberToIso(hintMark.day))}:</span>{" "}
            {listTitles(hintMark.agreements.map((i) => prepared.dataset.agreements[i]!.title))}
          </TrackHint>
        )}
      </div>
      <Axis bars={bars} bounds={bounds} />
      <div className="tl-cursor" style={{ left: at }} aria-hidden="true" />
      {compareFromDay != null && compareFromDay < day && (
        <div
          className="tl-bracket"
          style={{
            left: pct(fractionOfDay(compareFromDay, bounds)),
            width: pct(fractionOfDay(day, bounds) - fractionOfDay(compareFromDay, bounds)),
          }}
          aria-hidden="true"
        >
          <span className="tl-bracket-label">A {formatDate(dayNumberToIso(compareFromDay))} → B</span>
        </div>
      )}
    </div>
  );
}
