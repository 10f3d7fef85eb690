import { formatDate } from "../data/dates";
import type { LoadedDataset } from "../data/load-dataset";
import type { ViewModel } from "../data/view-model";
import { RegionBoundary } from "../components/region-boundary";
import { ForeignBanner } from "../features/data-source/foreign-banner";
import { PresentButton } from "../features/presentation/present-button";
import { SlimLegend } from "../features/presentation/slim-legend";
import { StoryControls } from "../features/presentation/story-controls";
import { Timeline } from "../features/timeline/timeline";
import "../features/presentation/presentation.css";
import { AllianceGraph } from "./lazy-features";
import { StatusLine } from "./status-line";

/** Presentation mode: the graph fills the screen on a dark theme; only date, timeline and legend remain. */
export function PresentationLayout({ vm, loaded }: { vm: ViewModel; loaded: LoadedDataset }) {
  return (
    <div className="app present">
      <header className="present-bar">
        <h1 className="present-title">{vm.prepared.dataset.title}</h1>
        <PresentButton />
      </header>
      <ForeignBanner loaded={loaded} compact />
      <main className="present-stage">
        <p className="present-date" aria-hidden="true">
          {formatDate(vm.dayIso)}
        </p>
        <StatusLine vm={vm} />
        <div className="present-graph">
          <RegionBoundary name="graph">
            <AllianceGraph vm={vm} present />
          </RegionBoundary>
        </div>
        <StoryControls prepared={vm.prepared} />
        <SlimLegend />
      </main>
      <RegionBoundary name="timeline">
        <Timeline vm={vm} />
      </RegionBoundary>
    </div>
  );
}
