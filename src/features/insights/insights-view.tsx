import { useMemo, type CSSProperties } from "react";
import { dayNumberToIso, latestDayNumber, yearOf } from "../../data/dates";
import { degreeSummary, networkSummary, quadSplitSummary } from "../../data/insights-summary";
import { AGREEMENT_KINDS, KIND_INFO } from "../../data/kinds";
import {
  findQuadGroup,
  networkSeries,
  newAgreementsPerYear,
  quadRunStartYear,
  sampleDays,
  topDegreeSeries,
} from "../../data/series";
import type { ViewModel } from "../../data/view-model";
import { updateView, useView } from "../../state/store";
import { DegreeFigure, NetworkFigures } from "./network-figures";
import { QuadSplitFigure } from "./quad-split-figure";
import "./insights.css";

/** The Insights tab (`tab=insights`): is the Quad being outpaced by the web of deals around it? */
export function InsightsView({ vm }: { vm: ViewModel }) {
  const { prepared: p, filter } = vm;
  const selected = useView("country");
  const days = useMemo(() => sampleDays(p), [p]);
  const quad = useMemo(() => findQuadGroup(p), [p]);
  const perYear = useMemo(() => (quad ? newAgreementsPerYear(p, filter, quad) : []), [p, filter, quad]);
  const runStart = useMemo(
    () => (quad ? quadRunStartYear(p, quad, filter.basis) : null),
    [p, quad, filter.basis],
  );
  const top = useMemo(() => topDegreeSeries(p, filter, days, 5), [p, filter, days]);
  const network = useMemo(() => networkSeries(p, filter, days), [p, filter, days]);
  const nameOf = (id: string) => p.countryById.get(id)?.name ?? id;
  const kindsShown = filter.kinds ? AGREEMENT_KINDS.filter((k) => filter.kinds!.has(k)) : null;

  const goToYear = (year: number) => {
    const day = Math.min(p.endDay, Math.max(p.startDay, latestDayNumber(String(year))));
    updateView({ time: dayNumberToIso(day) }, "push");
  };

  return (
    <div className="insights">
      <header className="insights-intro">
        <h2>Is the Quad being outpaced?</h2>
        <p>
          <cite>Booming Indo-Pacific Security Cooperation Efforts</cite> (The Diplomat) argues that the Quad
          members’ bilateral and minilateral deals — among themselves and with partners such as the UK and
          France — are multiplying and deepening, and that the Quad as a group risks being left behind. These
          charts count the dataset’s agreements to test that.
        </p>
        <p className="insights-basis">
          Counting {filter.basis === "in-force" ? "from entry into force" : "from signature"} · kinds:{" "}
          {kindsShown === null ? (
            "all"
          ) : kindsShown.length === 0 ? (
            "none"
          ) : (
            <span className="insights-kinds">
              {kindsShown.map((k) => (
                <span
                  key={k}
                  className="kind-pill"
                  style={{ "--kind-color": KIND_INFO[k].color } as CSSProperties}
                >
                  {KIND_INFO[k].label}
                </span>
              ))}
            </span>
          )}
          {filter.minDepth > 1 ? ` · depth ${filter.minDepth} and deeper` : ""}
        </p>
      </header>
      <div className="insights-grid">
        {quad ? (
          <QuadSplitFigure
            rows={perYear}
            summary={quadSplitSummary(perYear, runStart)}
            quadName={quad.name}
            currentYear={yearOf(vm.day)}
            onPickYear={goToYear}
          />
        ) : (
          <p className="insights-missing">
            This dataset defines no Quad group, so the Quad split cannot be drawn.
          </p>
        )}
        <DegreeFigure
          top={top}
          nameOf={nameOf}
          summary={degreeSummary(top, nameOf)}
          currentDay={vm.day}
          highlight={selected}
        />
        <NetworkFigures samples={network} summary={networkSummary(network)} currentDay={vm.day} />
      </div>
    </div>
  );
}

export default InsightsView;
