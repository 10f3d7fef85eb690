/**
 * The benchmark's reference page: only React and react-force-graph-2d drawing the same graph, with
 * the same positions, as the app (the data comes from scripts/bench/reference-graph.ts, loaded from
 * `?graph=`). No store, no view model, no panels: it is the floor of what this stack costs, and
 * `npm run bench` reports Lattice ÷ reference for first paint and frame time.
 *
 * The graph is drawn the library's way (circles and curved links through its accessors, no labels,
 * no custom painting) as a competent user of it would at each scale: visibility computed once per
 * date from typed arrays, and Lattice's level of detail for dense graphs (above 2,000 drawn links:
 * 1 px links, not hoverable). Without that level of detail the page measured the library's costly
 * wide strokes and link picking canvas, not the stack: docs/performance.md, Method, "Reference page".
 *
 * It marks `reference:first-graph-paint` after the first frame drawn with every node in place, and
 * exposes `window.__referenceBench.play(ms)`, which sweeps the date from start to end over `ms`
 * (a date per animation frame, as the app's playback does) and resolves with the frame timestamps.
 * A bare slider (role "slider", named "Timeline", the app's keys) changes the date, so the
 * benchmark scrubs it exactly as it scrubs the app: that gives the floor of "input → frame".
 *
 * The same script also draws the floor page (floor-page.ts): there it finds the app's empty graph
 * box, #floor-graph, in a static copy of the app's page, and draws the graph in it at its size.
 */
