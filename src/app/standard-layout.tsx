import { useMemo } from "react";
import { formatDate } from "../data/dates";
import type { LoadedDataset } from "../data/load-dataset";
import type { LayoutProps } from "./layout-props";
import type { ViewModel } from "../data/view-model";
import { Notices } from "../components/notices";
import { RegionBoundary } from "../components/region-boundary";
import { CompareControl } from "../features/compare/compare-control";
import { CompareSummary } from "../features/compare/compare-summary";
import { WhatChangedPanel } from "../features/compare/what-changed-panel";
import { DataSourceBar } from "../features/data-source/data-source-bar";
import { OpenDatasetButton } from "../features/data-source/open-dataset-button";
import { ExportDataButtons } from "../features/export-data/export-data-buttons";
import { FiltersPanel } from "../features/filters/filters-panel";
import { KeyboardHelp } from "../features/help/keyboard-help";
import { PresentButton } from "../features/presentation/present-button";
import { StoryControls } from "../features/presentation/story-controls";
import { CiteButton } from "../features/share/cite-button";
import { CopyLinkButton } from "../features/share/copy-link-button";
import { Timeline } from "../features/timeline/timeline";
import { useView } from "../state/store";
import { useCompact } from "../components/use-media-query";
import { FiltersDrawer } from "./filters-drawer";
import { HeaderMenu } from "./header-menu";
import { AgreementPanel, CountryPanel, PairPanel } from "./lazy-features";
import { StatusLine } from "./status-line";
import { ViewTabs } from "./view-tabs";
import { Isolated } from "../components/isolated-text";

/**
 * The analyst's layout: header actions, filters, views (graph/table/insights), panels, timeline.
 * `vm` feeds the parts that show the date; `steady` the rest (use-view-model.ts). The steady parts
 * are built as memoised elements, so a frame of play does not re-render them at all.
 */
export function StandardLayout({ vm, steady, loaded }: LayoutProps) {
  const panelKey = `${vm.prepared.dataset.title}`;
  // Only a selection renders a panel: nothing of theirs is on the first paint's path.
  const countryOpen = useView("country") !== null;
  const agreementOpen = useView("agreement") !== null;
  const pairOpen = useView("pair") !== null;
  // Phones and tablets: the filters in a drawer, the actions in a menu, the panels as a sheet (CSS).
  const compact = useCompact();
  const filters = useMemo(
    () => (
      <RegionBoundary name="filters" resetKey={panelKey}>
        <FiltersPanel vm={steady} />
      </RegionBoundary>
    ),
    [steady, panelKey],
  );
  const top = useMemo(() => <Top vm={steady} loaded={loaded} />, [steady, loaded]);
  const panels = useMemo(
    () => (
      <div className="side-panels">
        <RegionBoundary name="country panel" resetKey={panelKey}>
          {countryOpen && <CountryPanel vm={steady} />}
        </RegionBoundary>
        {/* Later panels lie on top: an agreement opened from the pair view covers it until closed. */}
        <RegionBoundary name="pair panel" resetKey={panelKey}>
          {pairOpen && <PairPanel vm={steady} />}
        </RegionBoundary>
        <RegionBoundary name="agreement panel" resetKey={panelKey}>
          {agreementOpen && <AgreementPanel vm={steady} />}
        </RegionBoundary>
      </div>
    ),
    [steady, panelKey, countryOpen, pairOpen, agreementOpen],
  );
  const story = useMemo(() => <StoryControls prepared={vm.prepared} />, [vm.prepared]);
  return (
    <div className="app">
      {top}
      <main className="workspace">
        {!compact && filters}
        <section className="center" aria-label="Views">
          <div className="center-bar">
            {compact && <FiltersDrawer>{filters}</FiltersDrawer>}
            <StatusLine vm={vm} />
            {story}
          </div>
          <ViewTabs vm={vm} steady={steady} />
        </section>
        {panels}
      </main>
      <RegionBoundary name="timeline" resetKey={panelKey}>
        <Timeline vm={vm} />
      </RegionBoundary>
    </div>
  );
}

/** The header, the notices and the bars under it. */
function Top({ vm, loaded }: { vm: ViewModel; loaded: LoadedDataset }) {
  const { dataset } = loaded;
  return (
    <>
      <header className="app-header">
        <div className="brand" aria-hidden="true">
          Lattice
        </div>
        <div className="title-block">
          <h1>
            <Isolated text={dataset.title} />
          </h1>
          <p className="coverage">
            {formatDate(dataset.timeline.start)} – {formatDate(dataset.timeline.end)} ·{" "}
            {dataset.agreements.length} agreements · {dataset.countries.length} countries ·{" "}
            {dataset.events.length} events
          </p>
        </div>
        <HeaderMenu>
          <PresentButton />
          <CompareControl vm={vm} />
          <CopyLinkButton loaded={loaded} />
          <CiteButton vm={vm} loaded={loaded} />
          <ExportDataButtons vm={vm} loaded={loaded} />
          <OpenDatasetButton />
        </HeaderMenu>
        <KeyboardHelp />
      </header>
      <Notices />
      <DataSourceBar loaded={loaded} />
      <CompareSummary vm={vm} />
      <WhatChangedPanel vm={vm} />
    </>
  );
}
