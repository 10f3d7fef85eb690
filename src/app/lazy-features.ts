/**
 * Features that the first paint of the page shell does not need, split out of the initial bundle
 * (budget: 150 KB gzip, docs/performance.md). The graph is requested as soon as the app starts, in
 * parallel with the dataset, so splitting it costs the first graph paint nothing measurable.
 */
import { createElement, lazy, type ComponentType } from "react";
import type { AllianceGraphProps } from "../features/graph/alliance-graph";

let loadedGraph: ComponentType<AllianceGraphProps> | null = null;
const graphModule = () =>
  import("../features/graph/alliance-graph").then((m) => {
    loadedGraph = m.AllianceGraph;
    return m;
  });
const LazyGraph = lazy(() => graphModule().then((m) => ({ default: m.AllianceGraph })));

/**
 * The graph. Once its preloaded chunk is in (the usual case by the time the dataset is), it renders
 * directly: going through `lazy` would suspend for a tick, and React holds back revealing a suspended
 * boundary for up to 300 ms, which sat idle on the critical path of the first graph paint
 * (bundled first paint 1,018 → 875 ms when measured; docs/performance.md).
 */
export function AllianceGraph(props: AllianceGraphProps) {
  return createElement(loadedGraph ?? LazyGraph, props);
}

export const CountryPanel = lazy(() =>
  import("../features/country-panel/country-panel").then((m) => ({ default: m.CountryPanel })),
);

export const AgreementPanel = lazy(() =>
  import("../features/agreement-panel/agreement-panel").then((m) => ({ default: m.AgreementPanel })),
);

/** Starts downloading the graph code now; called once at start-up. */
export function preloadGraph(): void {
  void graphModule();
}
