/**
 * Features that the first paint of the page shell does not need, split out of the initial bundle
 * (budget: 150 KB gzip, docs/performance.md). The graph's code is requested as soon as the app
 * starts, in parallel with the dataset, the side panels' when the page is first idle (or when one is
 * opened before that); the side panels are rendered only once something is selected.
 */
import { createElement, useSyncExternalStore, type ComponentType, type ReactNode } from "react";
import type { AgreementPanel as AgreementPanelType } from "../features/agreement-panel/agreement-panel";
import type { AllianceGraph as AllianceGraphType } from "../features/graph/alliance-graph";
import type { CountryPanel as CountryPanelType } from "../features/country-panel/country-panel";
import type { PairPanel as PairPanelType } from "../features/pair/pair-panel";

/**
 * A lazily loaded component that renders `fallback` until its chunk is in, then itself, without
 * suspending. `React.lazy` would suspend, and React holds back revealing a suspended boundary for up
 * to 300 ms after its fallback appeared: when the graph's chunk arrives after the dashboard's first
 * render, the first graph paint would wait idle for that hold (docs/performance.md, Decisions:
 * Load). A chunk that fails to load is thrown
 * during render, for the region's error boundary to report.
 */
export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
) {
  let loaded: ComponentType<P> | null = null;
  let failure: { error: unknown } | null = null;
  let request: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const settle = () => listeners.forEach((listener) => listener());
  const preload = () =>
    (request ??= load().then(
      (component) => {
        loaded = component;
        settle();
      },
      (error: unknown) => {
        failure = { error }; // reported by the render below, not as an unhandled rejection
        settle();
      },
    ));
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    void preload();
    return () => listeners.delete(listener);
  };
  const snapshot = () => loaded ?? failure;
  function Preloadable(props: P) {
    useSyncExternalStore(subscribe, snapshot, snapshot);
    if (failure) throw failure.error;
    return loaded ? createElement(loaded, props) : fallback;
  }
  return { Component: Preloadable, preload };
}

const graph = preloadable<Parameters<typeof AllianceGraphType>[0]>(
  () => import("../features/graph/alliance-graph").then((m) => m.AllianceGraph),
  createElement("p", { className: "loading-inline" }, "Loading the graph…"),
);
const countryPanel = preloadable<Parameters<typeof CountryPanelType>[0]>(() =>
  import("../features/country-panel/country-panel").then((m) => m.CountryPanel),
);
const agreementPanel = preloadable<Parameters<typeof AgreementPanelType>[0]>(() =>
  import("../features/agreement-panel/agreement-panel").then((m) => m.AgreementPanel),
);

const pairPanel = preloadable<Parameters<typeof PairPanelType>[0]>(() =>
  import("../features/pair/pair-panel").then((m) => m.PairPanel),
);

export const AllianceGraph = graph.Component;
export const PairPanel = pairPanel.Component;
export const CountryPanel = countryPanel.Component;
export const AgreementPanel = agreementPanel.Component;

/**
 * Starts downloading the graph's code now, and the panels' when the page is next idle; called once at
 * start-up. Each request adds its chunk's `<link>`s to the document (Vite's preload helper), work
 * inside the entry chunk's evaluation that the first graph paint would wait for. The panels are still
 * requested early (they are small) so that a click right after the first paint opens its panel at
 * once, rather than when a chunk requested then arrives, which would also move the focus then.
 */
export function preloadFeatures(): void {
  void graph.preload();
  const preloadPanels = () => {
    void countryPanel.preload();
    void agreementPanel.preload();
  };
  if (typeof requestIdleCallback === "function") requestIdleCallback(preloadPanels, { timeout: 1000 });
  else setTimeout(preloadPanels, 0);
}
