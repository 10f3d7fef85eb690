/**
 * Features that the first paint of the page shell does not need, split out of the initial bundle
 * (budget: 150 KB gzip, docs/performance.md). The graph is requested as soon as the app starts, in
 * parallel with the dataset, so splitting it costs the first graph paint nothing measurable.
 */
import { lazy } from "react";

const graphModule = () => import("../features/graph/alliance-graph");

export const AllianceGraph = lazy(() => graphModule().then((m) => ({ default: m.AllianceGraph })));

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
