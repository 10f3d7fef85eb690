import { useMemo, type CSSProperties } from "react";
import { dayNumberToIso, latestDayNumber, yearOf } from "../../data/dates";
import { degreeSummary, networkSummary } from "./insights-summary";
import { AGREEMENT_KINDS, KIND_INFO } from "../../data/kinds";
import {
  findQuadGroup,
  networkSeries,
  quadRunStartYear,
  sampleDays,
  topDegreeSeries,
} from "../../data/series";
import type { ViewModel } from "../../data/view-model";
import { updateView, useView } from "../../state/store";
import { limitations } from "./limitations";
import { DegreeFigure, NetworkFigures } from "./network-figures";
import { SensitivityControls } from "./sensitivity-controls";
import { quadTieSeries, thesisActiveSeries, thesisPerYear, type ThesisSettings } from "./thesis";
import { ActiveFigure, NewPerYearFigure, QuadTiesFigure } from "./thesis-figures";
import { activeSummary, newPerYearSummary, quadTiesSummary } from "./thesis-summary";
import { compareWindow, computeVerdict, runWindow } from "./verdict";
import { VerdictSection } from "./verdict-section";
import "./insights.css";

/** The Insights tab (`tab=insights`): is the Quad being outpaced by the web of deals around it? */
export function InsightsView({ vm }: { vm: ViewModel }) {
  const { prepared: p, filter } = vm;
  const selected = useView("country");
  const measure = useView("measure");
  const declarations = useView("declarations");
  const settings: ThesisSettings = useMemo(
    () => ({ measure, declarations, basis: filter.basis }),
    [measure, declarations, filter.basis],
  );
  const days = useMemo(() => sampleDays(p), [p]);
  const quad = useMemo(() => findQuadGroup(p), [p]);
  const runStart = useMemo(() => (quad ? quadRunStartYear(p, quad, "signed") : null), [p, quad]);
  const compareFrom = vm.comparison?.fromDay ?? null;
  const window = useMemo(
    () => (compareFrom !== null ? compareWindow(compareFrom, vm.day) : runWindow(p, runStart)),
    [compareFrom, vm.day, p, runStart],
  );
  const thesis = useMemo(() => {
    if (!quad) return null;
    const perYear = thesisPerYear(p, quad, filter, settings);
    const active = thesisActiveSeries(p, quad, filter, settings, days);
    const ties = quadTieSeries(p, quad, filter, days);
    const verdict = computeVerdict(p, quad, filter, settings, window);
    const limits = limitations(p, quad, filter, settings, window);
    return { perYear, active, ties, verdict, limits };
  }, [p, quad, filter, settings, days, window]);
  const top = useMemo(() => topDegreeSeries(p, filter, days, 5), [p, filter, days]);
  const network = useMemo(() => networkSeries(p, filter, days), [p, filter, days]);
  const nameOf = (id: string) => p.countryById.get(id)?.name ?? id;
  const kindsShown = filter.kinds ? AGREEMENT_KINDS.filter((k) => filter.kinds!.has(k)) : null;

  const goToYear = (year: number) => {
    const day = Math.min(p.endDay, Math.max(p.startDay, latestDayNumber(String(year))));
    updateView({ time: dayNumberToIso(day) }, "push");
  };
  const shade = compareFrom !== null ? ([compareFrom, vm.day] as const) : null;
  const shadeYears = compareFrom !== null ? ([yearOf(compareFrom), yearOf(vm.day)] as const) : null;
  const years =
    compareFrom !== null
      ? {
          from: yearOf(compareFrom),
          to: yearOf(vm.day),
          label: `From ${yearOf(compareFrom)} to ${yearOf(vm.day)}`,
        }
      : runStart !== null
        ? { from: runStart, to: yearOf(p.endDay), label: `Since ${runStart}` }
        : {
            from: yearOf(p.startDay),
            to: yearOf(p.endDay),
            label: `${yearOf(p.startDay)}–${yearOf(p.endDay)}`,
          };

  return (
    <div className="insights">
      <header className="insights-intro">
        <h2>Is the Quad being outpaced?</h2>
        <p>
          <cite>Booming Indo-Pacific Security Cooperation Efforts</cite> (The Diplomat) argues that the Quad
          members’ bilateral and minilateral deals — among themselves and with partners such as the UK and
          France — are multiplying and deepening, and that the Quad as a group risks being left behind. These
          charts count the dataset’s agreements to test that, under settings you can change.
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
          {compareFrom !== null ? ` · window ${window.label.replace(/^Between /, "")}` : ""}
        </p>
        <SensitivityControls measure={measure} declarations={declarations} basis={filter.basis} />
      </header>
      <div className="insights-grid">
        {quad && thesis ? (
          <>
            <VerdictSection verdict={thesis.verdict} limits={thesis.limits} />
            <NewPerYearFigure
              rows={thesis.perYear}
              summary={newPerYearSummary(thesis.perYear, years, measure)}
              quadName={quad.name}
              measure={measure}
              currentYear={yearOf(vm.day)}
              onPickYear={goToYear}
              shadeYears={shadeYears}
            />
            <ActiveFigure
              samples={thesis.active}
              summary={activeSummary(thesis.active, measure)}
              measure={measure}
              currentDay={vm.day}
              shade={shade}
            />
            <QuadTiesFigure
              samples={thesis.ties}
              summary={quadTiesSummary(thesis.ties)}
              currentDay={vm.day}
              shade={shade}
            />
          </>
        ) : (
          <p className="insights-missing">
            This dataset defines no Quad group, so the Quad split and its verdict cannot be drawn.
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
