import { useMemo, useState } from "react";
import { KIND_INFO, type AgreementKind } from "../../data/kinds";
import type { ViewModel } from "../../data/view-model";
import { updateView, useView } from "../../state/store";
import { COLUMNS, sortRows, tableRows, type ColumnKey, type SortDirection } from "../../data/table-rows";
import "./table.css";

/** The agreements shown on the current date under the current filters; sortable; a row opens it. */
export function AgreementsTable({ vm }: { vm: ViewModel }) {
  const [sort, setSort] = useState<{ key: ColumnKey; direction: SortDirection }>({
    key: "signed",
    direction: "ascending",
  });
  const selected = useView("agreement");
  const rows = useMemo(() => sortRows(tableRows(vm), sort.key, sort.direction), [vm, sort]);
  const columns = vm.comparison ? [...COLUMNS, { key: "change" as const, label: "Change" }] : COLUMNS;
  const onSort = (key: ColumnKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === "ascending" ? "descending" : "ascending",
    }));
  const open = (id: string) => updateView({ agreement: id, country: null }, "push");

  return (
    <div className="table-wrap">
      <table className="agreements-table" aria-label="Agreements">
        <caption className="visually-hidden">
          Agreements shown on {vm.dayIso}; select a column header to sort, a row to open the agreement.
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.direction : "none"}>
                <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                  {c.label}
                  <span aria-hidden="true" className="sort-arrow">
                    {sort.key === c.key ? (sort.direction === "ascending" ? "▲" : "▼") : ""}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="empty">
                No agreements match these filters on {vm.dayIso}.
              </td>
            </tr>
          )}
          {rows.map((r) => (
            <tr
              key={r.id}
              className={`${selected === r.id ? "selected" : ""} ${r.change ? `change-${r.change}` : ""}`}
              onClick={() => open(r.id)}
            >
              <td>
                <button type="button" className="row-link" onClick={(e) => (e.stopPropagation(), open(r.id))}>
                  {r.title}
                </button>
              </td>
              <td>
                <span
                  className="kind-dot"
                  style={{ background: KIND_INFO[r.kind as AgreementKind].color }}
                  aria-hidden="true"
                />
                {r.kindLabel}
              </td>
              <td>{r.parties}</td>
              <td className="nowrap">{r.signed}</td>
              <td className="nowrap">{r.inForce}</td>
              <td className="num">{r.depth}</td>
              <td>
                <span className={`status status-${r.status}`}>{r.status}</span>
              </td>
              {vm.comparison && <td>{r.change}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