import { StrictMode, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { createRoot } from "react-dom/client";
import ForceGraph2D, { type ForceGraphMethods } from "react-force-graph-2d";
import type { ReferenceGraph, ReferenceLink, ReferenceNode } from "../reference-graph";

interface Node extends ReferenceNode {
  idx: number;
  fx: number;
  fy: number;
}
interface Link extends ReferenceLink {
  idx: number;
}

declare global {
  interface Window {
    __referenceBench?: { play(ms: number): Promise<number[]>; nodeCount(): number };
  }
}

const MARK = "reference:first-graph-paint";

/** Per link, what a date's visibility is computed from: typed arrays, made once per graph. */
function linkIntervals(graph: ReferenceGraph) {
  const nodeIndex = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const n = graph.links.length;
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  const source = new Int32Array(n);
  const target = new Int32Array(n);
  graph.links.forEach((l, i) => {
    from[i] = l.from;
    to[i] = l.to ?? Infinity;
    source[i] = nodeIndex.get(l.source)!;
    target[i] = nodeIndex.get(l.target)!;
  });
  return { from, to, source, target, nodeCount: graph.nodes.length };
}
type Intervals = ReturnType<typeof linkIntervals>;

/** Which links and nodes are drawn on `day`, once per date (never per accessor call or frame). */
function visibility(t: Intervals, day: number) {
  const links = new Uint8Array(t.from.length);
  const nodes = new Uint8Array(t.nodeCount);
  let drawn = 0;
  for (let i = 0; i < links.length; i++) {
    if (t.from[i]! <= day && day < t.to[i]!) {
      links[i] = 1;
      nodes[t.source[i]!] = 1;
      nodes[t.target[i]!] = 1;
      drawn++;
    }
  }
  return { links, nodes, drawn };
}

/** Lattice draws ordinary links 1 px wide above this many drawn links (src/features/graph). */
const HAIRLINE_LINK_COUNT = 2000;

function ReferenceApp({ graph, width, height }: { graph: ReferenceGraph; width: number; height: number }) {
  const ref = useRef<ForceGraphMethods<Node, Link> | undefined>(undefined);
  const [day, setDay] = useState(graph.endDay);
  const fitted = useRef(false);
  const marked = useRef(false);
  const data = useMemo(
    () => ({
      nodes: graph.nodes.map((n, idx): Node => ({ ...n, idx, fx: n.x, fy: n.y })),
      links: graph.links.map((l, idx): Link => ({ ...l, idx })),
    }),
    [graph],
  );
  const intervals = useMemo(() => linkIntervals(graph), [graph]);
  const visible = useMemo(() => visibility(intervals, day), [intervals, day]);
  // Lattice's level of detail for dense graphs: 1 px links, not hoverable (README of features/graph).
  const dense = visible.drawn > HAIRLINE_LINK_COUNT;
  const changeDays = useMemo(() => {
    const days = new Set<number>();
    for (const l of graph.links)
      for (const d of [l.from, l.to]) if (d !== null && d >= graph.startDay && d <= graph.endDay) days.add(d);
    return [...days].sort((a, b) => a - b);
  }, [graph]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const clamp = (d: number) => Math.min(graph.endDay, Math.max(graph.startDay, d));
    const next = changeDays.find((d) => d > day) ?? graph.endDay;
    const target: Record<string, number> = {
      ArrowRight: next,
      PageUp: clamp(day + 365),
      Home: graph.startDay,
      End: graph.endDay,
    };
    if (e.key in target) {
      e.preventDefault();
      setDay(target[e.key]!);
    }
  };

  useEffect(() => {
    ref.current?.zoomToFit(0, 40);
    fitted.current = true;
    window.__referenceBench = {
      nodeCount: () => visibility(intervals, graph.endDay).nodes.reduce((a, b) => a + b, 0),
      play: (ms) =>
        new Promise((resolve) => {
          const frames: number[] = [];
          const t0 = performance.now();
          const tick = (now: number) => {
            frames.push(now);
            const f = Math.min(1, (now - t0) / ms);
            setDay(Math.round(graph.startDay + f * (graph.endDay - graph.startDay)));
            if (f < 1) requestAnimationFrame(tick);
            else resolve(frames);
          };
          requestAnimationFrame(tick);
        }),
    };
  }, [graph, intervals]);

  return (
    <>
      <div
        role="slider"
        aria-label="Timeline"
        tabIndex={0}
        aria-valuemin={graph.startDay}
        aria-valuemax={graph.endDay}
        aria-valuenow={day}
        aria-valuetext={new Date(day * 86_400_000).toISOString().slice(0, 10)}
        onKeyDown={onKeyDown}
        style={{ position: "fixed", left: 8, bottom: 8, font: "12px system-ui", background: "#fff" }}
      >
        {new Date(day * 86_400_000).toISOString().slice(0, 10)}
      </div>
      <ForceGraph2D<Node, Link>
        ref={ref}
        graphData={data}
        width={width}
        height={height}
        cooldownTicks={0}
        warmupTicks={0}
        enableNodeDrag={false}
        nodeRelSize={4}
        nodeVal={(n) => (n.hub ? 1 : 2)}
        nodeColor={(n) => (n.hub ? "#64748b" : "#1e3a5f")}
        nodeVisibility={(n) => visible.nodes[n.idx] === 1}
        linkVisibility={(l) => visible.links[l.idx] === 1}
        linkColor={(l) => l.color}
        linkWidth={(l) => (dense ? 1 : l.width)}
        linkCurvature={(l) => l.curvature}
        linkPointerAreaPaint={dense ? noLinkHitArea : undefined}
        onRenderFramePost={() => {
          if (fitted.current && !marked.current) {
            marked.current = true;
            performance.mark(MARK);
          }
        }}
      />
    </>
  );
}

/** Dense graphs' links are not hoverable, as in Lattice: nothing drawn on the picking canvas. */
const noLinkHitArea = () => {};

const query = new URLSearchParams(location.search);
const graph = (await (await fetch(query.get("graph") ?? "")).json()) as ReferenceGraph;
// On the floor page (scripts/bench/floor-page.ts) the app's static page surrounds an empty graph box,
// #floor-graph: the graph is drawn in it, at its size. On the reference page itself, at the size of
// the app's graph box given as `w` and `h` (the canvas's pixels are most of a frame's raster), or
// in the whole window without them.
const floorBox = document.getElementById("floor-graph");
const { width, height } = floorBox?.getBoundingClientRect() ?? {
  width: Number(query.get("w")) || innerWidth,
  height: Number(query.get("h")) || innerHeight,
};
const mount = floorBox
  ? floorBox.appendChild(document.createElement("div"))
  : document.getElementById("root")!;
createRoot(mount).render(
  <StrictMode>
    <ReferenceApp graph={graph} width={width} height={height} />
  </StrictMode>,
);
