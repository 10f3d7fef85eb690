/** The Insights tab's charts. Loaded lazily by the figures: this module pulls in recharts. */
import { KIND_INFO, type AgreementKind } from "../../data/kinds";
import type { NetworkSample, TopDegreeSeries } from "../../data/series";
import type { QuadTieSample, ThesisSample, ThesisYear } from "./thesis";
import { QUAD_CATEGORIES } from "../../data/series";
import {
  LinesChart,
  StackedAreaChart,
  YearBarsChart,
  type Series,
  type TimeRow,
  type YearRow,
} from "../../components/charts/time-charts";
import { percent } from "./insights-summary";

export function QuadSplitChart({
  rows,
  series,
  currentYear,
  onPickYear,
  shade,
}: {
  rows: ThesisYear[];
  series: Series[];
  currentYear: number;
  onPickYear: (year: number) => void;
  shade: readonly [number, number] | null;
}) {
  const data: YearRow[] = rows.map((r) => ({
    year: r.year,
    ...Object.fromEntries(QUAD_CATEGORIES.map((c) => [c, r.added[c]])),
  }));
  return (
    <YearBarsChart
      rows={data}
      series={series}
      currentYear={currentYear}
      onPickYear={onPickYear}
      shade={shade}
    />
  );
}

/** Ties in effect at each year end, stacked by who they join. */
export function ThesisActiveChart({
  samples,
  series,
  currentDay,
  onPick,
  shade,
}: {
  samples: ThesisSample[];
  series: Series[];
  currentDay: number;
  onPick: (day: number) => void;
  shade: readonly [number, number] | null;
}) {
  const rows: TimeRow[] = samples.map((s) => ({ day: s.day, ...s.active }));
  return (
    <StackedAreaChart
      rows={rows}
      series={series}
      currentDay={currentDay}
      onPick={onPick}
      tickEvery={2}
      shade={shade}
    />
  );
}

/** The two shares of the Quad's ties over time. */
export function QuadTiesChart({
  samples,
  series,
  currentDay,
  onPick,
  shade,
}: {
  samples: QuadTieSample[];
  series: Series[];
  currentDay: number;
  onPick: (day: number) => void;
  shade: readonly [number, number] | null;
}) {
  const rows: TimeRow[] = samples.map((s) => ({
    day: s.day,
    outsideShare: s.outsideShare,
    quadShareOfTies: s.quadShareOfTies,
  }));
  return (
    <LinesChart
      rows={rows}
      series={series}
      currentDay={currentDay}
      onPick={onPick}
      tickEvery={2}
      formatValue={percent}
      allowDecimals
      yDomain={[0, 1]}
      yTicks={[0, 0.25, 0.5, 0.75, 1]}
      shade={shade}
    />
  );
}

export function TopDegreeChart({
  top,
  series,
  currentDay,
  onPick,
  highlight,
}: {
  top: TopDegreeSeries;
  series: Series[];
  currentDay: number;
  onPick: (day: number) => void;
  highlight: string | null;
}) {
  const rows: TimeRow[] = top.samples.map((s) => ({ day: s.day, ...s.values }));
  return (
    <LinesChart
      rows={rows}
      series={series}
      currentDay={currentDay}
      onPick={onPick}
      tickEvery={2}
      highlight={highlight}
    />
  );
}

export function KindsOverTimeChart({
  samples,
  kinds,
  currentDay,
  onPick,
}: {
  samples: NetworkSample[];
  kinds: AgreementKind[];
  currentDay: number;
  onPick: (day: number) => void;
}) {
  const rows: TimeRow[] = samples.map((s) => ({ day: s.day, ...s.byKind }));
  const series = kinds.map((k) => ({ key: k, label: KIND_INFO[k].label, color: KIND_INFO[k].color }));
  return (
    <StackedAreaChart rows={rows} series={series} currentDay={currentDay} onPick={onPick} tickEvery={2} />
  );
}

export function DensityChart({
  samples,
  currentDay,
  onPick,
}: {
  samples: NetworkSample[];
  currentDay: number;
  onPick: (day: number) => void;
}) {
  const rows: TimeRow[] = samples.map((s) => ({ day: s.day, density: s.density }));
  return (
    <LinesChart
      rows={rows}
      series={[{ key: "density", label: "Density", color: "#0f172a" }]}
      currentDay={currentDay}
      onPick={onPick}
      tickEvery={2}
      formatValue={percent}
      allowDecimals
      yDomain={[0, Math.max(0.1, Math.ceil(Math.max(...samples.map((s) => s.density)) * 10) / 10)]}
    />
  );
}
