import { useMemo, useState } from "react";
import { KIND_INFO, type AgreementKind } from "../../data/kinds";
import type { ViewModel } from "../../data/view-model";
import { updateView, useView } from "../../state/store";
import { COLUMNS, sortRows, tableRows, type ColumnKey, type SortDirection } from "../../data/table-rows";
import "./table.css";

/**
 * Rows drawn at once. A browser lays out a thousand rows in well under a frame budget's worth of
 * work per interaction; 100,000 rows took 12.6 s in one block, so larger tables are paged.
 */
export const PAGE_SIZE = 1000;

/**
 * The agreements shown on the current date under the current filters; sortable; a row opens it.
 * Paged by PAGE_SIZE rows; a new date, filter or sort goes back to the first page.
 */
export function AgreementsTable({ vm }: { vm: ViewModel }) {
  const [sort, setSort] = useState<{ key: ColumnKey; direction: SortDirection }>({
    key: "signed",
    direction: "ascending",
  });
  const selected = useView("agreement");
  const rows = useMemo(() => sortRows(tableRows(vm), sort.key, sort.direction), [vm, sort]);
  const [paging, setPaging] = useState({ rows, page: 0 });
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = paging.rows === rows ? Math.min(paging.page, pageCount - 1) : 0;
  const goTo = (next: number) => setPaging({ rows, page: next });
  const first = page * PAGE_SIZE;
  const pageRows = pageCount === 1 ? rows : rows.slice(first, first + PAGE_SIZE);
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
          {pageRows.map((r) => (
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
      {pageCount > 1 && (
        <nav className="table-pager" aria-label="Table pages">
          <button type="button" disabled={page === 0} onClick={() => goTo(page - 1)}>
            Previous page
          </button>
          <span role="status">
            Rows {(first + 1).toLocaleString("en")}–
            {Math.min(first + PAGE_SIZE, rows.length).toLocaleString("en")} of{" "}
            {rows.length.toLocaleString("en")}
          </span>
          <button type="button" disabled={page === pageCount - 1} onClick={() => goTo(page + 1)}>
            Next page
          </button>
        </nav>
      )}
    </div>
  );
}
