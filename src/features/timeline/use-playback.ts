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
 * Drives a PlayController from requestAnimationFrame and writes each new day to the store with
 * "replace" (playing must not flood the history). Playback stops at the end, on unmount, and when
 * something else moves the date meanwhile (a story step, Back), so the two never fight.
 */
export function usePlayback(prepared: PreparedDataset, speed: Speed, mode: PlayMode): Playback {
  const { startDay, endDay } = prepared;
  const controller = useMemo(() => new PlayController({ startDay, endDay }), [startDay, endDay]);
  const [playing, setPlaying] = useState(false);
  /** The last day this hook wrote: any other value in the store means someone else moved it. */
  const written = useRef<number | null>(null);

  useEffect(() => controller.setSpeed(speed, performance.now()), [controller, speed]);
  useEffect(() => controller.setMode(mode, performance.now()), [controller, mode]);

  const write = useCallback(
    (day: number) => {
      written.current = day;
      updateView({ time: dayToToken(day, { startDay, endDay }) }, "replace");
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
