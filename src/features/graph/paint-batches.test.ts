import { describe, expect, it } from "vitest";
import { NO_FILTER } from "../../data/active";
import { latestDayNumber } from "../../data/dates";
import { buildGraphModel } from "../../data/graph-model";
import { computeLayout } from "../../data/layout/layout";
import { prepareDataset } from "../../data/prepare";
import { makeFixture } from "../../data/test-fixture";
import { computeViewModel } from "../../data/view-model";
import { indexGraph } from "./graph-index";
import { computeGraphStyle, TONE, type GraphStyle } from "./graph-style";
import { batchLinks, batchNodes, HAIRLINE_LINK_COUNT, labelOrder, linkGeometry } from "./paint-batches";
import { NODE_CATEGORY, nodeCategories } from "./node-colors";

const prepared = prepareDataset(makeFixture());
const model = buildGraphModel(prepared);
const index = indexGraph(model);
const vm = computeViewModel(prepared, latestDayNumber("2023-06-01"), NO_FILTER);
const link = (id: string) => model.links.findIndex((l) => l.id === id);

describe("linkGeometry", () => {
  it("has straight links without control point and bows curved ones to the side", () => {
    const positions = computeLayout(model);
    const g = linkGeometry(index, positions);
    const straight = link("g");
    expect(Number.isNaN(g.cx[straight]!)).toBe(true);
    const curved = link("a");
    const midX = (g.x0[curved]! + g.x1[curved]!) / 2;
    const midY = (g.y0[curved]! + g.y1[curved]!) / 2;
    const length = Math.hypot(g.x1[curved]! - g.x0[curved]!, g.y1[curved]! - g.y0[curved]!);
    expect(Math.hypot(g.cx[curved]! - midX, g.cy[curved]! - midY)).toBeCloseTo(length * 0.09, 1);
    expect(g.minX[curved]).toBeLessThanOrEqual(Math.min(g.x0[curved]!, g.x1[curved]!, g.cx[curved]!));
  });
});

describe("batchLinks", () => {
  it("groups every drawn link exactly once, dimmed groups before highlighted ones", () => {
    const style = computeGraphStyle(index, vm, { country: "GBR", agreement: null, focus: [] });
    const { batches, hairlines } = batchLinks(style);
    expect(hairlines).toBe(false);
    const drawn = batches.flatMap((b) => [...b.links]).sort((a, b) => a - b);
    const expected = [...style.linkVisible.keys()].filter((k) => style.linkVisible[k]);
    expect(drawn).toEqual(expected);
    expect(batches.at(-1)!.links).toContain(link("f")); // GBR's only link, highlighted, on top
    for (const b of batches) for (const k of b.links) expect(style.linkColor[k]).toBe(b.color);
  });

  it("draws ordinary links 1 px wide above the hairline threshold, keeping highlighted widths", () => {
    const n = HAIRLINE_LINK_COUNT + 1;
    const style: GraphStyle = {
      nodeVisible: new Uint8Array(0),
      nodeRadius: new Float32Array(0),
      nodeTone: new Uint8Array(0),
      linkVisible: new Uint8Array(n).fill(1),
      linkColor: new Array<string>(n).fill("red"),
      linkWidth: new Float32Array(n).fill(2.5),
      linkDash: new Uint8Array(n),
      linkGlow: new Uint8Array(n),
      linkRank: new Uint8Array(n).fill(1),
      linkKey: new Uint16Array(n).fill(5),
      visibleNodeIds: [],
      highlighting: false,
    };
    style.linkRank[0] = 2;
    style.linkKey[0] = 7;
    const { batches, hairlines } = batchLinks(style);
    expect(hairlines).toBe(true);
    expect(batches.map((b) => [b.width, b.links.length])).toEqual([
      [1, n - 1],
      [2.5, 1],
    ]);
  });
});

describe("batchNodes", () => {
  it("refuses a colour category it cannot order, rather than mixing it into another group", () => {
    const style = computeGraphStyle(index, vm, { country: null, agreement: null, focus: [] });
    const category = nodeCategories(model, prepared.dataset);
    const visible = style.nodeVisible.indexOf(1);
    category[visible] = 8;
    expect(() => batchNodes(style, category)).toThrow(RangeError);
  });

  it("groups visible nodes by category and tone, faded first and the selected node last", () => {
    const style = computeGraphStyle(index, vm, { country: "GBR", agreement: null, focus: [] });
    const batches = batchNodes(style, nodeCategories(model, prepared.dataset));
    const ids = (b: (typeof batches)[number]) => [...b.nodes].map((i) => model.nodes[i]!.id);
    expect(batches[0]).toMatchObject({ tone: TONE.dimmed });
    expect(batches.at(-1)).toMatchObject({ tone: TONE.selected, category: NODE_CATEGORY.other });
    expect(ids(batches.at(-1)!)).toEqual(["GBR"]);
    const all = batches.flatMap(ids).sort();
    expect(all).toEqual([...style.visibleNodeIds].sort());
    const hubBatch = batches.find((b) => b.category === NODE_CATEGORY.hub)!;
    expect(ids(hubBatch)).toEqual(["hub:QUAD"]);
  });
});

describe("labelOrder", () => {
  it("puts the selected node first, then highlighted ones, then larger before smaller", () => {
    const style = computeGraphStyle(index, vm, { country: "GBR", agreement: null, focus: [] });
    const ids = [...labelOrder(style)].map((i) => model.nodes[i]!.id);
    expect(ids.slice(0, 2)).toEqual(["GBR", "JPN"]);
    expect(ids.sort()).toEqual([...style.visibleNodeIds].sort());
    const plain = computeGraphStyle(index, vm, { country: null, agreement: null, focus: [] });
    const radii = [...labelOrder(plain)].map((i) => plain.nodeRadius[i]!);
    expect(radii).toEqual([...radii].sort((a, b) => b - a));
  });
  it("given node categories, labels the Quad, then the hubs, before other countries", () => {
    const plain = computeGraphStyle(index, vm, { country: null, agreement: null, focus: [] });
    const category = nodeCategories(model, prepared.dataset);
    const order = [...labelOrder(plain, category)];
    const firstOther = order.findIndex((i) => category[i] === NODE_CATEGORY.other);
    expect(firstOther).toBeGreaterThan(0);
    expect(order.slice(firstOther).every((i) => category[i] === NODE_CATEGORY.other)).toBe(true);
    const firstHub = order.findIndex((i) => category[i] === NODE_CATEGORY.hub);
    if (firstHub >= 0)
      expect(order.slice(0, firstHub).every((i) => category[i] === NODE_CATEGORY.quad)).toBe(true);
  });
});
