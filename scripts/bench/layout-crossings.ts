/**
 * `npx tsx scripts/bench/layout-crossings.ts`: how readable the bundled graph's layout is where it is
 * densest, on the dates a user sees. For each date, the links drawn then (every agreement counted on
 * that day, signature basis, all kinds: the app's default view) are taken as straight segments, one
 * per pair of nodes with at least one such link (parallel links fan out as curves around that segment
 * and share its ends, so they do not cross each other). Figures:
 * - crossings: pairs of drawn segments that cross, ends shared excluded;
 * - core crossings: the same among segments with both ends in the core (coreNodes below);
 * - core link length: mean length (px, layout units) of the core's segments, and that ÷ the median
 *   length of all drawn segments (the picture is fitted to the canvas, so only the ratio is seen);
 * - core share: the extent of the core's nodes ÷ that of all nodes with a drawn link, on the axis
 *   where it is smaller: how much of the picture the core gets once what is shown is fitted.
 * Straight segments are an approximation: a curve of curvature c bulges c × its length off the line
 * (0.09 for a pair of two agreements), which moves few crossings.
 */
import { readFileSync } from "node:fs";
import { isCounted, statusAt } from "../../src/data/active.ts";
import { isoToDayNumber } from "../../src/data/dates.ts";
import { buildGraphModel, type GraphModel } from "../../src/data/graph-model.ts";
import { computeLayout, type Positions } from "../../src/data/layout/layout.ts";
import { prepareDataset, type PreparedDataset } from "../../src/data/prepare.ts";
import { validateDatasetText } from "../../src/data/validate.ts";

/** The Quad: the dataset's densest members (JPN, USA, AUS, IND have the most links). */
export const QUAD = ["USA", "JPN", "AUS", "IND"];
/** How many of the Quad's partners (countries or hubs) join it in the core. */
export const CORE_PARTNERS = 8;
/** The dates figures are quoted at: the timeline's end and three before it. */
export const QUOTED_DATES = ["2010-01-01", "2015-01-01", "2020-01-01", "2023-12-31"];

/**
 * The core: the Quad and its CORE_PARTNERS densest partners, by number of links to Quad members over
 * the whole timeline (ties by id). On the bundled dataset: the QUAD hub, PHL, VNM, FRA, GBR, IDN,
 * SGP, KOR.
 */
export function coreNodes(model: GraphModel): Set<string> {
  const quad = new Set(QUAD);
  const ties = new Map<string, number>();
  for (const { source, target } of model.links) {
    if (quad.has(source) && !quad.has(target)) ties.set(target, (ties.get(target) ?? 0) + 1);
    if (quad.has(target) && !quad.has(source)) ties.set(source, (ties.get(source) ?? 0) + 1);
  }
  const partners = [...ties]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, CORE_PARTNERS)
    .map(([id]) => id);
  return new Set([...QUAD.filter((id) => model.nodes.some((n) => n.id === id)), ...partners]);
}

/** The pairs of nodes joined by at least one link drawn on `day` ("a|b", a < b), in link order. */
export function drawnPairs(p: PreparedDataset, model: GraphModel, day: number): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const link of model.links) {
    if (!isCounted(statusAt(p, link.agreementIndex, day), "signed")) continue;
    const [a, b] = link.source < link.target ? [link.source, link.target] : [link.target, link.source];
    pairs.set(`${a}|${b}`, [a, b]);
  }
  return [...pairs.values()];
}

