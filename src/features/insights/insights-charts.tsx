/** The Insights tab's charts. Loaded lazily by the figures: this module pulls in recharts. */
import { KIND_INFO, type AgreementKind } from "../../data/kinds";
import type { NetworkSample, TopDegreeSeries, YearCounts } from "../../data/series";
import { QUAD_CATEGORIES } from "../../data/series";
import {
  LinesChart,
  StackedAreaChart,
  YearBarsChart,
  type Series,
  type TimeRow,
  type YearRow,
} from "../../components/charts/time-charts";
import { percent } from "../../data/insights-summary";

export function QuadSplitChart({
  rows,
  series,
  currentYear,
  onPickYear,
}: {
  rows: YearCounts[];
  series: Series[];
  currentYear: number;
  onPickYear: (year: number) => void;
}) {
  const data: YearRow[] = rows.map((r) => ({
    year: r.year,
    ...Object.fromEntries(QUAD_CATEGORIES.map((c) => [c, r.counts[c]])),
  }));
  return <YearBarsChart rows={data} series={series} currentYear={currentYear} onPickYear={onPickYear} />;
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
