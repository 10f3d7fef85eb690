import { describe, expect, it } from "vitest";
import { NO_FILTER } from "../../data/active";
import { latestDayNumber } from "../../data/dates";
import { buildGraphModel } from "../../data/graph-model";
import { computeLayout } from "../../data/layout/layout";
import { prepareDataset } from "../../data/prepare";
import { makeFixture } from "../../data/test-fixture";
import { computeViewModel } from "../../data/view-model";
import { indexGraph } from "./graph-index";
import { computeGraphStyle } from "./graph-style";
import { DARK_THEME, LIGHT_THEME } from "./graph-theme";
import { NODE_CATEGORY, nodeCategories } from "./node-colors";
import { makeLabelCache, paintNodes, DENSE_NODE_COUNT, type PaintInputs } from "./paint";
import { batchNodes, linkGeometry } from "./paint-batches";

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
