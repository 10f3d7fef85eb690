import { useMemo, useRef } from "react";
import { formatDate } from "../data/dates";
import type { LayoutProps } from "./layout-props";
import { findStory } from "../data/story";
import { RegionBoundary } from "../components/region-boundary";
import { useElementSize } from "../components/use-element-size";
import { useMediaQuery } from "../components/use-media-query";
import { ForeignBanner } from "../features/data-source/foreign-banner";
import { GraphLegend } from "../features/graph/graph-legend";
import { graphTheme } from "../features/graph/graph-theme";
import { hasQuad } from "../features/graph/node-colors";
import { Blackout } from "../features/presentation/blackout";
import { PresentButton } from "../features/presentation/present-button";
import { SlimLegend } from "../features/presentation/slim-legend";
import { StoryControls } from "../features/presentation/story-controls";
import { ThemeSwitch } from "../features/presentation/theme-switch";
import { Timeline } from "../features/timeline/timeline";
import { useView } from "../state/store";
import "../features/presentation/presentation.css";
import { AllianceGraph, PairPanel } from "./lazy-features";
import { StatusLine } from "./status-line";
import { Isolated } from "../components/isolated-text";

/** Gap between an overlay and the fitted network, in CSS px. */
const CLEARANCE = 16;
/** Room between the pair panel and the column left of it (matches presentation.css). */
const PAIR_GAP = 12;
/** Screens narrower than this stack the overlays above and below the network (presentation.css). */
const PHONE_QUERY = "(max-width: 640px)";

/**
 * Presentation mode: the graph fills the stage; a story's caption sits in its own band on the left,
 * the date and the legends in a column on the right, the zoom controls under that column, and the
 * network is fitted into what is left between them, so nothing covers it. On a phone the column
 * is a strip above the network and the caption a band below it. The pair panel follows `steady`
 * (use-view-model.ts); the rest shows the date.
 */
export function PresentationLayout({ vm, steady, loaded }: LayoutProps) {
  const storyId = useView("story");
  const light = useView("theme") === "light";
  const story = findStory(vm.prepared.dataset, storyId);
  const stage = useRef<HTMLElement>(null);
  const band = useRef<HTMLDivElement>(null);
  const side = useRef<HTMLElement>(null);
  const stageSize = useElementSize(stage);
  const bandSize = useElementSize(band);
  const sideSize = useElementSize(side);
  const pairOpen = useView("pair") !== null;
  // Phones: the column is a strip across the top and the band lies across the foot (CSS), so
  // their heights matter; elsewhere they run the full height of the stage and their widths do.
  const phone = useMediaQuery(PHONE_QUERY);
  const storyBand = story ? bandSize : null;
  const left = !phone && storyBand ? Math.round(storyBand.width + CLEARANCE * 2) : 0;
  const bottom = phone && storyBand ? Math.round(storyBand.height + CLEARANCE) : 0;
  const top = phone && sideSize ? Math.round(sideSize.height + CLEARANCE) : 0;
  // An open pair panel takes the right edge; the date-and-legend column moves to its left (CSS).
  const pairWidth = pairOpen && stageSize ? Math.min(420, stageSize.width * 0.92) + PAIR_GAP : 0;
  const right = !phone && sideSize ? Math.round(sideSize.width + CLEARANCE * 2 + pairWidth) : 0;
  const insets = useMemo(() => ({ top, right, bottom, left }), [top, right, bottom, left]);
  return (
    <div className={light ? "app present theme-light" : "app present"}>
      <header className="present-bar">
        <h1 className="present-title">
          <Isolated text={vm.prepared.dataset.title} />
        </h1>
        <div className="present-actions">
          {!story && <StoryControls prepared={vm.prepared} />}
          <ThemeSwitch />
          <PresentButton />
        </div>
      </header>
      <ForeignBanner loaded={loaded} compact />
      <main className={pairOpen ? "present-stage with-pair" : "present-stage"} ref={stage}>
        <div className="present-graph">
          <RegionBoundary name="graph">
            {stageSize && <AllianceGraph vm={vm} present legend={false} insets={insets} />}
          </RegionBoundary>
        </div>
        {story && (
          <div className="present-band" ref={band}>
            <StoryControls prepared={vm.prepared} />
          </div>
        )}
        <aside className="present-side" ref={side} aria-label="Date and legend">
          <p className="present-date">{formatDate(vm.dayIso)}</p>
          <StatusLine vm={vm} />
          <GraphLegend
            quad={hasQuad(vm.prepared.dataset)}
            comparison={vm.comparison}
            theme={graphTheme(true, light)}
          />
          <SlimLegend countryName={(id) => vm.prepared.countryById.get(id)?.name ?? id} />
        </aside>
        {pairOpen && (
          <div className="present-pair">
            <RegionBoundary name="pair panel">
              <PairPanel vm={steady} />
            </RegionBoundary>
          </div>
        )}
      </main>
      <RegionBoundary name="timeline">
        <Timeline vm={vm} />
      </RegionBoundary>
      <Blackout />
    </div>
  );
}
