import { describe, expect, it } from "vitest";
import { MAX_DRAWN_LINKS, MAX_DRAWN_NODES, tooLargeToDraw } from "./drawable";

describe("tooLargeToDraw", () => {
  it("draws up to the limits and refuses beyond either", () => {
    expect(tooLargeToDraw(MAX_DRAWN_NODES, MAX_DRAWN_LINKS)).toBe(false);
    expect(tooLargeToDraw(MAX_DRAWN_NODES + 1, 10)).toBe(true);
    expect(tooLargeToDraw(10, MAX_DRAWN_LINKS + 1)).toBe(true);
  });
});
