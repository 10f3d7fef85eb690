import { useState } from "react";
import type { LoadedDataset } from "../../data/load-dataset";
import { dayNumberToIso } from "../../data/dates";
import type { ViewModel } from "../../data/view-model";
import { serializeQuery } from "../../state/url-codec";
import { useView, useViewStore } from "../../state/store";
import { downloadText } from "../../components/download";
import { csvFileName, datasetFileName, fileSlug, viewFileStem } from "../../data/file-names";
import { DownloadMenu } from "./download-menu";
import type { MultilateralMode } from "./network-graph";

const CSV_TYPE = "text/csv;charset=utf-8";

/**
 * The Download menu. "Download CSV": the agreements in view, one row each, ready for Excel, R or
 * pandas (and for "Open dataset…" again); "Download events CSV": the timeline's events; "Download
 * JSON": the whole dataset as loaded, in the Lattice format (a CSV import comes out as JSON);
 * "Download GEXF" (Gephi, whole timeline, dynamic) and "Download GraphML" (NetworkX, igraph: the view
 * as it is), with multilateral agreements as hubs or cliques. The writers load on first use.
 */
export function ExportDataButtons({ vm, loaded }: { vm: ViewModel; loaded: LoadedDataset }) {
  const kinds = useView("kinds");
  const depth = useView("depth");
  const view = {
    dayIso: vm.dayIso,
    compareFromIso: vm.comparison ? dayNumberToIso(vm.comparison.fromDay) : null,
    kinds,
    depth,
  };
  const onCsv = async () => {
    const { agreementsCsv } = await import("./agreements-csv");
    const { CSV_BOM } = await import("../../data/csv-cells");
    downloadText(csvFileName(view), CSV_BOM + agreementsCsv(vm), CSV_TYPE);
  };
  const onEventsCsv = async () => {
    const { eventsCsv } = await import("./agreements-csv");
    const { CSV_BOM } = await import("../../data/csv-cells");
    const name = `lattice-events-${fileSlug(loaded.dataset.title)}.csv`;
    downloadText(name, CSV_BOM + eventsCsv(vm.prepared), CSV_TYPE);
  };
  const [mode, setMode] = useState<MultilateralMode>("hub");
  const networkSource = () => ({
    title: loaded.dataset.title,
    version: loaded.dataset.version,
    url: `${window.location.origin}${window.location.pathname}${serializeQuery(useViewStore.getState().view)}`,
  });
  const onGexf = async () => {
    const { networkGexf } = await import("./network-files");
    const name = `lattice-network-${fileSlug(loaded.dataset.title)}-${mode}.gexf`;
    downloadText(name, networkGexf(vm.prepared, vm.filter, mode, networkSource()), "application/gexf+xml");
  };
  const onGraphml = async () => {
    const { networkGraphml } = await import("./network-files");
    const name = `${viewFileStem(view)}-${mode}.graphml`;
    downloadText(name, networkGraphml(vm, mode, networkSource()), "application/graphml+xml");
  };
  const onJson = () =>
    downloadText(
      datasetFileName(loaded.dataset.title),
      `${JSON.stringify(loaded.dataset, null, 2)}\n`,
      "application/json",
    );
  return (
    <DownloadMenu>
      <button
        type="button"
        onClick={() => void onCsv()}
        title={`The ${vm.shown.length} agreements in view, one row each, with ids, ISO codes and ISO dates`}
      >
        Download CSV
      </button>
      <button
        type="button"
        onClick={() => void onEventsCsv()}
        title={`The dataset's ${vm.prepared.dataset.events.length} events, one row each`}
      >
        Download events CSV
      </button>
      <button type="button" onClick={onJson} title="The whole dataset, in the Lattice JSON format">
        Download JSON
      </button>
      <fieldset>
        <legend>Networks: agreements of 3+ parties as</legend>
        <label>
          <input type="radio" name="multilateral" checked={mode === "hub"} onChange={() => setMode("hub")} />{" "}
          hub nodes
        </label>{" "}
        <label>
          <input
            type="radio"
            name="multilateral"
            checked={mode === "clique"}
            onChange={() => setMode("clique")}
          />{" "}
          cliques
        </label>
      </fieldset>
      <button
        type="button"
        onClick={() => void onGexf()}
        title="For Gephi: every agreement under the current filters over the whole timeline, with spells for its timeline"
      >
        Download GEXF
      </button>
      <button
        type="button"
        onClick={() => void onGraphml()}
        title="For NetworkX or igraph: the network on the current date under the current filters"
      >
        Download GraphML
      </button>
    </DownloadMenu>
  );
}
