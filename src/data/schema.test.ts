import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isHttpUrl, PLAIN_HTTP_URL } from "./schema";

function parsesAsHttp(value: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

describe("http(s) links", () => {
  it("every string of the plain shape the schema accepts without the URL parser does parse", () => {
    fc.assert(
      fc.property(fc.stringMatching(PLAIN_HTTP_URL), (value) => {
        expect(parsesAsHttp(value)).toBe(true);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it("takes the plain shape for usual links and the parser for the rest", () => {
    expect(PLAIN_HTTP_URL.test("https://www.mofa.go.jp/files/100440928.pdf")).toBe(true);
    expect(PLAIN_HTTP_URL.test("https://example.org/synthetic/syn-1")).toBe(true);
    for (const other of [
      "https://1.2.3.4/x",
      "https://localhost:8080/a?b#c",
      "HTTPS://Example.org/",
      "https://a.b/%20",
    ]) {
      expect(PLAIN_HTTP_URL.test(other)).toBe(false);
      expect(isHttpUrl(other)).toBe(true);
    }
    for (const bad of [
      "javascript:alert(1)",
      "ftp://example.org/",
      "https://",
      "https://exa mple.org/",
      "//example.org",
    ])
      expect(isHttpUrl(bad)).toBe(false);
  });
});
