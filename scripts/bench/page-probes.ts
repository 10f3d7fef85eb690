/**
 * In-page instruments, installed before any of the page's own scripts (page.addInitScript), so the
 * Long Tasks observer sees the whole load. This function is serialised into the page: it must not
 * refer to anything outside its body.
 *
 * - longTasks: every task ≥ 50 ms (Long Tasks API), with its start time.
 * - scrub: for each key pressed on the page that changes the Timeline slider's aria-valuetext, the
 *   time from the keydown to the end of the next frame: the MutationObserver callback runs in the
 *   task that committed the new date; a requestAnimationFrame then runs at the start of the next
 *   frame (after the graph's own rAF, registered earlier, has drawn it), and a message posted from
 *   it is delivered after that frame's style, layout and paint, i.e. once the new date is on screen.
 * - frames: requestAnimationFrame timestamps while recording (play).
 */
export interface ScrubSample {
  key: string;
  ms: number;
}

export interface BenchProbe {
  longTasks: { start: number; duration: number }[];
  scrub: ScrubSample[];
  sliderChanges: number;
  frames: number[];
  recordFrames(on: boolean): void;
  idle(): Promise<number>;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

/**
 * The init-script source. tsx (esbuild, keepNames) wraps named functions in a `__name(…)` helper that
 * does not exist in the page, so the serialised function gets a stand-in for it.
 */
export function probesScript(): { content: string } {
  return { content: `(() => { const __name = (f) => f; (${installProbes.toString()})(); })();` };
}

export function installProbes(): void {
  const probe: BenchProbe = {
    longTasks: [],
    scrub: [],
    sliderChanges: 0,
    frames: [],
    recordFrames(on) {
      recording = on;
      if (on) {
        probe.frames = [];
        requestAnimationFrame(onFrame);
      }
    },
    idle: () => new Promise((done) => requestIdleCallback(() => done(performance.now()), { timeout: 3000 })),
  };
  window.__bench = probe;

  let recording = false;
  const onFrame = (now: number) => {
    if (!recording) return;
    probe.frames.push(now);
    requestAnimationFrame(onFrame);
  };

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No Long Tasks API: longTasks stays empty and the report says "n/a".
  }

  let pending: { key: string; at: number } | null = null;
  addEventListener("keydown", (e) => (pending = { key: e.key, at: performance.now() }), true);

  new MutationObserver((records) => {
    const slider = records.some(
      (r) =>
        r.target instanceof Element &&
        r.target.getAttribute("role") === "slider" &&
        r.target.getAttribute("aria-label") === "Timeline",
    );
    if (!slider) return;
    probe.sliderChanges += 1;
    const input = pending;
    pending = null;
    if (!input) return;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => probe.scrub.push({ key: input.key, ms: performance.now() - input.at });
      channel.port2.postMessage(null);
    });
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["aria-valuetext"] });
}
