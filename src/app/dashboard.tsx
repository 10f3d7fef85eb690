import { useEffect, useMemo } from "react";
import { formatDate } from "../data/dates";
import type { LoadedDataset } from "../data/load-dataset";
import { prepareDataset } from "../data/prepare";
import { Notices } from "../components/notices";
import { AgreementPanel } from "../features/agreement-panel/agreement-panel";
import { CompareControl } from "../features/compare/compare-control";
import { CompareSummary } from "../features/compare/compare-summary";
import { CountryPanel } from "../features/country-panel/country-panel";
import { DataSourceBar } from "../features/data-source/data-source-bar";
import { OpenDatasetButton } from "../features/data-source/open-dataset-button";
import { ExportDataButtons } from "../features/export-data/export-data-buttons";
import { FiltersPanel } from "../features/filters/filters-panel";
import { CopyLinkButton } from "../features/share/copy-link-button";
import { Timeline } from "../features/timeline/timeline";
import { reconcileView } from "../state/reconcile";
import { useViewStore } from "../state/store";
import { useUrlSync } from "../state/use-url-sync";
import { StatusLine } from "./status-line";
import { ViewTabs } from "./view-tabs";
import { useViewModel } from "./use-view-model";

export function Dashboard({ loaded }: { loaded: LoadedDataset }) {
  const { dataset } = loaded;
  const prepared = useMemo(() => prepareDataset(dataset), [dataset]);
  useUrlSync();
  useEffect(() => {
    const store = useViewStore.getState();
    const { patch, notices } = reconcileView(store.view, prepared);
    if (Object.keys(patch).length) store.update(patch, "replace");
    if (notices.length) store.addNotices(notices);
  }, [prepared]);
  const vm = useViewModel(prepared);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand" aria-hidden="true">
          Lattice
        </div>
        <div className="title-block">
          <h1>{dataset.title}</h1>
          <p className="coverage">
            {formatDate(dataset.timeline.start)} – {formatDate(dataset.timeline.end)} ·{" "}
            {dataset.agreements.length} agreements · {dataset.countries.length} countries ·{" "}
            {dataset.events.length} events
          </p>
        </div>
        <div className="header-actions">
          {/* MOUNT: header actions (present, share, export, open dataset) */}
          <CompareControl vm={vm} />
          <CopyLinkButton loaded={loaded} />
          <ExportDataButtons vm={vm} loaded={loaded} />
          <OpenDatasetButton />
        </div>
      </header>
      <Notices />
      <DataSourceBar loaded={loaded} />
      <CompareSummary vm={vm} />
      <main className="workspace">
        <FiltersPanel vm={vm} />
        <section className="center" aria-label="Views">
          <StatusLine vm={vm} />
          <ViewTabs vm={vm} />
        </section>
        {/* MOUNT: side panels (country, agreement). The graph and insights mount in view-tabs.tsx. */}
        <div className="side-panels">
          <CountryPanel vm={vm} />
          <AgreementPanel vm={vm} />
        </div>
      </main>
      <Timeline vm={vm} />
    </div>
  );
}
