/**
 * "Download SVG": the same framed picture as "Download PNG" (title, date, filters, graph, legend,
 * source line), painted by the same painters onto svgcanvas's 2D context, which records each call as
 * SVG, so print gets vectors and text instead of pixels and there is no second renderer to keep in
 * step. The labels are painted on a context of their own and placed in the graph band, as the PNG
 * places its label bitmap.
 */
import { Context } from "svgcanvas";
import type { ExportOptions } from "./export-graph-band";
import { EXPORT_HEIGHT, EXPORT_SCALE, EXPORT_WIDTH, paintGraphImage } from "./export-png";

const SVG_NS = "http://www.w3.org/2000/svg";

export function renderGraphSvg(options: ExportOptions, focusNames: string[]): string {
  const width = EXPORT_WIDTH * EXPORT_SCALE;
  const height = EXPORT_HEIGHT * EXPORT_SCALE;
  const svgContext = new Context({ width, height });
  const ctx = svgContext as unknown as CanvasRenderingContext2D;
  const bands: { svg: SVGSVGElement; top: number }[] = [];
  paintGraphImage(ctx, options, focusNames, (paint, bandTop) => {
    const band = new Context({ width, height: height - bandTop * EXPORT_SCALE });
    paint(band as unknown as CanvasRenderingContext2D);
    bands.push({ svg: band.getSvg(), top: bandTop * EXPORT_SCALE });
  });
  const svg = svgContext.getSvg();
  for (const band of bands) {
    const group = document.createElementNS(SVG_NS, "g");
    group.setAttribute("class", "labels");
    group.setAttribute("transform", `translate(0 ${band.top})`);
    for (const child of Array.from(band.svg.childNodes)) group.append(child);
    svg.append(group);
  }
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const title = document.createElementNS(SVG_NS, "title");
  title.textContent = options.vm.prepared.dataset.title;
  svg.prepend(title);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
