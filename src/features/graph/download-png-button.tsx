import { useState } from "react";
import { downloadBlob } from "../../components/download";
import { pngFileName } from "../../data/file-names";
import type { GraphModel } from "../../data/graph-model";
import type { Positions } from "../../data/layout";
import type { ViewModel } from "../../data/view-model";
import { useView } from "../../state/store";
import { canvasToPngBlob, renderGraphImage } from "./export-png";
import type { GraphStyle } from "./graph-style";

/** "Download PNG" of the whole graph on the current date and filters, framed and sourced. */
export function DownloadPngButton(props: {
  model: GraphModel;
  positions: Positions;
  vm: ViewModel;
  style: GraphStyle;
}) {
  const focus = useView("focus");
  const kinds = useView("kinds");
  const [error, setError] = useState<string | null>(null);
  const onClick = async () => {
    try {
      setError(null);
      const names = focus.map((id) => props.vm.prepared.countryById.get(id)?.name ?? id);
      const blob = await canvasToPngBlob(renderGraphImage(props, names));
      const name = pngFileName({
        dayIso: props.vm.dayIso,
        compareFromIso: props.vm.comparison
          ? new Date(props.vm.comparison.fromDay * 86_400_000).toISOString().slice(0, 10)
          : null,
        kinds,
        depth: props.vm.filter.minDepth,
      });
      downloadBlob(name, blob);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="alliance-graph-export">
      <button type="button" onClick={() => void onClick()}>
        Download PNG
      </button>
      {error && <p role="alert">PNG export failed: {error}</p>}
    </div>
  );
}
