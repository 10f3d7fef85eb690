import { describe, expect, it } from "vitest";
import { NO_FILTER } from "../../data/active";
import { latestDayNumber } from "../../data/dates";
import { buildGraphModel } from "../../data/graph-model";
import { computeLayout } from "../../data/layout/layout";
import { prepareDataset } from "../../data/prepare";
import { makeFixture } from "../../data/test-fixture";
import { computeViewModel } from "../../data/view-model";
import { indexGraph } from "./graph-index";
import { BUNDLE_COLORS, computeGraphStyle, DASH } from "./graph-style";
import { DARK_THEME, LIGHT_THEME } from "./graph-theme";
import { NODE_CATEGORY, nodeCategories } from "./node-colors";
import {
  makeDashPatterns,
  makeLabelCache,
  paintLinks,
  paintNodes,
  DENSE_NODE_COUNT,
  type PaintInputs,
} from "./paint";
import { batchLinks, batchNodes, linkGeometry, type LinkBatch } from "./paint-batches";

const prepared = prepareDataset(makeFixture());
const model = buildGraphModel(prepared);
const index = indexGraph(model);
const geometry = linkGeometry(index, computeLayout(model));
const vm = computeViewModel(prepared, latestDayNumber("2023-06-01"), NO_FILTER);
const style = computeGraphStyle(index, vm, { country: null, agreement: null, focus: [] });

