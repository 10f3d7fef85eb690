import { describe, expect, it } from "vitest";
import { wrapText } from "./export-slide";

const measure = (s: string) => s.length * 10;

describe("wrapText", () => {
  it("breaks between words to fit the width", () =>
    expect(wrapText(measure, "aaa bbb ccc ddd", 75, 3)).toEqual(["aaa bbb", "ccc ddd"]));
  it("ends the last allowed line with an ellipsis when the text is longer", () => {
    const lines = wrapText(measure, "aaa bbb ccc ddd eee fff", 75, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    expect(measure(lines[1]!)).toBeLessThanOrEqual(75);
  });
  it("keeps a single word wider than the line", () =>
    expect(wrapText(measure, "abcdefghijkl", 50, 2)).toEqual(["abcdefghijkl"]));
});
