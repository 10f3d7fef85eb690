import { formatDate } from "../../data/dates";
import type { DataTableColumn } from "./data-table";

/**
 * The "Date" column of a time chart's data table: each row is named by its sample date, as a button
 * that moves the timeline there.
 */
export function dateColumn<Row extends { day: number; iso: string }>(
  onPick: (day: number) => void,
): DataTableColumn<Row> {
  return {
    key: "date",
    header: "Date",
    rowHeader: true,
    cell: (row) => (
      <button
        type="button"
        className="link-button"
        onClick={() => onPick(row.day)}
        title="Move the timeline to this date"
      >
        {formatDate(row.iso)}
      </button>
    ),
  };
}
