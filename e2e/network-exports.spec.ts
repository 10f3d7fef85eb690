import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { MultiUndirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { bundled } from "./bundled-data";
import { LatticePage } from "./fixtures/lattice-page";

const agreementIds = (graph: MultiUndirectedGraph) => new Set(graph.mapEdges((_k, e) => e.agreement_id));

function hasNetworkx(): boolean {
  try {
    execFileSync("python3", ["-c", "import networkx"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

test("Download GEXF: every agreement over the whole timeline, with spells, hubs or cliques as chosen", async ({
  page,
}) => {
  const app = new LatticePage(page);
  await app.open("time=2015-06-30");
  const hub = await app.download("Download GEXF");
  expect(hub.name).toMatch(/^lattice-network-.*-hub\.gexf$/);
  const graph = parseGexf(MultiUndirectedGraph, hub.text);
  expect(agreementIds(graph).size).toBe(bundled.agreements.length);
  expect(graph.filterNodes((_k, n) => n.node_type === "country")).toHaveLength(
    new Set(bundled.agreements.flatMap((a: { parties: string[] }) => a.parties)).size,
  );
  expect(graph.someNode((_k, n) => n.node_type === "hub")).toBe(true);
  expect(graph.getNodeAttributes("JPN")).toMatchObject({ name: "Japan", quad_member: true });
  expect(hub.text).toContain('mode="dynamic"');
  expect(hub.text.match(/<spell /g)!.length).toBeGreaterThanOrEqual(graph.size);

  await app.downloadButton("Download GEXF"); // opens the menu again
  await page.getByRole("radio", { name: "cliques" }).check();
  const clique = await app.download("Download GEXF");
  expect(clique.name).toMatch(/-clique\.gexf$/);
  const cliqueGraph = parseGexf(MultiUndirectedGraph, clique.text);
  expect(cliqueGraph.someNode((_k, n) => n.node_type === "hub")).toBe(false);
  expect(agreementIds(cliqueGraph).size).toBe(bundled.agreements.length);
  expect(clique.text).toContain("Multilateral mode: clique");
});

test("Download GraphML: the network of the view, with the status line's counts", async ({ page }) => {
  const app = new LatticePage(page);
  await app.open("time=2022-01-06&kinds=access~logistics~alliance");
  const { agreements, countries } = await app.statusCounts();
  const file = await app.download("Download GraphML");
  expect(file.name).toBe("lattice-2022-01-06-alliance-access-logistics-hub.graphml");
  const graph = parseGraphml(MultiUndirectedGraph, file.text);
  expect(agreementIds(graph).size).toBe(agreements);
  expect(graph.filterNodes((_k, n) => n.node_type === "country")).toHaveLength(countries);
  graph.forEachEdge((_k, e) => expect(["access", "logistics", "alliance"]).toContain(e.kind));
  if (hasNetworkx()) {
    const read = execFileSync(
      "python3",
      [
        "-c",
        "import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); print(g.number_of_edges())",
        file.path,
      ],
      { encoding: "utf8" },
    );
    expect(Number(read.trim())).toBe(graph.size);
  }
});
