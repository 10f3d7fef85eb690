import { describe, expect, it } from "vitest";
import { checkSources, deniedHostReason } from "./source-rules";
import { makeFixture } from "./test-fixture";

const official = {
  title: "Press release",
  publisher: "Ministry",
  url: "https://www.mofa.go.jp/a.html",
  type: "official" as const,
};

describe("source policy", () => {
  it("denies mirrors, uploads, exam-prep sites and their subdomains", () => {
    expect(deniedHostReason("https://ja.scribd.com/document/1")).toBe("a document-upload site");
    expect(deniedHostReason("https://wiki.riteme.site/wiki/x")).toBe("a Wikipedia mirror");
    expect(deniedHostReason("https://www.drishtiias.com/daily-updates")).toBe("an exam-prep site");
    expect(deniedHostReason("https://x.blogspot.com/2007/09/a.html")).toBe("a personal blog host");
    expect(deniedHostReason("https://www.mofa.go.jp/a.html")).toBeNull();
    expect(deniedHostReason("https://notscribd.com/a")).toBeNull();
  });

  it("accepts typed https official sources and counts official-first agreements", () => {
    const d = makeFixture();
    for (const a of d.agreements) a.sources = [official];
    for (const e of d.events) e.sources = [official];
    const report = checkSources(d);
    expect(report.problems).toEqual([]);
    expect(report.officialFirst).toBe(d.agreements.length);
  });

  it("reports a denied host, an http link, an untyped source and a low official share", () => {
    const d = makeFixture();
    for (const a of d.agreements) a.sources = [{ ...official, type: "news" }];
    for (const e of d.events) e.sources = [official];
    d.agreements[0]!.sources = [
      { title: "Upload", publisher: "Scribd", url: "https://www.scribd.com/doc/1", type: "reference" },
      { title: "Old", publisher: "Ministry", url: "http://www.mofa.go.jp/old.html" },
    ];
    d.agreements[1]!.sources.push({ ...official, url: "http://www.radioaustralia.net.au/old", type: "news" });
    const messages = checkSources(d).problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual([
      "agreements[0].sources[0].url: a document-upload site: cite the government or news page instead",
      "agreements[0].sources[1].url: use the https:// address",
      "agreements[0].sources[1].type: give the source a type (official, news, analysis, reference)",
      "agreements: 0 of 7 agreements cite an official source first; the target is 75%",
    ]);
  });
});
