import { useState, type ReactNode } from "react";
import { downloadBlob, downloadText } from "../../components/download";
import { pngFileName } from "../../data/file-names";
import type { GraphModel } from "../../data/graph-model";
import type { Positions } from "../../data/layout/layout";
import type { ViewModel } from "../../data/view-model";
import { useView } from "../../state/store";
import { canvasToPngBlob, renderGraphImage } from "./export-png";
import type { GraphStyle } from "./graph-style";

/**
 * "Download PNG" and "Download SVG" of the whole graph on the current date and filters, framed and
 * sourced; the SVG (vectors and text, for print) loads its writer on first use.
 */
export function DownloadPngButton(props: {
  model: GraphModel;
  positions: Positions;
  vm: ViewModel;
  style: GraphStyle;
  /** More export buttons to list with these (Download slide). */
  children?: ReactNode;
}) {
  const focus = useView("focus");
  const kinds = useView("kinds");
  const [error, setError] = useState<string | null>(null);
  const onClick = async (format: "png" | "svg") => {
    try {
      setError(null);
      const names = focus.map((id) => props.vm.prepared.countryById.get(id)?.name ?? id);
      const png = pngFileName({
        dayIso: props.vm.dayIso,
        compareFromIso: props.vm.comparison
          ? new Date(props.vm.comparison.fromDay * 86_400_000).toISOString().slice(0, 10)
          : null,
        kinds,
        depth: props.vm.filter.minDepth,
      });
      if (format === "png") downloadBlob(png, await canvasToPngBlob(renderGraphImage(props, names)));
      else {
        const { renderGraphSvg } = await import("./export-svg");
        downloadText(png.replace(/\.png$/, ".svg"), renderGraphSvg(props, names), "image/svg+xml");
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="alliance-graph-export">
      <button type="button" onClick={() => void onClick("png")}>
        Download PNG
      </button>
      <button type="button" onClick={() => void onClick("svg")}>
        Download SVG
      </button>
      {props.children}
      {error && <p role="alert">Export failed: {error}</p>}
    </div>
  );
}
