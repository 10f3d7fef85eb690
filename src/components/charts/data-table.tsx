import type { Key, ReactNode } from "react";

/** One column of a chart's data table. */
export interface DataTableColumn<Row> {
  /** Unique among the table's columns (the React key of its cells). */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, header included (numbers); otherwise left-aligned. */
  numeric?: boolean;
  /** The cell names its row (`<th scope="row">`), e.g. the date or year. */
  rowHeader?: boolean;
}

/**
 * A chart's numbers as a plain table: the alternative to the chart for screen readers and keyboard
 * users (ChartFigure puts it behind a disclosure). One `<th scope="col">` per column, one row per
 * entry of `rows`.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey = (_row, index) => index,
}: {
  caption: ReactNode;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  /** A stable key per row (e.g. its date); by default its position. */
  rowKey?: (row: Row, index: number) => Key;
}) {
  const align = (c: DataTableColumn<Row>) => (c.numeric ? "is-numeric" : undefined);
  return (
    <table className="chart-data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={align(c)}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey(row, i)}>
            {columns.map((c) =>
              c.rowHeader ? (
                <th key={c.key} scope="row" className={align(c)}>
                  {c.cell(row)}
                </th>
              ) : (
                <td key={c.key} className={align(c)}>
                  {c.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One numeric column per key (e.g. per kind, or per country): its header and its value in a row. */
export function valueColumns<Row, K extends string>(
  keys: readonly K[],
  header: (key: K) => ReactNode,
  value: (row: Row, key: K) => ReactNode,
): DataTableColumn<Row>[] {
  return keys.map((key) => ({ key, header: header(key), cell: (row) => value(row, key), numeric: true }));
}
