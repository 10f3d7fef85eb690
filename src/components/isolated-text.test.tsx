// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { Isolated, stripControls } from "./isolated-text";

afterEach(cleanup);

describe("Isolated", () => {
  it("strips bidi overrides and other controls, and isolates the rest", () => {
    expect(stripControls("Data\u202Emoc.elpmaxe\u202C \u2066x\u2069\u0007")).toBe("Datamoc.elpmaxe x");
    const { container } = render(
      <p>
        from <Isolated text={"\u202Egro.live"} />
      </p>,
    );
    const bdi = container.querySelector("bdi")!;
    expect(bdi.textContent).toBe("gro.live");
    expect(container.textContent).toBe("from gro.live");
  });
});
