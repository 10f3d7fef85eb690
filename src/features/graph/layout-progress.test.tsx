// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LayoutProgress, layoutProgressText } from "./layout-progress";

afterEach(cleanup);

describe("LayoutProgress", () => {
  it("is a progress bar naming the node count and the share done", () => {
    render(<LayoutProgress nodeCount={1357} progress={0.4} />);
    const bar = screen.getByRole("progressbar", { name: "Arranging the network" });
    expect(bar.getAttribute("aria-valuenow")).toBe("40");
    expect(bar.getAttribute("aria-valuemin")).toBe("0");
    expect(bar.getAttribute("aria-valuemax")).toBe("100");
    expect(bar.getAttribute("aria-valuetext")).toBe("Arranging 1,357 nodes… 40%");
    expect(bar.textContent).toContain("Arranging 1,357 nodes… 40%");
  });

  it("is indeterminate when the progress is not known", () => {
    render(<LayoutProgress nodeCount={25} progress={null} />);
    const bar = screen.getByRole("progressbar");
    expect(bar.hasAttribute("aria-valuenow")).toBe(false);
    expect(bar.textContent).toBe("Arranging 25 nodes…");
  });

  it("clamps and rounds", () => {
    expect(layoutProgressText(1, 1.2)).toBe("Arranging 1 node… 100%");
    expect(layoutProgressText(2, 0.004)).toBe("Arranging 2 nodes… 0%");
  });
});
