/**
 * The alliance graph: countries and group hubs at fixed, seeded positions, links coloured by
 * agreement kind, drawn for what is in effect on the chosen date. The only importer of the graph
 * library (through graph-canvas.tsx). Fills its parent; see README.md for the visual rules.
 */
import { useMemo, useRef, useState } from "react";
import { buildGraphModel, type GraphModel } from "../../data/graph-model";
import type { Positions } from "../../data/layout/layout";
import { findStory } from "../../data/story";
import type { ViewModel } from "../../data/view-model";
import { useView } from "../../state/store";
import { GraphCanvas } from "./graph-canvas";
import type { Padding } from "./fit";
import { formatCount } from "./format-count";
import { indexGraph } from "./graph-index";
import { DownloadPngButton } from "./download-png-button";
import { DownloadSlideButton } from "./download-slide-button";
import { tooLargeToDraw } from "./drawable";
import { GraphLegend } from "./graph-legend";
import { graphTheme } from "./graph-theme";
import { computeGraphStyle, type GraphSelection } from "./graph-style";
import { HAIRLINE_LINK_COUNT } from "./paint-batches";
import { hasQuad } from "./node-colors";
import { useElementSize } from "../../components/use-element-size";
import { LayoutProgress } from "./layout-progress";
import { useLayoutState } from "./use-layout";
import "./graph.css";

export interface AllianceGraphProps {
  vm: ViewModel;
  /** Layout positions. Omit to let the graph compute them itself; null while they are computing. */
  positions?: Positions | null;
  /** Presentation mode (larger labels). Defaults to the view's `present` setting. */
  present?: boolean;
  /** Pixels along each edge covered by the parent's overlays; fits keep the network clear of them. */
  insets?: Padding;
  /** False when the parent shows the node legend elsewhere (presentation mode's side column). */
  legend?: boolean;
}

/** What a story step is about: its focus, its country, and every node its agreement links. */
function storySubject(
  model: GraphModel,
  vm: ViewModel,
  focus: readonly string[],
  country: string | null,
  agreement: string | null,
): string[] {
  const ids = new Set(focus);
  if (country) ids.add(country);
  const index = agreement === null ? undefined : vm.prepared.agreementIndexById.get(agreement);
  if (index !== undefined)
    for (const linkId of model.linksByAgreement[index] ?? []) {
      const link = model.links.find((l) => l.id === linkId);
      if (link) ids.add(link.source).add(link.target);
    }
  return [...ids];
}

export function AllianceGraph({
  vm,
  positions: given,
  present: presentProp,
  insets,
  legend = true,
}: AllianceGraphProps) {
  const model = useMemo(() => buildGraphModel(vm.prepared), [vm.prepared]);
  const tooLarge = tooLargeToDraw(model.nodes.length, model.links.length);
  const layout = useLayoutState(given === undefined && !tooLarge ? model : null);
  const positions = given === undefined ? layout.positions : given;
  const presentView = useView("present");
  const present = presentProp ?? presentView;
  const light = useView("theme") === "light";
  const labelChoice = useView("labels");
  const country = useView("country");
  const agreement = useView("agreement");
  const focus = useView("focus");
  const selection = useMemo(() => ({ country, agreement, focus }), [country, agreement, focus]);
  const storyId = useView("story");
  const step = useView("step");
  const frame = useMemo(() => {
    const story = findStory(vm.prepared.dataset, storyId);
    if (!story) return null;
    // The step's own agreement, also when the step opens a country's panel instead.
    const stepAgreement = story.steps[step - 1]?.agreement ?? null;
    return storySubject(model, vm, focus, country, agreement ?? stepAgreement);
    // The subject changes with the step's choices, not with the date.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storyId, step, model, vm.prepared, focus, country, agreement]);
  // Hovering a country lights its ties and neighbours, hovering a link the pair (or its agreement),
  // as a selection would; not on graphs drawn in hairlines, where a restyle costs more than a frame.
  const [hover, setHover] = useState<GraphSelection | null>(null);
  const hoverable = model.links.length <= HAIRLINE_LINK_COUNT;
  const shownSelection = hoverable && hover ? hover : selection;
  const style = useMemo(
    () => computeGraphStyle(indexGraph(model), vm, shownSelection),
    [model, vm, shownSelection],
  );
  const boxRef = useRef<HTMLElement>(null);
  const size = useElementSize(boxRef);
  const legendRef = useRef<HTMLUListElement>(null);
  const legendSize = useElementSize(legendRef);
  // Room the fit leaves at the top for the legend (offset 7 px, then a gap).
  const topInset = legend ? Math.round((legendSize?.height ?? 20) + 18) : 4;
  const quad = hasQuad(vm.prepared.dataset);

  if (tooLarge)
    return (
      <section role="region" aria-label="Alliance graph" className="alliance-graph">
        <p className="alliance-graph-message alliance-graph-too-large" role="note">
          This dataset has {formatCount(model.nodes.length)} nodes and {formatCount(model.links.length)}{" "}
          links: too many to draw as a readable graph. The Table, Insights and the country and agreement
          panels work as usual.
        </p>
      </section>
    );

  return (
    <section
      ref={boxRef}
      role="region"
      aria-label="Alliance graph"
      className={present ? `alliance-graph present${light ? " light" : ""}` : "alliance-graph"}
    >
      {positions && size && size.width > 0 && size.height > 0 ? (
        <GraphCanvas
          model={model}
          positions={positions}
          vm={vm}
          style={style}
          size={size}
          present={present}
          light={light}
          codesOnly={labelChoice === "codes"}
          onHover={hoverable ? setHover : undefined}
          topInset={topInset}
          insets={insets}
          frame={frame}
        />
      ) : positions ? null : (
        <LayoutProgress
          nodeCount={model.nodes.length}
          progress={given === undefined ? layout.progress : null}
        />
      )}
      {positions && style.visibleNodeIds.length === 0 && (
        <p className="alliance-graph-message">
          No agreement is in effect on this date with the current filters.
        </p>
      )}
      {positions && !present && (
        <DownloadPngButton model={model} positions={positions} vm={vm} style={style}>
          <DownloadSlideButton model={model} positions={positions} vm={vm} style={style} />
        </DownloadPngButton>
      )}
      {positions && present && (
        <div className="alliance-graph-export">
          <DownloadSlideButton model={model} positions={positions} vm={vm} style={style} />
        </div>
      )}
      {legend && (
        <GraphLegend
          quad={quad}
          comparison={vm.comparison}
          theme={graphTheme(present, light)}
          ref={legendRef}
        />
      )}
    </section>
  );
}
