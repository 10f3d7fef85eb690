import { describe, expect, it } from "vitest";
import { formatCount } from "./format-count";

describe("formatCount", () => {
  it("writes whole numbers as toLocaleString('en') does", () => {
    const counts = [
      0, 1, 12, 999, 1000, 1357, 15174, 100000, 999999, 1000000, 1234567890, -1, -1000, -987654,
    ];
    for (let n = 0; n < 20000; n += 7) counts.push(n);
    for (const n of counts) expect(formatCount(n)).toBe(n.toLocaleString("en"));
  });

  it("leaves anything else to toLocaleString", () => {
    expect(formatCount(1234.5)).toBe((1234.5).toLocaleString("en"));
  });
});
