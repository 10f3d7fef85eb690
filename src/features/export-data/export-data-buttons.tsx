import type { LoadedDataset } from "../../data/load-dataset";
import { dayNumberToIso } from "../../data/dates";
import type { ViewModel } from "../../data/view-model";
import { useView } from "../../state/store";
import { downloadText } from "../../components/download";
import { csvFileName, datasetFileName, fileSlug } from "../../data/file-names";
import { DownloadMenu } from "./download-menu";

const CSV_TYPE = "text/csv;charset=utf-8";

/**
 * The Download menu. "Download CSV": the agreements in view, one row each, ready for Excel, R or
 * pandas (and for "Open dataset…" again); "Download events CSV": the timeline's events; "Download
 * JSON": the whole dataset as loaded, in the Lattice format (a CSV import comes out as JSON).
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
    const { agreementsCsv } = await import("../../data/agreements-csv");
    const { CSV_BOM } = await import("../../data/csv-cells");
    downloadText(csvFileName(view), CSV_BOM + agreementsCsv(vm), CSV_TYPE);
  };
  const onEventsCsv = async () => {
    const { eventsCsv } = await import("../../data/agreements-csv");
    const { CSV_BOM } = await import("../../data/csv-cells");
    const name = `lattice-events-${fileSlug(loaded.dataset.title)}.csv`;
    downloadText(name, CSV_BOM + eventsCsv(vm.prepared), CSV_TYPE);
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
    </DownloadMenu>
  );
}
