import { lazy, type CSSProperties } from "react";
import { dayNumberToIso } from "../../data/dates";
import { percent } from "./insights-summary";
import { QUAD_CATEGORIES, QUAD_CATEGORY_LABEL, type QuadCategory } from "../../data/series";
import { ChartFigure } from "../../components/charts/chart-figure";
import { DataTable, valueColumns, type DataTableColumn } from "../../components/charts/data-table";
import { dateColumn } from "../../components/charts/date-column";
import { updateView } from "../../state/store";
import type { Measure } from "../../state/view-state";
import type { QuadTieSample, ThesisSample, ThesisYear } from "./thesis";

const QuadSplitChart = lazy(() => import("./insights-charts").then((m) => ({ default: m.QuadSplitChart })));
const ThesisActiveChart = lazy(() =>
  import("./insights-charts").then((m) => ({ default: m.ThesisActiveChart })),
);
const QuadTiesChart = lazy(() => import("./insights-charts").then((m) => ({ default: m.QuadTiesChart })));

/** Colours chosen apart from the kind palette: these charts are about who signs, not what kind. */
export const QUAD_COLORS: Record<QuadCategory, string> = {
  "quad-internal": "#2563eb",
  "quad-external": "#f59e0b",
  "quad-group": "#0f172a",
  other: "#059669",
};

const SERIES = QUAD_CATEGORIES.map((c) => ({ key: c, label: QUAD_CATEGORY_LABEL[c], color: QUAD_COLORS[c] }));

const goTo = (day: number) => updateView({ time: dayNumberToIso(day) }, "push");

function Legend({
  items,
  line = false,
}: {
  items: { key: string; label: string; color: string }[];
  line?: boolean;
}) {
  return (
    <ul className="chart-legend" aria-label="Categories">
      {items.map((s) => (
        <li key={s.key}>
          <span
            className={line ? "swatch line" : "swatch"}
            style={{ background: s.color } as CSSProperties}
          />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

const unitOf = (m: Measure) => (m === "depth" ? "depth-weighted (sum of depths 1–5)" : "counted");

const YEAR_COLUMNS: DataTableColumn<ThesisYear>[] = [
  { key: "year", header: "Year", cell: (r) => r.year, rowHeader: true },
  ...valueColumns(
    QUAD_CATEGORIES,
    (c) => QUAD_CATEGORY_LABEL[c],
    (r: ThesisYear, c) => r.added[c],
  ),
  { key: "meetings", header: "Quad meetings", cell: (r) => r.meetings, numeric: true },
  {
    key: "total",
    header: "Total",
    cell: (r) => QUAD_CATEGORIES.reduce((s, c) => s + r.added[c], 0),
    numeric: true,
  },
];

export function NewPerYearFigure({
  rows,
  summary,
  quadName,
  measure,
  currentYear,
  onPickYear,
  shadeYears,
}: {
  rows: ThesisYear[];
  summary: string;
  quadName: string;
  measure: Measure;
  currentYear: number;
  onPickYear: (year: number) => void;
  shadeYears: readonly [number, number] | null;
}) {
  return (
    <div className="insights-card insights-wide">
      <ChartFigure
        title="New agreements per year: the Quad and the web around it"
        caption={`Agreements starting each year (${unitOf(measure)}), by who is party: only ${quadName} members, a member with a non-member, non-members only, or ${quadName}-as-a-group instruments; the ${quadName}'s meetings are events, counted in the table. Click a bar to move the timeline to that year's end.`}
        summary={summary}
        height={240}
        chart={
          <QuadSplitChart
            rows={rows}
            series={SERIES}
            currentYear={currentYear}
            onPickYear={onPickYear}
            shade={shadeYears}
          />
        }
        legend={<Legend items={SERIES} />}
        table={
          <DataTable
            caption="New agreements per year by Quad category"
            columns={YEAR_COLUMNS}
            rows={rows}
            rowKey={(r) => r.year}
          />
        }
      />
    </div>
  );
}

export function ActiveFigure({
  samples,
  summary,
  measure,
  currentDay,
  shade,
}: {
  samples: ThesisSample[];
  summary: string;
  measure: Measure;
  currentDay: number;
  shade: readonly [number, number] | null;
}) {
  return (
    <div className="insights-card">
      <ChartFigure
        title="Ties in effect by who they join"
        caption={`Agreements in effect at each year end (${unitOf(measure)}), stacked by category; ended and replaced agreements leave the count.`}
        summary={summary}
        height={220}
        chart={
          <ThesisActiveChart
            samples={samples}
            series={SERIES}
            currentDay={currentDay}
            onPick={goTo}
            shade={shade}
          />
        }
        legend={<Legend items={SERIES} />}
        table={
          <DataTable
            caption="Ties in effect by Quad category"
            columns={[
              dateColumn(goTo),
              ...valueColumns(
                QUAD_CATEGORIES,
                (c) => QUAD_CATEGORY_LABEL[c],
                (s: ThesisSample, c) => s.active[c],
              ),
            ]}
            rows={samples}
            rowKey={(s) => s.day}
          />
        }
      />
    </div>
  );
}

const TIE_SERIES = [
  { key: "outsideShare", label: "Links among the four outside the group", color: "#2563eb" },
  { key: "quadShareOfTies", label: "Quad members' share of all tied pairs", color: "#b45309" },
];

const share = (v: number | null) => (v === null ? "—" : percent(v));

export function QuadTiesFigure({
  samples,
  summary,
  currentDay,
  shade,
}: {
  samples: QuadTieSample[];
  summary: string;
  currentDay: number;
  shade: readonly [number, number] | null;
}) {
  return (
    <div className="insights-card">
      <ChartFigure
        title="The Quad's ties: inside or outside the group?"
        caption="Blue: of the links among the four members (one per agreement and pair of members), the share made by agreements other than the Quad group's. Brown: of all country pairs joined by an agreement in effect, the share with a Quad member."
        summary={summary}
        height={220}
        chart={
          <QuadTiesChart
            samples={samples}
            series={TIE_SERIES}
            currentDay={currentDay}
            onPick={goTo}
            shade={shade}
          />
        }
        legend={<Legend items={TIE_SERIES} line />}
        table={
          <DataTable
            caption="The Quad's ties"
            columns={[
              dateColumn(goTo),
              {
                key: "out",
                header: "Member links outside the group",
                cell: (s) => s.memberLinksOutside,
                numeric: true,
              },
              {
                key: "grp",
                header: "Member links through the group",
                cell: (s) => s.memberLinksGroup,
                numeric: true,
              },
              { key: "outShare", header: "Share outside", cell: (s) => share(s.outsideShare), numeric: true },
              {
                key: "quadShare",
                header: "Members' share of tied pairs",
                cell: (s) => share(s.quadShareOfTies),
                numeric: true,
              },
            ]}
            rows={samples}
            rowKey={(s) => s.day}
          />
        }
      />
    </div>
  );
}
