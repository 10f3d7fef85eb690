import { describe, expect, it } from "vitest";
import { buildGraphModel, type GraphModel } from "../graph-model";
import { layoutKey } from "./layout-key";
import { prepareDataset } from "../prepare";
import { makeFixture } from "../test-fixture";

const model = (): GraphModel => buildGraphModel(prepareDataset(makeFixture()));

describe("layoutKey", () => {
  it("is stable for the same graph, even from a fresh copy of the dataset", () => {
    expect(layoutKey(model())).toBe(layoutKey(model()));
    expect(layoutKey(model())).toMatch(/^[0-9a-f]{16}$/);
  });

  it("ignores what the layout does not read (names, kinds, dates)", () => {
    const data = makeFixture();
    data.countries[0]!.name = "Renamed";
    data.agreements[0]!.signed = "2008-01-01";
    expect(layoutKey(buildGraphModel(prepareDataset(data)))).toBe(layoutKey(model()));
  });

  it("changes when a node or a link changes, or when ids are split differently", () => {
    const base = model();
    const key = layoutKey(base);
    expect(layoutKey({ ...base, nodes: base.nodes.slice(1) })).not.toBe(key);
    expect(layoutKey({ ...base, links: base.links.slice(1) })).not.toBe(key);
    const swapped = base.links.map((l, i) => (i === 0 ? { ...l, source: l.target, target: l.source } : l));
    expect(layoutKey({ ...base, links: swapped })).not.toBe(key);
    const a = {
      ...base,
      nodes: [
        { ...base.nodes[0]!, id: "AB" },
        { ...base.nodes[1]!, id: "C" },
      ],
    };
    const b = {
      ...base,
      nodes: [
        { ...base.nodes[0]!, id: "A" },
        { ...base.nodes[1]!, id: "BC" },
      ],
    };
    expect(layoutKey(a)).not.toBe(layoutKey(b));
  });
});
