import { lazy, type CSSProperties } from "react";
import { dayNumberToIso } from "../../data/dates";
import { percent } from "./insights-summary";
import { AGREEMENT_KINDS, KIND_INFO } from "../../data/kinds";
import type { NetworkSample, TopDegreeSeries } from "../../data/series";
import { ChartFigure } from "../../components/charts/chart-figure";
import { DataTable, valueColumns } from "../../components/charts/data-table";
import { dateColumn } from "../../components/charts/date-column";
import { updateView } from "../../state/store";

const TopDegreeChart = lazy(() => import("./insights-charts").then((m) => ({ default: m.TopDegreeChart })));
const KindsOverTimeChart = lazy(() =>
  import("./insights-charts").then((m) => ({ default: m.KindsOverTimeChart })),
);
const DensityChart = lazy(() => import("./insights-charts").then((m) => ({ default: m.DensityChart })));

/** Country lines: colours apart from the kind palette (these are countries, not kinds). */
const LINE_COLORS = ["#1d4ed8", "#be123c", "#047857", "#7c3aed", "#b45309"];

type TopDegreeSample = TopDegreeSeries["samples"][number];

const goTo = (day: number) => updateView({ time: dayNumberToIso(day) }, "push");

function Legend({
  items,
  label,
  line = false,
}: {
  items: { key: string; label: string; color: string }[];
  label: string;
  line?: boolean;
}) {
  return (
    <ul className="chart-legend" aria-label={label}>
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

/** Weighted degree over time of the countries that lead at the end: who is the hub. */
export function DegreeFigure({
  top,
  nameOf,
  summary,
  currentDay,
  highlight,
}: {
  top: TopDegreeSeries;
  nameOf: (id: string) => string;
  summary: string;
  currentDay: number;
  highlight: string | null;
}) {
  const series = top.countries.map((id, k) => ({
    key: id,
    label: nameOf(id),
    color: LINE_COLORS[k % LINE_COLORS.length]!,
  }));
  return (
    <div className="insights-card">
      <ChartFigure
        title="Who is the hub? Weighted degree of the leading countries"
        caption="Sum of the depths (1–5) of each country's agreements in effect at each year end; the five countries that lead at the end of the timeline. Click a point to move the timeline there."
        summary={summary}
        height={240}
        chart={
          <TopDegreeChart
            top={top}
            series={series}
            currentDay={currentDay}
            onPick={goTo}
            highlight={highlight}
          />
        }
        legend={<Legend items={series} label="Countries" line />}
        table={
          <DataTable
            caption="Weighted degree of the leading countries"
            columns={[
              dateColumn(goTo),
              ...valueColumns(top.countries, nameOf, (s: TopDegreeSample, id) => s.values[id]),
            ]}
            rows={top.samples}
            rowKey={(s) => s.day}
          />
        }
      />
    </div>
  );
}

/** How dense the network is and what it is made of, over time. */
export function NetworkFigures({
  samples,
  summary,
  currentDay,
}: {
  samples: NetworkSample[];
  summary: string;
  currentDay: number;
}) {
  const kinds = AGREEMENT_KINDS.filter((k) => samples.some((s) => s.byKind[k] > 0));
  const kindSeries = kinds.map((k) => ({ key: k, label: KIND_INFO[k].label, color: KIND_INFO[k].color }));
  return (
    <div className="insights-card">
      <ChartFigure
        title="Network density and active agreements by kind"
        caption="Density: share of all possible country pairs joined by at least one agreement in effect (a multilateral joins all its parties). Below: agreements in effect at each year end, stacked by kind."
        summary={summary}
        height={120}
        chart={<DensityChart samples={samples} currentDay={currentDay} onPick={goTo} />}
        table={
          <DataTable
            caption="Density and active agreements by kind"
            columns={[
              dateColumn(goTo),
              { key: "density", header: "Density", cell: (s) => percent(s.density), numeric: true },
              { key: "ties", header: "Tied pairs", cell: (s) => s.ties, numeric: true },
              ...valueColumns(
                kinds,
                (k) => KIND_INFO[k].label,
                (s: NetworkSample, k) => s.byKind[k],
              ),
              { key: "total", header: "Total", cell: (s) => s.total, numeric: true },
            ]}
            rows={samples}
            rowKey={(s) => s.day}
          />
        }
      />
      <div
        className="chart-box insights-kinds-box"
        style={{ height: 170 }}
        role="img"
        aria-label="Active agreements by kind over time; the numbers are in the data table above"
      >
        <KindsOverTimeChart samples={samples} kinds={kinds} currentDay={currentDay} onPick={goTo} />
      </div>
      <Legend items={kindSeries} label="Kinds" />
    </div>
  );
}
