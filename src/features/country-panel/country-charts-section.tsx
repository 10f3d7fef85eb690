import { lazy, useMemo, type CSSProperties } from "react";
import { dayNumberToIso, formatDate, yearOf } from "../../data/dates";
import { AGREEMENT_KINDS, KIND_INFO } from "../../data/kinds";
import { activeByKindSeries, degreeSeries, sampleDays } from "../../data/series";
import { ordinal } from "../../data/status-labels";
import type { ViewModel } from "../../data/view-model";
import { ChartFigure } from "../../components/charts/chart-figure";
import { updateView } from "../../state/store";

// Recharts is heavy: it loads only when a panel with charts first opens.
const KindsChart = lazy(() => import("./country-charts").then((m) => ({ default: m.CountryKindsChart })));
const RankChart = lazy(() => import("./country-charts").then((m) => ({ default: m.CountryRankChart })));

const goTo = (day: number) => updateView({ time: dayNumberToIso(day) }, "push");

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
  const dateButton = (day: number, iso: string) => (
    <button
      type="button"
      className="link-button"
      onClick={() => goTo(day)}
      title="Move the timeline to this date"
    >
      {formatDate(iso)}
    </button>
  );

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
            <table className="chart-data-table">
              <caption>Active agreements of {countryName} by kind</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  {kinds.map((k) => (
                    <th key={k} scope="col">
                      {KIND_INFO[k].label}
                    </th>
                  ))}
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                {byKind.map((s) => (
                  <tr key={s.day}>
                    <th scope="row">{dateButton(s.day, s.iso)}</th>
                    {kinds.map((k) => (
                      <td key={k}>{s.counts[k]}</td>
                    ))}
                    <td>{s.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
        <ChartFigure
          title="Rank by weighted degree"
          caption="Rank among all countries by weighted degree (sum of the depths of its active agreements) at each year end; 1st = the hub. Click a point to go there."
          height={150}
          chart={<RankChart samples={degree} maxRank={maxRank} currentDay={vm.day} onPick={goTo} />}
          table={
            <table className="chart-data-table">
              <caption>Weighted degree of {countryName} over time</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Weighted degree</th>
                  <th scope="col">Rank</th>
                  <th scope="col">Share</th>
                </tr>
              </thead>
              <tbody>
                {degree.map((s) => (
                  <tr key={s.day}>
                    <th scope="row">{dateButton(s.day, s.iso)}</th>
                    <td>{s.weightedDegree}</td>
                    <td>{s.rank === null ? "—" : `${ordinal(s.rank)} of ${s.ranked}`}</td>
                    <td>{(s.share * 100).toFixed(1)}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </div>
    </section>
  );
}
