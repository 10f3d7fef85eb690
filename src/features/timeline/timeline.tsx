/**
 * The timeline bar at the bottom of the dashboard: the current date, play/pause, previous/next
 * event, speed, the "count from" basis, and the scrubbing track. Logic lives in
 * timeline-controller.ts; this file only draws and dispatches to the store.
 *
 * Reduced motion (prefers-reduced-motion: reduce): no transitions, and playback jumps from one
 * year's end (31 December) to the next once a second at 1× instead of gliding, so each picture
 * holds still long enough to read.
 */
import { useMemo, useState } from "react";
import type { ViewModel } from "../../data/view-model";
import { dayNumberToIso, formatDate } from "../../data/dates";
import type { Basis, PreparedDataset } from "../../data/prepare";
import { findStory, storyStepView } from "../../data/story";
import { updateView, useView } from "../../state/store";
import { BasisSwitch } from "./basis-switch";
import {
  dayToToken,
  nextIn,
  previousIn,
  SPEEDS,
  type Speed,
  type TimelineBounds,
} from "./timeline-controller";
import { eventStops, timelineMarks, yearBars } from "./timeline-data";
import { NextIcon, PauseIcon, PlayIcon, PreviousIcon } from "./timeline-icons";
import { TimelineTrack } from "./timeline-track";
import { usePlayHotkey } from "./use-play-hotkey";
import { usePlayback } from "./use-playback";
import { useReducedMotion } from "./use-reduced-motion";
import "./timeline.css";

/** The agreement of the running story's step, while the timeline is on that step's date. */
function useStepAgreement(prepared: PreparedDataset, iso: string) {
  const story = findStory(prepared.dataset, useView("story"));
  const step = useView("step");
  if (!story || storyStepView(story, step).time !== iso) return undefined;
  const id = story.steps[step - 1]?.agreement;
  return id ? prepared.agreementById.get(id) : undefined;
}

const BASIS_LABEL: Record<Basis, string> = { signed: "signature", "in-force": "entry into force" };

export function Timeline({ vm }: { vm: ViewModel }) {
  const { prepared, day, filter } = vm;
  const bounds: TimelineBounds = useMemo(
    () => ({ startDay: prepared.startDay, endDay: prepared.endDay }),
    [prepared],
  );
  const reducedMotion = useReducedMotion();
  const [speed, setSpeed] = useState<Speed>(1);
  const playback = usePlayback(prepared, speed, reducedMotion ? "stepped" : "continuous");
  usePlayHotkey(playback.toggle);

  const bars = useMemo(() => yearBars(prepared, filter), [prepared, filter]);
  const marks = useMemo(() => timelineMarks(prepared, filter), [prepared, filter]);
  const stops = eventStops(prepared);
  const previousEvent = previousIn(stops, day, bounds);
  const nextEvent = nextIn(stops, day, bounds);

  const go = (target: number, mode: "push" | "replace") => {
    playback.pause();
    if (target !== day) updateView({ time: dayToToken(target, bounds) }, mode);
  };
  const describeStop = (d: number | null) => {
    if (d === null) return "none";
    const titles = marks.find((m) => m.day === d)?.events.map((e) => e.title) ?? [];
    return `${formatDate(dayNumberToIso(d))}${titles.length ? `: ${titles.join("; ")}` : ""}`;
  };

  const iso = vm.dayIso;
  const here = marks.find((m) => m.day === day);
  // A story step names its own agreement, whatever else happened on that day.
  const stepAgreement = useStepAgreement(prepared, iso);
  const caption = stepAgreement
    ? stepAgreement.title
    : here?.events.length
      ? here.events.map((e) => e.title).join(" · ")
      : here?.agreements.length
        ? `${filter.basis === "signed" ? "Signed" : "In force"}: ${here.agreements
            .map((i) => prepared.dataset.agreements[i]!.title)
            .join(" · ")}`
        : null;

  return (
    <section
      className={`timeline${reducedMotion ? " is-reduced-motion" : ""}`}
      aria-label="Timeline controls"
    >
      <div className="tl-head">
        <div className="tl-transport">
          <button
            type="button"
            className="tl-button tl-step"
            aria-label="Previous event"
            aria-disabled={previousEvent === null}
            title={`Previous event (${describeStop(previousEvent)})`}
            onClick={() => previousEvent !== null && go(previousEvent, "push")}
          >
            <PreviousIcon />
          </button>
          <button
            type="button"
            className="tl-button tl-play"
            aria-label={playback.playing ? "Pause" : "Play"}
            aria-keyshortcuts="Space P"
            title={`${playback.playing ? "Pause" : "Play"} (Space or P)`}
            onClick={playback.toggle}
          >
            {playback.playing ? <PauseIcon /> : <PlayIcon />}
          </button>
          <button
            type="button"
            className="tl-button tl-step"
            aria-label="Next event"
            aria-disabled={nextEvent === null}
            title={`Next event (${describeStop(nextEvent)})`}
            onClick={() => nextEvent !== null && go(nextEvent, "push")}
          >
            <NextIcon />
          </button>
          <label className="tl-speed">
            <span>Speed</span>
            <select value={speed} onChange={(e) => setSpeed(Number(e.target.value) as Speed)}>
              {SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="tl-date">
          <time className="tl-date-main" dateTime={iso}>
            {formatDate(iso)}
          </time>
          <span className="tl-date-iso">{iso}</span>
          {caption && (
            <span
              className={`tl-caption${!stepAgreement && here?.events.length ? " is-event" : ""}`}
              title={caption}
            >
              {caption}
            </span>
          )}
        </div>
        <BasisSwitch basis={filter.basis} onChange={(basis) => updateView({ basis }, "push")} />
      </div>
      <TimelineTrack
        prepared={prepared}
        day={day}
        bars={bars}
        marks={marks}
        basisLabel={BASIS_LABEL[filter.basis]}
        onScrub={(d) => go(d, "replace")}
        onJump={(d) => go(d, "push")}
        compareFromDay={vm.comparison?.fromDay ?? null}
      />
      <p className="tl-legend" aria-hidden="true">
        <span className="tl-legend-bar" /> New agreements per year (by {BASIS_LABEL[filter.basis]})
        <span className="tl-legend-tick" /> Agreement {filter.basis === "signed" ? "signed" : "in force"}
        <span className="tl-legend-event" /> Event
        <span className="tl-legend-keys">← → change dates · PgUp/PgDn year · Space play</span>
      </p>
    </section>
  );
}
