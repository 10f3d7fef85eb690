/**
 * The datasets the benchmark runs on, and what it needs to know about each: the URL that opens it
 * in the app, the reference page's graph (same model and positions, from the app's own modules),
 * and how many nodes the app must draw at first paint (the default view: the latest date).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { NO_FILTER, shownAgreementsAt } from "../../src/data/active.ts";
import { buildGraphModel } from "../../src/data/graph-model.ts";
import { computeLayout } from "../../src/data/layout/layout.ts";
import { layoutKey } from "../../src/data/layout/layout-key.ts";
import { prepareDataset } from "../../src/data/prepare.ts";
import type { Dataset } from "../../src/data/schema.ts";
import { writeSynthetic } from "../generate-synthetic.ts";
import type { Scale } from "./args.ts";
import { referenceGraph } from "./reference-graph.ts";

export const BENCH_DATA_DIR = "bench/data";
export const BENCH_DATA_URL = "/bench-data/";
const BUNDLED_FILE = "public/data/indo-pacific.json";

export interface ScaleInfo {
  scale: Scale;
  /** Path and query that open the dataset in the app. */
  appPath: string;
  referencePath: string;
  countries: number;
  agreements: number;
  graphNodes: number;
  graphLinks: number;
  /** Nodes drawn on the latest date (the app's default view). */
  expectedVisibleNodes: number;
  /** Milliseconds the layout took here, in Node (for the report: the cost the app must avoid). */
  layoutMs: number | null;
}

export function prepareScale(scale: Scale): ScaleInfo {
  let file = BUNDLED_FILE;
  if (scale !== "bundled") {
    // Always re-made (a few seconds): the file then matches the current generator and validator.
    file = writeSynthetic(scale, BENCH_DATA_DIR);
  }
  const text = readFileSync(file, "utf8");
  const prepared = prepareDataset(JSON.parse(text) as Dataset);
  const model = buildGraphModel(prepared);
  // The layout key carries the layout schedule's version: a new schedule means new positions.
  const hash = createHash("sha256").update(text).update(layoutKey(model)).digest("hex").slice(0, 16);

  // The reference graph needs the layout; it is slow for large data, so it is cached by content
  // hash and layout key.
  const graphFile = join(BENCH_DATA_DIR, `${scale}.graph.json`);
  let layoutMs: number | null = null;
  const cached = existsSync(graphFile)
    ? (JSON.parse(readFileSync(graphFile, "utf8")) as { hash?: string })
    : null;
  if (cached?.hash !== hash) {
    const t0 = performance.now();
    const positions = computeLayout(model);
    layoutMs = performance.now() - t0;
    writeFileSync(graphFile, JSON.stringify({ hash, ...referenceGraph(prepared, positions) }));
  }

  const linkById = new Map(model.links.map((l) => [l.id, l]));
  const visible = new Set<string>();
  for (const i of shownAgreementsAt(prepared, prepared.endDay, NO_FILTER))
    for (const id of model.linksByAgreement[i]!) {
      const link = linkById.get(id)!;
      visible.add(link.source).add(link.target);
    }

  return {
    scale,
    appPath: scale === "bundled" ? "/" : `/?data=${BENCH_DATA_URL}${scale}.json`,
    referencePath: `/reference/?graph=${BENCH_DATA_URL}${scale}.graph.json`,
    countries: prepared.dataset.countries.length,
    agreements: prepared.dataset.agreements.length,
    graphNodes: model.nodes.length,
    graphLinks: model.links.length,
    expectedVisibleNodes: visible.size,
    layoutMs,
  };
}
