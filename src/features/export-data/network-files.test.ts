// @vitest-environment jsdom
import { MultiUndirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf/browser";
import { parse as parseGraphml } from "graphology-graphml/browser";
import { describe, expect, it } from "vitest";
import { NO_FILTER } from "../../data/active";
import { latestDayNumber } from "../../data/dates";
import { prepareDataset } from "../../data/prepare";
import { makeFixture } from "../../data/test-fixture";
import { computeViewModel } from "../../data/view-model";
import { networkGexf, networkGraphml } from "./network-files";

const source = { title: "Fixture", version: "1.0", url: "https://lattice.example/?time=2012-06-01" };
const prepared = () => prepareDataset(makeFixture());
const xml = (text: string) => new DOMParser().parseFromString(text, "application/xml");

describe("GEXF export", () => {
  it("holds every agreement over the whole timeline, multilateral ones as hubs, with spells", () => {
    const text = networkGexf(prepared(), NO_FILTER, "hub", source);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const doc = xml(text);
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.documentElement.getAttribute("version")).toBe("1.3");
    const graphEl = doc.getElementsByTagName("graph")[0]!;
    expect([graphEl.getAttribute("mode"), graphEl.getAttribute("timeformat")]).toEqual(["dynamic", "date"]);
    expect(doc.getElementsByTagName("description")[0]!.textContent).toMatch(
      /hub nodes.*Multilateral mode: hub/,
    );

    const graph = parseGexf(MultiUndirectedGraph, text);
    // 5 countries + one QUAD hub (C and D share it); 5 bilateral + 2 × 4 hub spokes.
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(5 + 8);
    const japan = graph.getNodeAttributes("JPN");
    expect(japan).toMatchObject({ label: "Japan", name: "Japan", region: "East Asia", quad_member: true });
    expect(graph.getNodeAttributes("GBR").quad_member).toBe(false);
    const b = graph.getEdgeAttributes("b");
    expect(b).toMatchObject({
      agreement_id: "b",
      title: "Agreement B",
      kind: "logistics",
      depth: 2,
      signed: "2010-05-19",
      in_force: "2013-01-31",
      status: "active",
    });

    // Month precision reads as the app reads it: "2007-05" from 31 May, ended "2008-02" on 29 Feb.
    const spell = (id: string) => {
      const edge = [...doc.getElementsByTagName("edge")].find((e) => e.getAttribute("id") === id)!;
      const s = edge.getElementsByTagName("spell")[0]!;
      return [s.getAttribute("start"), s.getAttribute("end")];
    };
    expect(spell("c@AUS")).toEqual(["2007-05-31", "2008-02-28"]);
    expect(spell("a")).toEqual(["2007-03-13", null]);
  });

  it("writes multilateral agreements as cliques when asked, and says so", () => {
    const text = networkGexf(prepared(), NO_FILTER, "clique", source);
    const graph = parseGexf(MultiUndirectedGraph, text);
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(5 + 2 * 6);
    expect(text).toContain("Multilateral mode: clique");
  });

  it("keeps the kind and depth filters", () => {
    const filter = { ...NO_FILTER, kinds: new Set(["logistics"] as const) };
    const graph = parseGexf(MultiUndirectedGraph, networkGexf(prepared(), filter, "hub", source));
    expect(new Set(graph.mapEdges((_k, e) => e.kind))).toEqual(new Set(["logistics"]));
    expect(graph.size).toBe(2);
  });
});

describe("GraphML export", () => {
  it("holds the view: the agreements shown on its date, with their attributes", () => {
    const vm = computeViewModel(prepared(), latestDayNumber("2012-06-01"), NO_FILTER);
    const text = networkGraphml(vm, "hub", source);
    const graph = parseGraphml(MultiUndirectedGraph, text);
    // Shown on 2012-06-01: A, B (pending) and G; 3 countries.
    expect(new Set(graph.mapEdges((_k, e) => e.agreement_id))).toEqual(new Set(["a", "b", "g"]));
    expect(graph.order).toBe(vm.countries.size);
    expect(graph.getEdgeAttributes("b")).toMatchObject({ kind: "logistics", depth: 2, status: "pending" });
    expect(graph.getNodeAttributes("AUS")).toMatchObject({ name: "Australia", quad_member: true });
    expect(text).toContain("Multilateral mode: hub");
  });

  it("draws hubs only for the multilateral agreements in view", () => {
    const vm = computeViewModel(prepared(), latestDayNumber("2020-01-01"), NO_FILTER);
    const graph = parseGraphml(MultiUndirectedGraph, networkGraphml(vm, "hub", source));
    expect(graph.filterNodes((_k, n) => n.node_type === "hub")).toEqual(["hub:QUAD"]);
  });
});
