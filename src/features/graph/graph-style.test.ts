import { describe, expect, it } from "vitest";
import { NO_FILTER } from "../../data/active";
import { latestDayNumber } from "../../data/dates";
import { buildGraphModel } from "../../data/graph-model";
import { KIND_INFO } from "../../data/kinds";
import { prepareDataset } from "../../data/prepare";
import { makeFixture } from "../../data/test-fixture";
import { computeViewModel } from "../../data/view-model";
import { indexGraph } from "./graph-index";
import {
  DASH,
  LINK_COLORS,
  MAX_NODE_RADIUS,
  MIN_NODE_RADIUS,
  TONE,
  agreementForHub,
  computeGraphStyle,
  decideLinkLook,
  LOOK_COUNT,
  LOOKS,
  lookId,
  drawnRadius,
  MIN_SCREEN_RADIUS,
  linkWidthForDepth,
  nodeRadius,
  withAlpha,
  type GraphSelection,
} from "./graph-style";

const prepared = prepareDataset(makeFixture());
const index = indexGraph(buildGraphModel(prepared));
const NONE: GraphSelection = { country: null, agreement: null, focus: [] };
const day = (iso: string) => latestDayNumber(iso);
const vmAt = (iso: string, compareFrom?: string) =>
  computeViewModel(prepared, day(iso), NO_FILTER, compareFrom ? day(compareFrom) : null);
const node = (id: string) => index.nodeIndexById.get(id)!;
const link = (id: string) => index.model.links.findIndex((l) => l.id === id);
const visibleIds = (visible: Uint8Array, ids: string[]) => ids.filter((_, k) => visible[k] === 1);
const linkIds = index.model.links.map((l) => l.id);

describe("nodeRadius", () => {
  it("grows with the square root of weighted degree, from a clickable minimum to a cap", () => {
    expect(nodeRadius(0)).toBe(MIN_NODE_RADIUS);
    expect(nodeRadius(-3)).toBe(MIN_NODE_RADIUS);
    expect(nodeRadius(16) - MIN_NODE_RADIUS).toBeCloseTo(2 * (nodeRadius(4) - MIN_NODE_RADIUS));
    expect(nodeRadius(10_000)).toBe(MAX_NODE_RADIUS);
  });
});

describe("drawnRadius", () => {
  it("is the graph radius up to zoom 1, grows only with √k beyond, and never drops below 3.5 px", () => {
    expect(drawnRadius(10, 1)).toBe(10);
    expect(drawnRadius(10, 0.5)).toBe(10);
    expect(drawnRadius(10, 4) * 4).toBeCloseTo(20); // on screen: 10 × √4
    expect(drawnRadius(4, 0.25) * 0.25).toBeCloseTo(MIN_SCREEN_RADIUS);
  });
});

describe("decideLinkLook", () => {
  const base = { depth: 3, pending: false, compare: null, highlight: "none" } as const;
  it("widens with depth and dashes pending agreements", () => {
    expect(linkWidthForDepth(5)).toBeGreaterThan(linkWidthForDepth(1));
    expect(decideLinkLook(base)).toEqual({
      variant: "normal",
      width: linkWidthForDepth(3),
      dash: DASH.solid,
      glow: false,
    });
    expect(decideLinkLook({ ...base, pending: true }).dash).toBe(DASH.pending);
  });
  it("emphasises agreements added since the compare date and ghosts ended ones", () => {
    const added = decideLinkLook({ ...base, compare: "added" });
    expect(added.glow).toBe(true);
    expect(added.width).toBeGreaterThan(linkWidthForDepth(3));
    expect(decideLinkLook({ ...base, compare: "ended" })).toMatchObject({
      variant: "ghost",
      dash: DASH.ghost,
    });
  });
  it("strengthens selected links and dims the others", () => {
    expect(decideLinkLook({ ...base, highlight: "on" }).variant).toBe("strong");
    expect(decideLinkLook({ ...base, highlight: "off" }).variant).toBe("dim");
    expect(decideLinkLook({ ...base, highlight: "off", compare: "added" }).glow).toBe(false);
  });
});

describe("LOOKS", () => {
  it("holds decideLinkLook's answer for every input, at lookId", () => {
    const input = { depth: 4, pending: true, compare: "added", highlight: "off" } as const;
    expect(LOOKS[lookId(4, true, 1, 2)]).toEqual(decideLinkLook(input));
    expect(LOOKS[lookId(1, false, 0, 0)]).toEqual(
      decideLinkLook({ depth: 1, pending: false, compare: null, highlight: "none" }),
    );
    expect(new Set(Array.from({ length: LOOK_COUNT }, (_, i) => i)).size).toBe(LOOKS.length);
  });
});

describe("link colours", () => {
  it("derive from the kind colour with an alpha per variant", () => {
    expect(withAlpha("#D55E00", 0.5)).toBe("rgba(213,94,0,0.5)");
    expect(LINK_COLORS.alliance.strong).toBe(withAlpha(KIND_INFO.alliance.color, 1));
  });
});

