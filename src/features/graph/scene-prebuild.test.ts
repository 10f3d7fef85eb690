import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildGraphModel } from "../../data/graph-model";
import bundledLayout from "../../data/bundled-layout.json";
import { prepareDataset } from "../../data/prepare";
import { validateDatasetText } from "../../data/validate";
import { computeViewModel } from "../../data/view-model";
import { NO_FILTER } from "../../data/active";
import { indexGraph } from "./graph-index";
import { computeGraphStyle, type GraphSelection } from "./graph-style";
import { graphTheme } from "./graph-theme";
import { nodeCategories } from "./node-colors";
import { makeDashPatterns, makeLabelCache, type PaintInputs } from "./paint";
import { batchLinks, batchNodes, linkGeometry } from "./paint-batches";
import { makeSceneLayer, paintScene, sceneTimeline, type SceneLayer } from "./scene-layer";
import { makeScenePrebuilder, type PredictScene, type PrebuildClock } from "./scene-prebuild";

// The bundled dataset: enough status changes (~300) for windows with ends inside the timeline.
const result = validateDatasetText(readFileSync("public/data/indo-pacific.json", "utf8"));
if (!result.ok) throw new Error("public/data/indo-pacific.json is invalid");
const prepared = prepareDataset(result.dataset);
const model = buildGraphModel(prepared);
const index = indexGraph(model);
const positions = bundledLayout.positions;
const geometry = linkGeometry(index, positions);
const timeline = sceneTimeline(index, prepared);
const category = nodeCategories(model, prepared.dataset);
const view = { current: { k: 1, cx: 0, cy: 0, width: 800, height: 600, known: false } };
const labels = makeLabelCache(model.nodes.length, 12);
const theme = graphTheme(false);
const NONE: GraphSelection = { country: null, agreement: null, focus: [] };

/** What the graph paints on `day` with `selection`, in hairline mode (as at 1,000 countries). */
function sceneAt(day: number, selection = NONE) {
  const style = computeGraphStyle(index, computeViewModel(prepared, day, NO_FILTER), selection);
  const inputs: PaintInputs = { model, style, category, labels, view, spacing: 40, theme };
  return {
    inputs,
    batches: { ...batchLinks(style), hairlines: true },
    nodeBatches: batchNodes(style, category),
  };
}
const predictWith =
  (selection: GraphSelection): PredictScene =>
  (day) =>
    sceneAt(day, selection);

/** A 2D context that counts what is drawn: one moveTo per link, one arc per country disc. */
function recordingContext(width = 800, height = 600) {
  const counts = { moveTo: 0, arc: 0, roundRect: 0, drawImage: 0 };
  let transform = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
  const canvas = { width, height, getContext: () => ctx };
  const noop = () => {};
  const ctx = {
    canvas,
    counts,
    save: noop,
    restore: noop,
    beginPath: noop,
    stroke: noop,
    fill: noop,
    lineTo: noop,
    quadraticCurveTo: noop,
    setLineDash: noop,
    clearRect: noop,
    moveTo: () => void counts.moveTo++,
    arc: () => void counts.arc++,
    roundRect: () => void counts.roundRect++,
    drawImage: () => void counts.drawImage++,
    getTransform: () => ({ ...transform }),
    setTransform: (m?: typeof transform | number) => {
      if (typeof m === "object") transform = { ...m };
      else transform = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
    },
  };
  return ctx;
}
type RecordingContext = ReturnType<typeof recordingContext>;

/** A clock whose time moves `step` ms per look, with tasks run by hand. */
function manualClock(step = 1) {
  let t = 0;
  const tasks: (() => void)[] = [];
  const clock: PrebuildClock = {
    now: () => (t += step),
    later(task) {
      tasks.push(task);
      return () => tasks.splice(tasks.indexOf(task) >>> 0, 1);
    },
  };
  const runAll = () => {
    let slices = 0;
    while (tasks.length) {
      tasks.shift()!();
      slices++;
    }
    return slices;
  };
  const runOne = () => tasks.shift()?.();
  return { clock, runAll, runOne, pending: () => tasks.length };
}

const offscreen: RecordingContext[] = [];
beforeEach(() => {
  offscreen.length = 0;
  vi.stubGlobal("document", {
    createElement: () => {
      const ctx = recordingContext();
      offscreen.push(ctx);
      return ctx.canvas;
    },
  });
});
afterEach(() => vi.unstubAllGlobals());

/**
 * A graph whose frames the prebuilder follows, drawn at `day` twice (the transform has to settle
 * before a bitmap is made); `frame(d)` draws the next frame, predicted with `predict`.
 */
function graphAt(day: number, predict: PredictScene, clockStep = 1) {
  const { clock, runAll, runOne, pending } = manualClock(clockStep);
  const prebuilder = makeScenePrebuilder(clock);
  const layer = makeSceneLayer();
  const screen = recordingContext();
  const at = (d: number, p: PredictScene = predict) => drawFrame(screen, layer, prebuilder, d, p);
  at(day);
  at(day);
  return { prebuilder, layer, frame: at, runAll, runOne, pending };
}

/** Draws one frame of `day` the way the graph does and lets the prebuilder follow it. */
function drawFrame(
  screen: RecordingContext,
  layer: SceneLayer,
  prebuilder: ReturnType<typeof makeScenePrebuilder>,
  day: number,
  predict: PredictScene,
) {
  const { inputs, batches, nodeBatches } = sceneAt(day);
  const ctx = screen as unknown as CanvasRenderingContext2D;
  const dashes = makeDashPatterns();
  paintScene(ctx, 1, inputs, batches, nodeBatches, geometry, dashes, layer, timeline, day, prebuilder);
  prebuilder.follow(layer, day, 1, predict, timeline, geometry, dashes);
}

