/**
 * The scrubbing area: the per-year bars of new agreements, the event marks, the slider with a tick
 * for each agreement start, and the year axis. Everything is placed by the same fraction of the
 * timeline, so bars, marks and thumb line up at any width. Plain divs: it must be in the first paint.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from "react";
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
import type { TimelineMark, YearBar } from "./timeline-data";

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
}

const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

function listTitles(titles: string[], max = 4): string {
  const shown = titles.slice(0, max).join("; ");
  return titles.length > max ? `${shown}; and ${titles.length - max} more` : shown;
}

export function TimelineTrack({
  prepared,
  day,
  bars,
  marks,
  basisLabel,
  onScrub,
  onJump,
}: TimelineTrackProps) {
  const bounds: TimelineBounds = { startDay: prepared.startDay, endDay: prepared.endDay };
  const railRef = useRef<HTMLDivElement>(null);
  const sliderRef = useRef<HTMLDivElement>(null);
  const at = (d: number) => pct(fractionOfDay(d, bounds));
  const current = fractionOfDay(day, bounds);

  const dayFromPointer = (clientX: number) => {
    const rect = railRef.current!.getBoundingClientRect();
    return dayAtFraction((clientX - rect.left) / Math.max(1, rect.width), bounds);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || (e.target as Element).closest("button")) return;
    e.preventDefault(); // no text selection while dragging
    e.currentTarget.setPointerCapture(e.pointerId);
    sliderRef.current?.focus({ preventScroll: true });
    onScrub(dayFromPointer(e.clientX));
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
    onScrub(target);
  };

  const maxCount = Math.max(1, ...bars.map((b) => b.count));
  const startedBy = (bar: YearBar) => {
    if (day >= bar.toDay) return bar.count;
    if (day < bar.fromDay) return 0;
    let n = 0;
    for (const m of marks) if (m.day >= bar.fromDay && m.day <= day) n += m.agreements.length;
    return n;
  };
  const agreementTitle = (i: number) => prepared.dataset.agreements[i]!.title;
  const eventMarks = marks.filter((m) => m.events.length > 0);
  const chartLabel = `New agreements per year, by ${basisLabel}: ${bars.map((b) => `${b.year}: ${b.count}`).join(", ")}`;

  return (
    <div className="tl-scrub" onPointerDown={onPointerDown} onPointerMove={onPointerMove}>
      <div className="tl-chart" role="img" aria-label={chartLabel}>
        {bars.map((bar) => {
          const done = startedBy(bar);
          return (
            <div
              key={bar.year}
              className="tl-bar"
              style={{
                left: at(bar.fromDay),
                width: pct(fractionOfDay(bar.toDay + 1, bounds) - fractionOfDay(bar.fromDay, bounds)),
              }}
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
        })}
      </div>
      <div className="tl-events">
        {eventMarks.map((m) => {
          const label = `${formatDate(dayNumberToIso(m.day))}: ${listTitles(m.events.map((e) => e.title))}`;
          return (
            <button
              key={m.day}
              type="button"
              tabIndex={-1}
              className={`tl-event${m.day === day ? " is-current" : ""}${m.day <= day ? " is-past" : ""}`}
              style={{ left: at(m.day) }}
              title={label}
              aria-label={`Event, ${label}`}
              onClick={() => onJump(m.day)}
            />
          );
        })}
      </div>
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
      >
        <div ref={railRef} className="tl-rail">
          <div className="tl-rail-fill" style={{ width: pct(current) }} />
          {marks
            .filter((m) => m.agreements.length > 0)
            .map((m) => (
              <span
                key={m.day}
                className={`tl-tick${m.day <= day ? " is-past" : ""}`}
                style={{ left: at(m.day) }}
                title={`${formatDate(dayNumberToIso(m.day))}: ${listTitles(m.agreements.map(agreementTitle))}`}
              />
            ))}
          <span className="tl-thumb" style={{ left: pct(current) }} />
        </div>
      </div>
      <div className="tl-axis" aria-hidden="true">
        {bars.map((bar) => (
          <span
            key={bar.year}
            className={`tl-year${bar.year % 2 ? " is-odd" : ""}`}
            style={{ left: at((bar.fromDay + bar.toDay + 1) / 2) }}
          >
            {bar.year}
          </span>
        ))}
      </div>
      <div className="tl-cursor" style={{ left: pct(current) }} aria-hidden="true" />
    </div>
  );
}