/** The fill colours a painter used, in order: all a canvas needs to show for this test. */
function recordingContext() {
  const fills: string[] = [];
  const ctx = {
    fillStyle: "",
    strokeStyle: "",
    lineWidth: 1,
    globalAlpha: 1,
    save() {},
    restore() {},
    setLineDash() {},
    beginPath() {},
    arc() {},
    roundRect() {},
    stroke() {},
    fill() {
      fills.push(ctx.fillStyle);
    },
    fillRect() {
      fills.push(ctx.fillStyle);
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, fills };
}

/** `copies` paints the visible nodes that many times over: a graph as dense as a large dataset's. */
function paintedFills(category: Uint8Array, theme = LIGHT_THEME, k = 1, copies = 1): string[] {
  const inputs: PaintInputs = {
    model,
    style,
    category,
    labels: makeLabelCache(model.nodes.length, 12),
    view: { current: { k: 1, cx: 0, cy: 0, width: 800, height: 600, known: false } },
    spacing: 26,
    theme,
  };
  const { ctx, fills } = recordingContext();
  const batches = batchNodes(style, category);
  paintNodes(ctx, k, inputs, Array.from({ length: copies }, () => batches).flat(), geometry);
  return fills;
}

describe("paintNodes: nothing drawn is kept between frames", () => {
  it("draws new node colour categories with the same style", () => {
    const category = nodeCategories(model, prepared.dataset);
    const before = paintedFills(category);
    const recoloured = category.map((c) => (c === NODE_CATEGORY.hub ? c : NODE_CATEGORY.quad));
    const after = paintedFills(recoloured);
    expect(after).not.toEqual(before);
    expect(after).toContain(LIGHT_THEME.nodeFill[NODE_CATEGORY.quad]);
    expect(after).not.toContain(LIGHT_THEME.nodeFill[NODE_CATEGORY.other]);
  });

  it("draws a new theme with the same style and categories", () => {
    const category = nodeCategories(model, prepared.dataset);
    expect(paintedFills(category, DARK_THEME)).toContain(DARK_THEME.nodeFill[NODE_CATEGORY.other]);
    expect(paintedFills(category, LIGHT_THEME)).not.toContain(DARK_THEME.nodeFill[NODE_CATEGORY.other]);
  });
});

describe("paintNodes: level of detail", () => {
  const category = nodeCategories(model, prepared.dataset);
  const visible = style.nodeVisible.reduce((sum, v) => sum + v, 0);
  const countries = [...category].filter((c, i) => style.nodeVisible[i] && c !== NODE_CATEGORY.hub).length;
  const dense = Math.ceil((DENSE_NODE_COUNT + 1) / visible);
  const count = (fills: string[], colour: string) => fills.filter((f) => f === colour).length;
  // A rim colour no face uses (in the light theme both the rim and the hub's face are white).
  const theme = { ...LIGHT_THEME, nodeOutline: "rim" };

  it("gives every small country its rim up to DENSE_NODE_COUNT nodes", () => {
    const copies = Math.floor(DENSE_NODE_COUNT / visible);
    expect(copies).toBeGreaterThan(0);
    expect(count(paintedFills(category, theme, 0.2, copies), theme.nodeOutline)).toBe(countries * copies);
  });

  it("leaves out the rims of small countries above it, and keeps the hubs' outlines", () => {
    const fills = paintedFills(category, theme, 0.2, dense);
    expect(count(fills, theme.nodeOutline)).toBe(0);
    expect(count(fills, theme.hubStroke)).toBeGreaterThan(0);
    expect(count(fills, theme.hubStroke)).toBe(
      count(paintedFills(category, theme, 0.2, 1), theme.hubStroke) * dense,
    );
  });

  it("keeps the rims of countries large on screen (zoomed in) however dense the graph", () => {
    expect(count(paintedFills(category, theme, 4, dense), theme.nodeOutline)).toBe(countries * dense);
  });
});

/** Every stroke a link painter made: its colour, width (graph units) and the starts of its curves. */
function recordStrokes(bundles: boolean, batch: LinkBatch, k: number, pixelRatio: number) {
  const strokes: { color: string; width: number; starts: [number, number][] }[] = [];
  let starts: [number, number][] = [];
  const ctx = {
    strokeStyle: "",
    lineWidth: 1,
    lineCap: "",
    save() {},
    restore() {},
    setLineDash() {},
    beginPath() {
      starts = [];
    },
    moveTo(x: number, y: number) {
      starts.push([x, y]);
    },
    lineTo() {},
    quadraticCurveTo() {},
    stroke() {
      strokes.push({ color: ctx.strokeStyle, width: ctx.lineWidth, starts });
    },
  };
  const inputs: PaintInputs = {
    model,
    style,
    category: nodeCategories(model, prepared.dataset),
    labels: makeLabelCache(model.nodes.length, 12),
    view: { current: { k, cx: 0, cy: 0, width: 800, height: 600, known: false, pixelRatio } },
    spacing: 26,
    theme: LIGHT_THEME,
  };
  const batches = { batches: [batch], glow: new Int32Array(0), hairlines: false };
  paintLinks(ctx as unknown as CanvasRenderingContext2D, k, inputs, batches, geometry, {
    dashes: makeDashPatterns(),
    bundles,
  });
  return strokes;
}

describe("paintLinks: wide links on the live canvas", () => {
  const solid = batchLinks(style).batches.filter((b) => b.dash === DASH.solid);
  const widest = solid.reduce((a, b) => (b.width > a.width ? b : a));
  const link = widest.links[0]!;
  // How far a stroke's copy of the first link lies from the link itself, in device pixels.
  const offsetPx = (start: [number, number], k: number, pixelRatio: number) =>
    Math.hypot(start[0] - geometry.x0[link]!, start[1] - geometry.y0[link]!) * k * pixelRatio;

  it("draws a wide solid link as 1 px hairlines side by side, spanning its width", () => {
    expect(widest.width).toBeGreaterThan(2);
    for (const [k, pixelRatio] of [
      [1, 1],
      [3, 1],
      [0.5, 2],
    ] as const) {
      const strokes = recordStrokes(true, { ...widest, links: Int32Array.of(link) }, k, pixelRatio);
      const devicePx = widest.width * pixelRatio;
      expect(strokes.length).toBe(1 + Math.round((devicePx - 1) / 0.5));
      for (const s of strokes) {
        expect(s.width * k * pixelRatio).toBeCloseTo(1);
        expect(s.color).toBe(BUNDLE_COLORS.get(widest.color));
      }
      const offsets = strokes.map((s) => offsetPx(s.starts[0]!, k, pixelRatio));
      // From one edge of the link to the other: 1 px less than its width between the outer hairlines.
      expect(Math.max(...offsets) * 2).toBeCloseTo(devicePx - 1);
    }
  });

  it("draws every link of the batch in each hairline of the bundle", () => {
    const strokes = recordStrokes(true, widest, 1, 1);
    for (const s of strokes) expect(s.starts.length).toBe(widest.links.length);
  });

  it("draws a link at most 1.25 device px wide as one hairline in its own colour", () => {
    const strokes = recordStrokes(true, { ...widest, width: 1.1 }, 2, 1);
    expect(strokes.map((s) => [s.color, s.width * 2])).toEqual([[widest.color, 1]]);
  });

  it("strokes dashed links, and every link of an export, at their width", () => {
    const dashed = recordStrokes(true, { ...widest, dash: DASH.pending }, 2, 1);
    const exported = recordStrokes(false, widest, 2, 1);
    for (const strokes of [dashed, exported]) {
      expect(new Set(strokes.map((s) => s.width * 2))).toEqual(new Set([widest.width]));
      expect(strokes.every((s) => s.color === widest.color)).toBe(true);
    }
  });
});