interface Point {
  x: number;
  y: number;
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** True when segments pq and rs cross at a point inside both (touching or collinear: no). */
export function segmentsCross(p: Point, q: Point, r: Point, s: Point): boolean {
  const d1 = cross(p, q, r);
  const d2 = cross(p, q, s);
  const d3 = cross(r, s, p);
  const d4 = cross(r, s, q);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Pairs of segments that cross, segments sharing an end excluded. */
export function countCrossings(pairs: [string, string][], positions: Positions): number {
  let count = 0;
  for (let i = 0; i < pairs.length; i++) {
    const [a, b] = pairs[i]!;
    for (let j = i + 1; j < pairs.length; j++) {
      const [c, d] = pairs[j]!;
      if (a === c || a === d || b === c || b === d) continue;
      if (segmentsCross(positions[a]!, positions[b]!, positions[c]!, positions[d]!)) count++;
    }
  }
  return count;
}

export interface CrossingFigures {
  date: string;
  links: number;
  crossings: number;
  coreLinks: number;
  coreCrossings: number;
  /** Mean length of the core's drawn segments (layout px). */
  coreLength: number;
  /** coreLength ÷ the median length of all drawn segments. */
  coreLengthRatio: number;
  /** The core's width ÷ all nodes' width, or the same of heights, whichever is smaller. */
  coreShare: number;
}

const length = ([a, b]: [string, string], positions: Positions) =>
  Math.hypot(positions[a]!.x - positions[b]!.x, positions[a]!.y - positions[b]!.y);

export function crossingFigures(
  p: PreparedDataset,
  model: GraphModel,
  positions: Positions,
  date: string,
): CrossingFigures {
  const core = coreNodes(model);
  const pairs = drawnPairs(p, model, isoToDayNumber(date));
  const corePairs = pairs.filter(([a, b]) => core.has(a) && core.has(b));
  const lengths = pairs.map((pair) => length(pair, positions)).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const coreLength =
    corePairs.reduce((sum, pair) => sum + length(pair, positions), 0) / (corePairs.length || 1);
  const extent = (ids: string[], axis: "x" | "y") => {
    const values = ids.map((id) => positions[id]![axis]);
    return Math.max(...values) - Math.min(...values);
  };
  const shown = [...new Set(pairs.flat())];
  const shownCore = shown.filter((id) => core.has(id));
  const coreShare = Math.min(
    extent(shownCore, "x") / extent(shown, "x"),
    extent(shownCore, "y") / extent(shown, "y"),
  );
  return {
    date,
    links: pairs.length,
    crossings: countCrossings(pairs, positions),
    coreLinks: corePairs.length,
    coreCrossings: countCrossings(corePairs, positions),
    coreLength,
    coreLengthRatio: median > 0 ? coreLength / median : 0,
    coreShare,
  };
}

export const BUNDLED_DATASET_FILE = "public/data/indo-pacific.json";

export function bundledGraph(): { prepared: PreparedDataset; model: GraphModel } {
  const result = validateDatasetText(readFileSync(BUNDLED_DATASET_FILE, "utf8"));
  if (!result.ok) throw new Error(`${BUNDLED_DATASET_FILE} is invalid`);
  const prepared = prepareDataset(result.dataset);
  return { prepared, model: buildGraphModel(prepared) };
}

export function formatFigures(f: CrossingFigures): string {
  return (
    `${f.date}: ${f.links} drawn pairs, ${f.crossings} crossings; core ${f.coreLinks} pairs, ` +
    `${f.coreCrossings} crossings, mean length ${f.coreLength.toFixed(0)} px ` +
    `(${f.coreLengthRatio.toFixed(2)} × the median link), core share ${f.coreShare.toFixed(2)}`
  );
}

/** `--positions file.json`: figures of a layout file (bundled-layout.json's format) instead. */
function main(argv: string[]) {
  const { prepared, model } = bundledGraph();
  const at = argv.indexOf("--positions");
  const positions: Positions =
    at >= 0
      ? (JSON.parse(readFileSync(argv[at + 1]!, "utf8")) as { positions: Positions }).positions
      : computeLayout(model);
  console.log(`bundled: ${model.nodes.length} nodes; core: ${[...coreNodes(model)].join(", ")}`);
  for (const date of QUOTED_DATES)
    console.log(`  ${formatFigures(crossingFigures(prepared, model, positions, date))}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
