/**
 * Features that the first paint of the page shell does not need, split out of the initial bundle
 * (budget: 150 KB gzip, docs/performance.md). They are requested as soon as the app starts, in
 * parallel with the dataset; the side panels are rendered only once something is selected.
 */
import { createElement, lazy, type ComponentType } from "react";
import type { AgreementPanel as AgreementPanelType } from "../features/agreement-panel/agreement-panel";
import type { AllianceGraph as AllianceGraphType } from "../features/graph/alliance-graph";
import type { CountryPanel as CountryPanelType } from "../features/country-panel/country-panel";

/**
 * A lazily loaded component that, once its chunk is in, renders directly. Going through `lazy` would
 * suspend for a tick even then, and React holds back revealing a suspended boundary for up to 300 ms:
 * idle time on the critical path of the first graph paint (bundled 1,018 → 875 ms when measured), and
 * a panel that appeared (and took focus) 300 ms after the click that opened it.
 */
function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let request: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (request ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Preloadable(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  return { Component: Preloadable, preload };
}

const graph = preloadable<Parameters<typeof AllianceGraphType>[0]>(() =>
  import("../features/graph/alliance-graph").then((m) => m.AllianceGraph),
);
const countryPanel = preloadable<Parameters<typeof CountryPanelType>[0]>(() =>
  import("../features/country-panel/country-panel").then((m) => m.CountryPanel),
);
const agreementPanel = preloadable<Parameters<typeof AgreementPanelType>[0]>(() =>
  import("../features/agreement-panel/agreement-panel").then((m) => m.AgreementPanel),
);

export const AllianceGraph = graph.Component;
export const CountryPanel = countryPanel.Component;
export const AgreementPanel = agreementPanel.Component;

/**
 * Starts downloading the graph and panel code now; called once at start-up. The panels are requested
 * too (they are small) so that a click right after the first paint opens its panel at once, rather
 * than when a chunk requested later arrives, which would also move the focus then.
 */
export function preloadFeatures(): void {
  void graph.preload();
  void countryPanel.preload();
  void agreementPanel.preload();
}
