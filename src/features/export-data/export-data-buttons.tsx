import type { LoadedDataset } from "../../data/load-dataset";
import { dayNumberToIso } from "../../data/dates";
import type { ViewModel } from "../../data/view-model";
import { useView } from "../../state/store";
import { downloadText } from "../../components/download";
import { csvFileName, datasetFileName } from "../../data/file-names";

/**
 * "Download CSV": the agreements in view, as the table shows them. "Download JSON": the whole
 * dataset as loaded (after validation), in the Lattice format — a CSV import comes out as JSON.
 */
export function ExportDataButtons({ vm, loaded }: { vm: ViewModel; loaded: LoadedDataset }) {
  const kinds = useView("kinds");
  const depth = useView("depth");
  const onCsv = async () => {
    // papaparse is loaded on first use, not with the app.
    const { CSV_BOM, tableCsv } = await import("./table-csv");
    const name = csvFileName({
      dayIso: vm.dayIso,
      compareFromIso: vm.comparison ? dayNumberToIso(vm.comparison.fromDay) : null,
      kinds,
      depth,
    });
    downloadText(name, CSV_BOM + tableCsv(vm), "text/csv;charset=utf-8");
  };
  const onJson = () =>
    downloadText(
      datasetFileName(loaded.dataset.title),
      `${JSON.stringify(loaded.dataset, null, 2)}\n`,
      "application/json",
    );
  return (
    <>
      <button
        type="button"
        onClick={() => void onCsv()}
        title={`The ${vm.shown.length} agreements in view, as in the table`}
      >
        Download CSV
      </button>
      <button type="button" onClick={onJson} title="The whole dataset, in the Lattice JSON format">
        Download JSON
      </button>
    </>
  );
}
