import { lazy, useMemo, type CSSProperties } from "react";
import { dayNumberToIso, yearOf } from "../../data/dates";
import { AGREEMENT_KINDS, KIND_INFO } from "../../data/kinds";
import {
  activeByKindSeries,
  degreeSeries,
  sampleDays,
  type DegreeSample,
  type KindSample,
} from "../../data/series";
import { ordinal } from "../../data/status-labels";
import type { ViewModel } from "../../data/view-model";
import { ChartFigure } from "../../components/charts/chart-figure";
import { DataTable, valueColumns, type DataTableColumn } from "../../components/charts/data-table";
import { dateColumn } from "../../components/charts/date-column";
import { updateView } from "../../state/store";

// Recharts is heavy: it loads only when a panel with charts first opens.
const KindsChart = lazy(() => import("./country-charts").then((m) => ({ default: m.CountryKindsChart })));
const RankChart = lazy(() => import("./country-charts").then((m) => ({ default: m.CountryRankChart })));

const goTo = (day: number) => updateView({ time: dayNumberToIso(day) }, "push");

const DEGREE_COLUMNS: DataTableColumn<DegreeSample>[] = [
  dateColumn(goTo),
  { key: "degree", header: "Weighted degree", cell: (s) => s.weightedDegree, numeric: true },
  {
    key: "rank",
    header: "Rank",
    cell: (s) => (s.rank === null ? "—" : `${ordinal(s.rank)} of ${s.ranked}`),
    numeric: true,
  },
  { key: "share", header: "Share", cell: (s) => `${(s.share * 100).toFixed(1)}%`, numeric: true },
];

/** The country's growth over the whole timeline: what it had active, and where it ranked. */
export function CountryChartsSection({
  vm,
  countryId,
  countryName,
}: {
  vm: ViewModel;
  countryId: string;
  countryName: string;
}) {
  const { prepared: p, filter } = vm;
  const days = useMemo(() => sampleDays(p), [p]);
  const byKind = useMemo(() => activeByKindSeries(p, filter, days, countryId), [p, filter, days, countryId]);
  const degree = useMemo(() => degreeSeries(p, filter, days, countryId), [p, filter, days, countryId]);
  const kinds = AGREEMENT_KINDS.filter((k) => byKind.some((s) => s.counts[k] > 0));
  const maxRank = Math.max(1, ...degree.map((s) => s.ranked));
  const kindsColumns: DataTableColumn<KindSample>[] = [
    dateColumn(goTo),
    ...valueColumns(
      kinds,
      (k) => KIND_INFO[k].label,
      (s: KindSample, k) => s.counts[k],
    ),
    { key: "total", header: "Total", cell: (s) => s.total, numeric: true },
  ];

  return (
    <section aria-labelledby="country-growth-heading">
      <h3 id="country-growth-heading">Growth since {yearOf(p.startDay)}</h3>
      <div className="country-charts">
        <ChartFigure
          title="Active agreements by kind"
          caption="In effect at each year end, by kind, under the current basis and filters. Dashed line: the current date. Click a point to go there."
          height={170}
          chart={<KindsChart samples={byKind} kinds={kinds} currentDay={vm.day} onPick={goTo} />}
          legend={
            kinds.length > 0 && (
              <ul className="chart-legend" aria-label="Kinds">
                {kinds.map((k) => (
                  <li key={k}>
                    <span className="swatch" style={{ background: KIND_INFO[k].color } as CSSProperties} />
                    {KIND_INFO[k].label}
                  </li>
                ))}
              </ul>
            )
          }
          table={
            <DataTable
              caption={`Active agreements of ${countryName} by kind`}
              columns={kindsColumns}
              rows={byKind}
              rowKey={(s) => s.day}
            />
          }
        />
        <ChartFigure
          title="Rank by weighted degree"
          caption="Rank among all countries by weighted degree (sum of the depths of its active agreements) at each year end; 1st = the hub. Click a point to go there."
          height={150}
          chart={<RankChart samples={degree} maxRank={maxRank} currentDay={vm.day} onPick={goTo} />}
          table={
            <DataTable
              caption={`Weighted degree of ${countryName} over time`}
              columns={DEGREE_COLUMNS}
              rows={degree}
              rowKey={(s) => s.day}
            />
          }
        />
      </div>
    </section>
  );
}