/** The number of stable links a layer's bitmap holds that are visible: what its canvas must show. */
function stableVisibleLinks(layer: SceneLayer) {
  let n = 0;
  for (let i = 0; i < layer.linkStable.length; i++) if (layer.linkStable[i] && layer.linkCode[i]) n++;
  return n;
}

describe("drawing the next window's bitmap ahead of time", () => {
  const start = prepared.startDay + 10;

  it("draws it in slices between frames, then swaps it in when the date leaves the window", () => {
    const { prebuilder, layer, frame, runAll } = graphAt(start, predictWith(NONE));
    expect(layer.lastUpdate).toBe("rebuild");
    const after = layer.to;
    expect(Number.isFinite(after)).toBe(true);
    // The prediction itself waits for the first slice: the frame that started the job paid nothing for it.
    expect(prebuilder.status()).toEqual({ day: after + 1, phase: "start" });

    // Each slice yields after ~6 ms of the clock; several slices are needed.
    expect(runAll()).toBeGreaterThan(1);
    expect(prebuilder.status()?.phase).toBe("done");
    const back = offscreen[1]!;
    expect(back.counts.moveTo).toBeGreaterThan(0);

    frame(after + 1);
    expect(layer.lastUpdate).toBe("prebuilt");
    expect(layer.from).toBeLessThanOrEqual(after + 1);
    expect(layer.to).toBeGreaterThan(after);
    // The swapped-in bitmap is the canvas the slices drew, holding exactly its stable visible links.
    expect(layer.ctx).toBe(back);
    expect(back.counts.moveTo).toBe(stableVisibleLinks(layer));
    // The next window is drawn ahead in turn, unless this one runs to the end of the timeline.
    expect(prebuilder.status()).toEqual(layer.to === Infinity ? null : { day: layer.to + 1, phase: "start" });
  });

  it("finishes the remaining slices in the frame that needs them", () => {
    // A slow clock: the first slice predicts, draws one chunk and yields.
    const { prebuilder, layer, frame, runOne } = graphAt(start, predictWith(NONE), 4);
    const after = layer.to;
    runOne();
    expect(prebuilder.status()?.phase).toBe("links");
    frame(after + 1);
    expect(layer.lastUpdate).toBe("prebuilt");
    expect(layer.ctx!.canvas).toBe(offscreen[1]!.canvas);
    expect(offscreen[1]!.counts.moveTo).toBe(stableVisibleLinks(layer));
  });

  it("rebuilds when the date leaves the window before the first slice, as without drawing ahead", () => {
    const { layer, frame, pending } = graphAt(start, predictWith(NONE));
    const after = layer.to;
    expect(pending()).toBe(1); // not one slice has run
    frame(after + 1);
    expect(layer.lastUpdate).toBe("rebuild");
  });

  it("predicts once, not every frame, when the next window has nothing to draw ahead", () => {
    let predictions = 0;
    const nothing: PredictScene = () => {
      predictions++;
      return null; // e.g. compare mode, or too few links for a bitmap
    };
    const { prebuilder, frame, runAll } = graphAt(start, nothing);
    runAll();
    expect(prebuilder.status()?.phase).toBe("declined");
    for (let d = 1; d <= 5; d++) frame(start + d);
    runAll();
    expect(predictions).toBe(1);
  });

  it("rebuilds instead when the bitmap drawn ahead no longer matches what is shown", () => {
    // Predicted for a selection the real frames do not have: lit and dimmed links look different.
    const wrong = predictWith({ country: "AUS", agreement: null, focus: [] });
    const { layer, frame, runAll } = graphAt(start, wrong);
    const after = layer.to;
    runAll();
    frame(after + 1);
    expect(layer.lastUpdate).toBe("rebuild");
  });

  it("keeps drawing across frames within the window and starts over when the choices change", () => {
    const { prebuilder, layer, frame, runOne, runAll } = graphAt(start, predictWith(NONE), 4);
    runOne(); // the job's canvas now exists
    const created = offscreen.length;
    frame(start + 1);
    expect(layer.lastUpdate).toBe("cached");
    expect(prebuilder.status()).toEqual({ day: layer.to + 1, phase: "links" }); // the same job, going on
    prebuilder.cancel();
    expect(prebuilder.status()).toBeNull();
    frame(start + 1, predictWith({ country: "JPN", agreement: null, focus: [] }));
    expect(prebuilder.status()?.phase).toBe("start");
    runAll();
    expect(prebuilder.status()?.phase).toBe("done");
    // The cancelled job's canvas is reused: no new canvas per window.
    expect(offscreen.length).toBe(created);
  });

  it("draws the window before this one once the date moves back in time, and swaps it in there", () => {
    const late = prepared.endDay - 10;
    const { prebuilder, layer, frame, runAll } = graphAt(late, predictWith(NONE));
    const from = layer.from;
    expect(Number.isFinite(from)).toBe(true);
    expect(prebuilder.status()).toBeNull(); // forward: this window runs to the end, nothing beyond it
    frame(late - 1); // one step back, still inside the window
    expect(layer.lastUpdate).toBe("cached");
    expect(prebuilder.status()).toEqual({ day: from - 1, phase: "start" });
    runAll();
    frame(from - 1);
    expect(layer.lastUpdate).toBe("prebuilt");
    expect(layer.to).toBeGreaterThanOrEqual(from - 1);
    // Mostly behind the date it was drawn for: going on backwards stays inside it longer.
    expect(layer.to - (from - 1)).toBeLessThan(from - 1 - layer.from);
    expect(offscreen[1]!.counts.moveTo).toBe(stableVisibleLinks(layer));
  });
});
