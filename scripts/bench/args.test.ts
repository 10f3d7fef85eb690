import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, parseArgs } from "./args";

describe("parseArgs", () => {
  it("defaults to 5 runs of every scale", () => {
    expect(parseArgs([])).toEqual(DEFAULT_OPTIONS);
  });
  it("reads runs, scales (in canonical order) and switches", () => {
    const options = parseArgs(["--runs", "3", "--scales=large,bundled", "--no-build", "--speed", "2"]);
    expect(options).toMatchObject({ runs: 3, scales: ["bundled", "large"], build: false, speed: 2 });
  });
  it("rejects unknown scales, options and bad numbers", () => {
    expect(() => parseArgs(["--scales", "huge"])).toThrow(/unknown: huge/);
    expect(() => parseArgs(["--runs", "0"])).toThrow(/whole number/);
    expect(() => parseArgs(["--speed", "3"])).toThrow(/1, 2 or 4/);
    expect(() => parseArgs(["--fast"])).toThrow(/unknown option/);
  });
});
