import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PreparedDataset } from "../../data/prepare";
import { resolveTimeDay } from "../../state/reconcile";
import { updateView, useViewStore } from "../../state/store";
import { PlayController, dayToToken, type PlayMode, type Speed } from "./timeline-controller";

export interface Playback {
  playing: boolean;
  play: () => void;
  pause: () => void;
  toggle: () => void;
}

/**
 * How often, while playing, the parts of the dashboard that do not show the date follow it, so a
 * frame of play re-renders only what shows the date (docs/performance.md, Decisions: Drawing and play).
 */
export const HELD_TIME_MS = 500;

/**
 * Drives a PlayController from requestAnimationFrame and writes each new day to the store with
 * "replace" (playing must not flood the history). Playback stops at the end, on unmount, and when
 * something else moves the date meanwhile (a story step, Back), so the two never fight. While it
 * plays, the store's held time follows the date every HELD_TIME_MS; it is cleared when play stops.
 */
export function usePlayback(prepared: PreparedDataset, speed: Speed, mode: PlayMode): Playback {
  const { startDay, endDay } = prepared;
  const controller = useMemo(() => new PlayController({ startDay, endDay }), [startDay, endDay]);
  const [playing, setPlaying] = useState(false);
  /** The last day this hook wrote: any other value in the store means someone else moved it. */
  const written = useRef<number | null>(null);

  useEffect(() => controller.setSpeed(speed, performance.now()), [controller, speed]);
  useEffect(() => controller.setMode(mode, performance.now()), [controller, mode]);

  /** When the held time last moved (performance.now()). */
  const heldAt = useRef(Number.NEGATIVE_INFINITY);

  const write = useCallback(
    (day: number) => {
      written.current = day;
      const time = dayToToken(day, { startDay, endDay });
      updateView({ time }, "replace");
      const now = performance.now();
      if (now - heldAt.current >= HELD_TIME_MS) {
        heldAt.current = now;
        useViewStore.getState().setHeldTime(time);
      }
    },
    [startDay, endDay],
  );

  const play = useCallback(() => {
    const current = resolveTimeDay(useViewStore.getState().view.time, prepared);
    write(controller.start(current, performance.now()));
    setPlaying(true);
  }, [controller, prepared, write]);

  const pause = useCallback(() => {
    controller.stop();
    setPlaying(false);
  }, [controller]);

  useEffect(() => {
    if (!playing) return;
    return () => {
      heldAt.current = Number.NEGATIVE_INFINITY;
      useViewStore.getState().setHeldTime(null);
    };
  }, [playing]);

  useEffect(() => {
    if (!playing) return;
    let frameId = 0;
    const onFrame = (now: number) => {
      const current = resolveTimeDay(useViewStore.getState().view.time, prepared);
      if (current !== written.current) {
        controller.stop();
        setPlaying(false);
        return;
      }
      const frame = controller.advance(now);
      if (frame.day !== written.current) write(frame.day);
      if (!controller.playing) {
        setPlaying(false);
        return;
      }
      frameId = requestAnimationFrame(onFrame);
    };
    frameId = requestAnimationFrame(onFrame);
    return () => {
      cancelAnimationFrame(frameId);
      controller.stop();
    };
  }, [playing, controller, prepared, write]);

  const toggle = useCallback(() => (controller.playing ? pause() : play()), [controller, pause, play]);
  return { playing, play, pause, toggle };
}
