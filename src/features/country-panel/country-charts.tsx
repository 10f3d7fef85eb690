/** The country panel's charts. Loaded lazily (see country-charts-section.tsx): it pulls in recharts. */
import { KIND_INFO, type AgreementKind } from "../../data/kinds";
import type { DegreeSample, KindSample } from "../../data/series";
import { LinesChart, StackedAreaChart, type TimeRow } from "../../components/charts/time-charts";
import { ordinal } from "../../data/status-labels";

interface Common {
  currentDay: number;
  onPick: (day: number) => void;
}

export function CountryKindsChart({
  samples,
  kinds,
  ...rest
}: Common & { samples: KindSample[]; kinds: AgreementKind[] }) {
  const rows: TimeRow[] = samples.map((s) => ({ day: s.day, ...s.counts }));
  const series = kinds.map((k) => ({ key: k, label: KIND_INFO[k].label, color: KIND_INFO[k].color }));
  return <StackedAreaChart rows={rows} series={series} {...rest} />;
}

/** 1st, then every 5th place, then the last: readable rank gridlines. */
function rankTicks(maxRank: number): number[] {
  const ticks = [1];
  for (let r = 5; r < maxRank - 2; r += 5) ticks.push(r);
  if (maxRank > 1) ticks.push(maxRank);
  return ticks;
}

export function CountryRankChart({
  samples,
  maxRank,
  ...rest
}: Common & { samples: DegreeSample[]; maxRank: number }) {
  const rows: TimeRow[] = samples.map((s) => ({ day: s.day, rank: s.rank }));
  return (
    <LinesChart
      rows={rows}
      series={[{ key: "rank", label: "Rank", color: "#1d4ed8" }]}
      reversed
      yDomain={[1, maxRank]}
      yTicks={rankTicks(maxRank)}
      formatValue={(v) => ordinal(Math.round(v))}
      {...rest}
    />
  );
}
