import { describe, expect, it } from "vitest";
import { bibtexCitation, cslJsonCitation, readableCitation, type CitationInput } from "./citation";

const input: CitationInput = {
  title: "Indo-Pacific security cooperation, 2007–2023",
  version: "2.0",
  updated: "2026-11-28",
  viewDate: "6 Jan 2022",
  accessed: "2026-12-07",
  url: "https://lattice.example/?time=2022-01-06&kinds=access~logistics",
};

describe("citations", () => {
  it("reads as a sentence with title, version, view date, access date and URL", () => {
    expect(readableCitation(input)).toBe(
      "Indo-Pacific security cooperation, 2007–2023, version 2.0 (updated 28 Nov 2026). Lattice, view of 6 Jan 2022. Accessed 7 Dec 2026. https://lattice.example/?time=2022-01-06&kinds=access~logistics",
    );
  });

  it("writes BibTeX with special characters escaped and the URL intact", () => {
    const bib = bibtexCitation({ ...input, title: "R&D {pacts} 100% #1 a_b" });
    expect(bib).toMatch(/^@misc\{lattice-rdpacts100-2026-12-07,\n/);
    expect(bib).toContain("title = {{R\\&D \\{pacts\\} 100\\% \\#1 a\\_b}}");
    expect(bib).toContain(`url = {${input.url}}`);
    expect(bib).toContain("urldate = {2026-12-07}");
    expect(bib.trim().endsWith("}")).toBe(true);
  });

  it("writes CSL-JSON of type dataset", () => {
    const [item] = JSON.parse(cslJsonCitation(input));
    expect(item).toMatchObject({
      type: "dataset",
      title: input.title,
      version: "2.0",
      URL: input.url,
      accessed: { "date-parts": [[2026, 12, 7]] },
      issued: { "date-parts": [[2026, 11, 28]] },
    });
  });
});