describe("computeGraphStyle", () => {
  it("shows only agreements in effect, and only the nodes they touch", () => {
    const style = computeGraphStyle(index, vmAt("2009-01-01"), NONE);
    expect(visibleIds(style.linkVisible, linkIds)).toEqual(["a", "g"]);
    expect(style.visibleNodeIds).toEqual(["AUS", "JPN", "USA"]);
    expect(style.highlighting).toBe(false);
  });

  it("sizes countries by weighted degree on the date and dashes pending agreements", () => {
    const style = computeGraphStyle(index, vmAt("2023-06-01"), NONE);
    // GBR: only f (depth 4), signed Jan 2023, in force Oct 2023 → pending.
    expect(style.nodeRadius[node("GBR")]).toBeCloseTo(nodeRadius(4));
    expect(style.linkDash[link("f")]).toBe(DASH.pending);
    expect(computeGraphStyle(index, vmAt("2023-12-31"), NONE).linkDash[link("f")]).toBe(DASH.solid);
  });

  it("in compare mode ghosts ended agreements (still drawn) and emphasises new ones", () => {
    const style = computeGraphStyle(index, vmAt("2009-01-01", "2007-12-31"), NONE);
    expect(style.linkVisible[link("c@IND")]).toBe(1);
    expect(style.linkDash[link("c@IND")]).toBe(DASH.ghost);
    expect(style.nodeTone[node("IND")]).toBe(TONE.ghost);
    expect(style.nodeTone[node("AUS")]).toBe(TONE.normal);
    const later = computeGraphStyle(index, vmAt("2023-12-31", "2016-12-31"), NONE);
    expect(later.linkGlow[link("f")]).toBe(1);
    expect(later.linkGlow[link("a")]).toBe(0);
    // What continues from the earlier date recedes: A (2007) is faint, F (2023) is strong.
    expect(later.linkColor[link("a")]).toBe(LINK_COLORS.declaration.faint);
    expect(later.linkColor[link("f")]).toBe(LINK_COLORS.access.strong);
  });

  it("a selected country lights itself, its partners and their links; the rest dims", () => {
    const style = computeGraphStyle(index, vmAt("2023-12-31"), { ...NONE, country: "IND" });
    expect(style.highlighting).toBe(true);
    expect(style.nodeTone[node("IND")]).toBe(TONE.selected);
    for (const id of ["AUS", "JPN", "USA", "hub:QUAD"])
      expect(style.nodeTone[node(id)]).toBe(TONE.highlighted);
    expect(style.nodeTone[node("GBR")]).toBe(TONE.dimmed);
    expect(style.linkColor[link("e")]).toBe(LINK_COLORS.logistics.strong);
    expect(style.linkColor[link("f")]).toBe(LINK_COLORS.access.dim);
  });

  it("a selected agreement lights its links and parties", () => {
    const style = computeGraphStyle(index, vmAt("2023-12-31"), { ...NONE, agreement: "f" });
    expect(style.nodeTone[node("GBR")]).toBe(TONE.highlighted);
    expect(style.nodeTone[node("JPN")]).toBe(TONE.highlighted);
    expect(style.nodeTone[node("AUS")]).toBe(TONE.dimmed);
  });

  it("focus lights the focus countries and the links among them only", () => {
    const style = computeGraphStyle(index, vmAt("2023-12-31"), { ...NONE, focus: ["AUS", "JPN"] });
    expect(style.nodeTone[node("AUS")]).toBe(TONE.highlighted);
    expect(style.nodeTone[node("JPN")]).toBe(TONE.highlighted);
    expect(style.nodeTone[node("hub:QUAD")]).toBe(TONE.highlighted);
    expect(style.nodeTone[node("USA")]).toBe(TONE.dimmed);
    expect(style.linkColor[link("d@AUS")]).toBe(LINK_COLORS.dialogue.strong);
    expect(style.linkColor[link("d@USA")]).toBe(LINK_COLORS.dialogue.dim);
  });

  it("does not dim anything for a selection that is not on screen", () => {
    const style = computeGraphStyle(index, vmAt("2009-01-01"), { ...NONE, country: "GBR" });
    expect(style.highlighting).toBe(false);
    expect(style.nodeTone[node("AUS")]).toBe(TONE.normal);
  });
});

describe("agreementForHub", () => {
  it("picks the latest shown agreement of the hub, or the latest of all when none is shown", () => {
    expect(agreementForHub(index, vmAt("2023-12-31"), node("hub:QUAD"))).toBe("d");
    expect(agreementForHub(index, vmAt("2007-12-31"), node("hub:QUAD"))).toBe("c");
    expect(agreementForHub(index, vmAt("2010-01-01"), node("hub:QUAD"))).toBe("d");
  });
});
