// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RegionBoundary } from "./region-boundary";

let shouldThrow = true;
function Flaky() {
  if (shouldThrow) throw new Error("chart exploded");
  return <p>chart drawn</p>;
}

afterEach(cleanup);

describe("RegionBoundary", () => {
  it("shows a message with Retry in the failed region and leaves the rest working; Retry recovers", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    shouldThrow = true;
    render(
      <div>
        <RegionBoundary name="insights">
          <Flaky />
        </RegionBoundary>
        <p>the table still works</p>
      </div>,
    );
    expect(screen.getByRole("alert").textContent).toContain("The insights could not be shown.");
    expect(screen.getByRole("alert").textContent).toContain("chart exploded");
    expect(screen.getByText("the table still works")).toBeTruthy();
    shouldThrow = false;
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(screen.getByText("chart drawn")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("tries again by itself when its reset key changes (e.g. a new dataset)", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    shouldThrow = true;
    const { rerender } = render(
      <RegionBoundary name="graph" resetKey="a">
        <Flaky />
      </RegionBoundary>,
    );
    expect(screen.getByRole("alert")).toBeTruthy();
    shouldThrow = false;
    rerender(
      <RegionBoundary name="graph" resetKey="b">
        <Flaky />
      </RegionBoundary>,
    );
    expect(screen.getByText("chart drawn")).toBeTruthy();
  });
});
