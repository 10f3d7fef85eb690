import { lazy, Suspense, useMemo, useRef, type KeyboardEvent, type ReactNode } from "react";
import type { ViewModel } from "../data/view-model";
import { AgreementsTable } from "../features/table/agreements-table";
import { RegionBoundary } from "../components/region-boundary";
import { AllianceGraph } from "./lazy-features";
import { updateView, useView } from "../state/store";
import { TABS, type Tab } from "../state/view-state";

const TAB_LABEL: Record<Tab, string> = { graph: "Graph", table: "Table", insights: "Insights" };

/**
 * Graph / Table / Insights as an ARIA tablist; the choice lives in the URL (`tab=`). The graph
 * shows `vm`'s date; the table and Insights follow `steady` (use-view-model.ts).
 */
export function ViewTabs({ vm, steady }: { vm: ViewModel; steady: ViewModel }) {
  const tab = useView("tab");
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const select = (next: Tab) => {
    updateView({ tab: next }, "push");
    refs.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.indexOf(tab);
    const move: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 };
    if (event.key in move) {
      event.preventDefault();
      select(TABS[(index + move[event.key]! + TABS.length) % TABS.length]!);
    } else if (event.key === "Home") select(TABS[0]);
    else if (event.key === "End") select(TABS[TABS.length - 1]!);
  };
  // Keyed: each tab's boundary is its own, so a region that failed (say, the graph's code did not
  // load) does not carry its error over to the next tab shown in the same place.
  const table = useMemo(
    () => (
      <RegionBoundary key="table" name="table">
        <AgreementsTable vm={steady} />
      </RegionBoundary>
    ),
    [steady],
  );
  const insights = useMemo(
    () => (
      <RegionBoundary key="insights" name="insights">
        <InsightsSlot vm={steady} />
      </RegionBoundary>
    ),
    [steady],
  );
  const panels: Record<Tab, ReactNode> = {
    graph: (
      <RegionBoundary key="graph" name="graph">
        <GraphSlot vm={vm} />
      </RegionBoundary>
    ),
    table,
    insights,
  };
  return (
    <div className="view-tabs">
      <div role="tablist" aria-label="View" className="tablist" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t}
            ref={(el) => {
              refs.current[t] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`tabpanel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => select(t)}
          >
            {TAB_LABEL[t]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`tabpanel-${tab}`}
        aria-labelledby={`tab-${tab}`}
        className={`tabpanel tabpanel-${tab}`}
      >
        <Suspense fallback={<p className="loading-inline">Loading…</p>}>{panels[tab]}</Suspense>
      </div>
    </div>
  );
}

function GraphSlot({ vm }: { vm: ViewModel }) {
  return <AllianceGraph vm={vm} />;
}

// Lazy: the Insights tab and its charts load only when the tab is first opened.
const InsightsView = lazy(() => import("../features/insights/insights-view"));

function InsightsSlot({ vm }: { vm: ViewModel }) {
  return <InsightsView vm={vm} />;
}
