import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html";

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe(
      "&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;",
    );
  });

  it("leaves ordinary text, including non-ASCII, alone", () => {
    expect(escapeHtml("Japan–Australia Joint Declaration (2007) · Côte")).toBe(
      "Japan–Australia Joint Declaration (2007) · Côte",
    );
  });

  it("escapes an ampersand only once", () => {
    expect(escapeHtml("A &amp; B")).toBe("A &amp;amp; B");
  });
});
