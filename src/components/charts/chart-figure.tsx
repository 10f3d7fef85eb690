import { Suspense, type ReactNode } from "react";
import "./charts.css";

/**
 * A chart with what makes it readable and accessible: a title and a short method caption, an
 * optional one-line finding, the chart itself (lazy; the box keeps its height while it loads so
 * nothing jumps), and the same numbers as a table behind a disclosure.
 */
export function ChartFigure({
  title,
  caption,
  summary,
  height,
  chart,
  legend,
  table,
}: {
  title: string;
  caption: ReactNode;
  summary?: ReactNode;
  height: number;
  chart: ReactNode;
  /** Drawn as HTML under the chart so it is readable and wraps at any width. */
  legend?: ReactNode;
  table: ReactNode;
}) {
  return (
    <figure className="chart-figure">
      <figcaption>
        <span className="chart-title">{title}</span>
        <span className="chart-method">{caption}</span>
      </figcaption>
      {summary && <p className="chart-summary">{summary}</p>}
      <div className="chart-box" style={{ height }}>
        <Suspense fallback={<div className="chart-loading">Loading chart…</div>}>{chart}</Suspense>
      </div>
      {legend}
      <details className="chart-table">
        <summary>Data table: {title}</summary>
        <div className="chart-table-scroll">{table}</div>
      </details>
    </figure>
  );
}
