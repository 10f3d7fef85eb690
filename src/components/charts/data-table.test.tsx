// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DataTable, valueColumns, type DataTableColumn } from "./data-table";
import { dateColumn } from "./date-column";

afterEach(cleanup);

interface Row {
  day: number;
  iso: string;
  counts: Record<"a" | "b", number>;
}

const ROWS: Row[] = [
  { day: 1, iso: "2015-12-31", counts: { a: 1, b: 2 } },
  { day: 2, iso: "2016-12-31", counts: { a: 3, b: 0 } },
];

describe("DataTable", () => {
  it("is a table named by its caption, with column headers, row headers and the cells' text", () => {
    const columns: DataTableColumn<Row>[] = [
      { key: "when", header: "When", cell: (r) => r.iso, rowHeader: true },
      ...valueColumns(
        ["a", "b"] as const,
        (k) => `Kind ${k}`,
        (r: Row, k) => r.counts[k],
      ),
      { key: "total", header: "Total", cell: (r) => r.counts.a + r.counts.b, numeric: true },
    ];
    render(<DataTable caption="Counts by kind" columns={columns} rows={ROWS} rowKey={(r) => r.day} />);
    const table = screen.getByRole("table", { name: "Counts by kind" });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((h) => h.textContent)).toEqual(["When", "Kind a", "Kind b", "Total"]);
    expect(headers.every((h) => h.getAttribute("scope") === "col")).toBe(true);
    const rowHeaders = within(table).getAllByRole("rowheader");
    expect(rowHeaders.map((h) => [h.tagName, h.getAttribute("scope"), h.textContent])).toEqual([
      ["TH", "row", "2015-12-31"],
      ["TH", "row", "2016-12-31"],
    ]);
    const bodyRows = within(table).getAllByRole("row").slice(1);
    expect(
      bodyRows.map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ["1", "2", "3"],
      ["3", "0", "3"],
    ]);
    // Numbers are right-aligned, header included; the row-naming column is not.
    expect(headers.map((h) => h.className)).toEqual(["", "is-numeric", "is-numeric", "is-numeric"]);
    expect(rowHeaders[0]!.className).toBe("");
    expect(
      within(bodyRows[0]!)
        .getAllByRole("cell")
        .every((c) => c.className === "is-numeric"),
    ).toBe(true);
  });

  it("keys rows by position when no rowKey is given, and draws an empty body for no rows", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const columns: DataTableColumn<string>[] = [{ key: "v", header: "Value", cell: (v) => v }];
    const { rerender } = render(<DataTable caption="Values" columns={columns} rows={["x", "x"]} />);
    expect(screen.getAllByRole("cell").map((c) => c.textContent)).toEqual(["x", "x"]);
    expect(spy).not.toHaveBeenCalled();
    rerender(<DataTable caption="Values" columns={columns} rows={[]} />);
    expect(screen.getAllByRole("row")).toHaveLength(1);
    spy.mockRestore();
  });
});

describe("dateColumn", () => {
  it("names each row by its date, as a button that picks that day", () => {
    const onPick = vi.fn();
    render(<DataTable caption="By date" columns={[dateColumn<Row>(onPick)]} rows={ROWS} />);
    expect(screen.getByRole("columnheader").textContent).toBe("Date");
    const button = within(screen.getAllByRole("rowheader")[1]!).getByRole("button", { name: "31 Dec 2016" });
    expect(button.getAttribute("title")).toBe("Move the timeline to this date");
    fireEvent.click(button);
    expect(onPick).toHaveBeenCalledWith(2);
  });
});
