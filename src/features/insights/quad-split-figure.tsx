import { lazy, type CSSProperties } from "react";
import { QUAD_CATEGORIES, QUAD_CATEGORY_LABEL, type QuadCategory, type YearCounts } from "../../data/series";
import { ChartFigure } from "../../components/charts/chart-figure";
import { DataTable, valueColumns, type DataTableColumn } from "../../components/charts/data-table";

const QuadSplitChart = lazy(() => import("./insights-charts").then((m) => ({ default: m.QuadSplitChart })));

/** Colours chosen apart from the kind palette: this chart is about who signs, not what kind. */
export const QUAD_COLORS: Record<QuadCategory, string> = {
  "quad-internal": "#2563eb",
  "quad-external": "#f59e0b",
  "quad-group": "#0f172a",
  other: "#cbd5e1",
};

const QUAD_TABLE_COLUMNS: DataTableColumn<YearCounts>[] = [
  { key: "year", header: "Year", cell: (r) => r.year, rowHeader: true },
  ...valueColumns(
    QUAD_CATEGORIES,
    (c) => QUAD_CATEGORY_LABEL[c],
    (r: YearCounts, c) => r.counts[c],
  ),
  { key: "total", header: "Total", cell: (r) => r.total, numeric: true },
];

export function QuadSplitFigure({
  rows,
  summary,
  quadName,
  currentYear,
  onPickYear,
}: {
  rows: YearCounts[];
  summary: string;
  quadName: string;
  currentYear: number;
  onPickYear: (year: number) => void;
}) {
  const series = QUAD_CATEGORIES.map((c) => ({
    key: c,
    label: QUAD_CATEGORY_LABEL[c],
    color: QUAD_COLORS[c],
  }));
  return (
    <div className="insights-card insights-wide">
      <ChartFigure
        title="New agreements per year: the Quad and the web around it"
        caption={`Agreements starting each year, by who is party: only ${quadName} members (bilateral or minilateral), a member with a non-member, ${quadName}-as-a-group instruments, or no member. Click a bar to move the timeline to that year's end.`}
        summary={summary}
        height={260}
        chart={
          <QuadSplitChart rows={rows} series={series} currentYear={currentYear} onPickYear={onPickYear} />
        }
        legend={
          <ul className="chart-legend" aria-label="Categories">
            {series.map((s) => (
              <li key={s.key}>
                <span className="swatch" style={{ background: s.color } as CSSProperties} />
                {s.label}
              </li>
            ))}
          </ul>
        }
        table={
          <DataTable
            caption="New agreements per year by Quad category"
            columns={QUAD_TABLE_COLUMNS}
            rows={rows}
            rowKey={(r) => r.year}
          />
        }
      />
    </div>
  );
}
