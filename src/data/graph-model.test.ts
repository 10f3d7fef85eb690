import { describe, expect, it } from "vitest";
import { buildGraphModel } from "./graph-model";
import { computeLayout } from "./layout/layout";
import { prepareDataset } from "./prepare";
import { makeFixture } from "./test-fixture";

describe("graph model", () => {
  const model = buildGraphModel(prepareDataset(makeFixture()));
  it("has a node per country plus one hub per multilateral group", () => {
    expect(model.nodes.map((n) => n.id)).toEqual(["AUS", "GBR", "IND", "JPN", "USA", "hub:QUAD"]);
  });
  it("links both Quad dialogues to the same hub, one link per member", () => {
    expect(model.linksByAgreement[2]).toEqual(["c@AUS", "c@IND", "c@JPN", "c@USA"]);
    expect(model.links.filter((l) => l.source === "hub:QUAD")).toHaveLength(8);
  });
  it("fans out parallel links between the same pair", () => {
    const ausJpn = model.links
      .filter((l) => l.source === "AUS" && l.target === "JPN")
      .map((l) => l.curvature);
    expect(ausJpn).toEqual([-0.09, 0.09]);
    expect(model.links.find((l) => l.id === "g")!.curvature).toBe(0);
  });
});

describe("layout", () => {
  it("is deterministic and places every node", () => {
    const model = buildGraphModel(prepareDataset(makeFixture()));
    const a = computeLayout(model);
    const b = computeLayout(model);
    expect(a).toEqual(b);
    expect(Object.keys(a)).toHaveLength(model.nodes.length);
    for (const p of Object.values(a)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
});
