import { useId, useMemo } from "react";
import { downloadText } from "../../components/download";
import { useMediaQuery } from "../../components/use-media-query";
import { dayNumberToIso } from "../../data/dates";
import { CSV_BOM } from "../../data/csv-cells";
import { viewFileStem } from "../../data/file-names";
import type { ViewModel } from "../../data/view-model";
import { useView } from "../../state/store";
import { comparisonSummary } from "./compare-range";
import { changesCsv, whatChanged } from "./what-changed";

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");

/**
 * While comparing: who changed, and how, between A and B (`time=A..B`), most changed first, with the
 * totals and a CSV of the rows. Open by default on a large screen; folding it gives the graph its room back.
 */
export function WhatChangedPanel({ vm }: { vm: ViewModel }) {
  const heading = useId();
  const kinds = useView("kinds");
  const depth = useView("depth");
  const rows = useMemo(() => whatChanged(vm), [vm]);
  // On a small screen the table starts folded: the graph needs the height more.
  const small = useMediaQuery("(max-width: 700px), (max-height: 600px)");
  const c = vm.comparison;
  if (!c) return null;
  const onCsv = () =>
    downloadText(
      `${viewFileStem({ dayIso: vm.dayIso, compareFromIso: dayNumberToIso(c.fromDay), kinds, depth })}-changes.csv`,
      CSV_BOM + changesCsv(rows),
      "text/csv;charset=utf-8",
    );
  return (
    <section className="what-changed" aria-labelledby={heading}>
      <details open={!small}>
        <summary>
          <h2 id={heading}>What changed</h2>
          <span className="what-changed-totals">{comparisonSummary(c)}</span>
        </summary>
        {rows.length === 0 ? (
          <p className="what-changed-none">No country gained or lost an agreement in this window.</p>
        ) : (
          // Focusable, so that keyboard users can scroll it.
          <div className="what-changed-scroll" tabIndex={0} role="group" aria-label="Changes per country">
            <table className="what-changed-table">
              <caption className="visually-hidden">Changes per country, most changed first</caption>
              <thead>
                <tr>
                  <th scope="col">Country</th>
                  <th scope="col">New partners</th>
                  <th scope="col" className="num">
                    Gained
                  </th>
                  <th scope="col" className="num">
                    Ended
                  </th>
                  <th scope="col" className="num">
                    Replaced
                  </th>
                  <th scope="col" className="num">
                    Depth gained
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.name}</th>
                    <td>{r.newPartners.length ? r.newPartners.join(", ") : "—"}</td>
                    <td className="num">{r.gained}</td>
                    <td className="num">{r.ended}</td>
                    <td className="num">{r.replaced}</td>
                    <td className="num">{signed(r.depthGained)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <button type="button" className="what-changed-csv" onClick={onCsv} disabled={rows.length === 0}>
          Download changes CSV
        </button>
      </details>
    </section>
  );
}
