import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, datasetFromCsv, idsFromTitles, titleFromFileName } from "./csv-import";
import { formatProblem } from "./validate";

const HEADER = "title,kind,parties,signed,inForce,ended,depth,summary,source_url,source_title";
const ROW_A =
  'Japan–Australia Joint Declaration,declaration,JPN;AUS,2007-03-13,,,,"Security cooperation, first with a non-US partner",https://www.mofa.go.jp/a,Declaration text';
const ROW_B = "Quad,dialogue,AUS;IND;JPN;USA,2007-05,,2008-02,1,The first Quad,https://example.org/quad,";
const options = { fileName: "my_agreements.csv", today: "2026-01-02" };

function problemsOf(text: string): string[] {
  const result = datasetFromCsv(text, options);
  if (result.ok) throw new Error("expected problems");
  return result.problems.map(formatProblem);
}

describe("CSV import: a valid file", () => {
  it("becomes a full, valid dataset with names, regions, ids and a timeline", () => {
    const result = datasetFromCsv([HEADER, ROW_A, ROW_B].join("\n"), options);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    const d = result.dataset;
    expect(d.schemaVersion).toBe(1);
    expect(d.title).toBe("my agreements");
    expect(d.timeline).toEqual({ start: "2007-03-13", end: "2008-02-29" });
    expect(d.countries).toEqual([
      { id: "AUS", name: "Australia", region: "Oceania" },
      { id: "IND", name: "India", region: "South Asia" },
      { id: "JPN", name: "Japan", region: "East Asia" },
      { id: "USA", name: "United States of America", region: "North America" },
    ]);
    expect(d.agreements[0]).toMatchObject({
      id: "japan-australia-joint-declaration",
      kind: "declaration",
      parties: ["JPN", "AUS"],
      inForce: null,
      summary: "Security cooperation, first with a non-US partner",
      sources: [{ title: "Declaration text", publisher: "www.mofa.go.jp", url: "https://www.mofa.go.jp/a" }],
    });
    expect(d.agreements[0]).not.toHaveProperty("depth");
    expect(d.agreements[1]).toMatchObject({ id: "quad", ended: "2008-02", depth: 1 });
    // No source_title: the host stands in.
    expect(d.agreements[1]!.sources[0]!.title).toBe("example.org");
  });

  it("reads a BOM, CRLF line ends, blank lines and quoted fields with commas, quotes and line breaks", () => {
    const quoted =
      'Alpha,alliance,USA;PHL,1951-08-30,1952-08-27,,5,"Says ""mutual"",\r\nover two lines",https://e.org/x,';
    const text = `\uFEFF${HEADER}\r\n\r\n${quoted}\r\n   \r\n${ROW_B}\r\n\r\n`;
    const result = datasetFromCsv(text, options);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    expect(result.dataset.agreements.map((a) => a.id)).toEqual(["alpha", "quad"]);
    expect(result.dataset.agreements[0]!.summary).toBe('Says "mutual",\r\nover two lines');
  });

  it("accepts header names in any case or spacing, kind labels, alpha-2 codes and English names", () => {
    const header = "Title,Kind,Parties,Signed,In Force,Ended,Depth,Summary,Source URL,Source Title";
    const row = "X,Treaty alliance,jp; United Kingdom ;us,2023-01-11,,,,S,https://e.org,";
    const result = datasetFromCsv(`${header}\n${row}`, options);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    expect(result.dataset.agreements[0]).toMatchObject({ kind: "alliance", parties: ["JPN", "GBR", "USA"] });
    expect(result.dataset.countries.map((c) => c.name)).toContain("United Kingdom");
  });

  it("uses the short English name where the official one has a comma, and guesses regions outside the table", () => {
    const row = "Y,dialogue,KOR;TWN;BRA;KEN,2020,,,,S,https://e.org,";
    const result = datasetFromCsv(`${HEADER}\n${row}`, options);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    const byId = Object.fromEntries(result.dataset.countries.map((c) => [c.id, c]));
    expect(byId.KOR).toEqual({ id: "KOR", name: "South Korea", region: "East Asia" });
    expect(byId.TWN!.name).toBe("Taiwan");
    expect(byId.BRA!.region).toBe("North America");
    expect(byId.KEN!.region).toBe("Europe");
    expect(result.dataset.description).toContain("Region guessed as Europe for Kenya");
  });
});

describe("CSV import: problems name their line", () => {
  it("reports an unknown country code on its line, counting blank lines and multi-line values", () => {
    const multiLine = 'B,access,JPN;GBR,2023-01-11,,,,"two\nlines",https://e.org,';
    const text = [HEADER, ROW_A, multiLine, "", "C,logistics,IND;JNP,2016-08-29,,,,S,https://e.org,"].join(
      "\n",
    );
    expect(problemsOf(text)).toEqual(['line 6: parties: unknown country code "JNP"']);
  });

  it("reports bad dates, kinds, depth and missing sources with the CSV column name", () => {
    const text = [
      HEADER,
      "A,alliance,USA;JPN,2020-13-01,,,,S,https://e.org,",
      "B,friendship,USA;JPN,2020-01-01,,,high,S,,",
      "C,alliance,USA;JPN,2020-01-01,2019-01-01,,,S,javascript:alert(1),",
    ].join("\r\n");
    const problems = problemsOf(text);
    expect(problems[0]).toMatch(/^line 2: signed: not a real date/);
    expect(problems).toContainEqual(expect.stringMatching(/^line 3: kind: /));
    expect(problems).toContain('line 3: depth: "high" is not a whole number from 1 to 5');
    expect(problems).toContain("line 3: source_url: needs at least one source");
    expect(problems).toContain("line 4: source_url: must be an http(s) URL");
  });

  it("reports semantic problems from the validator with line numbers (order of dates, repeated party)", () => {
    const text = [HEADER, "A,access,USA;JPN;USA,2020-01-01,2019-01-01,,,S,https://e.org,"].join("\n");
    expect(problemsOf(text)).toEqual([
      'line 2: parties: "USA" is listed twice',
      "line 2: inForce: in force (2019-01-01) before signature (2020-01-01)",
    ]);
  });

  it("reports malformed quoting where it starts and stops there", () => {
    const text = [HEADER, ROW_A, 'B,access,JPN;GBR,2023-01-11,,,,"unterminated,https://e.org,', ROW_B].join(
      "\n",
    );
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^line 3: malformed quotes/);
  });

  it("reports text after a closing quote", () => {
    const text = [HEADER, 'B,access,JPN;GBR,2023-01-11,,,,"quoted"tail,https://e.org,'].join("\n");
    expect(problemsOf(text)[0]).toMatch(/^line 2: malformed quotes/);
  });

  it("reports a row with too few or too many values", () => {
    const text = [HEADER, "A,alliance,USA;JPN,2020-01-01", `${ROW_A},extra`].join("\n");
    expect(problemsOf(text)).toEqual([
      'line 2: has 4 values but the header has 10 columns (a value containing a comma must be in "double quotes")',
      'line 3: has 11 values but the header has 10 columns (a value containing a comma must be in "double quotes")',
    ]);
  });

  it("reports wrong columns: unknown, missing, repeated, and a file separated by semicolons", () => {
    expect(problemsOf("title,kind,parties,signed,summary,url\nA,b,c,d,e,f")).toEqual([
      `line 1: unknown column "url" (expected ${CSV_COLUMNS.join(", ")})`,
      'line 1: missing column "source_url" (or "source_urls", links separated by spaces)',
    ]);
    expect(problemsOf("title,title,kind,parties,signed,summary,source_url\n")[0]).toBe(
      'line 1: column "title" appears twice',
    );
    expect(problemsOf("title;kind;parties\nA;b;c")[0]).toMatch(/separated by commas/);
  });

  it("reports an empty file and a header without rows", () => {
    expect(problemsOf("")).toEqual([
      `line 1: the first line must name the columns: ${CSV_COLUMNS.join(", ")}`,
    ]);
    expect(problemsOf(`${HEADER}\r\n\r\n`)).toEqual([
      "line 2: no agreements: the file has a header but no rows",
    ]);
  });
});

describe("CSV import helpers", () => {
  it("makes kebab-case ids from titles, unique", () => {
    expect(idsFromTitles(["Japan–UK Reciprocal Access Agreement (RAA)", "Accord de défense"])).toEqual([
      "japan-uk-reciprocal-access-agreement-raa",
      "accord-de-defense",
    ]);
    expect(idsFromTitles(["Quad", "Quad", "quad!", "日米", ""])).toEqual([
      "quad",
      "quad-2",
      "quad-3",
      "agreement",
      "agreement-2",
    ]);
    // Within the schema's 80 characters, suffix included.
    for (const id of idsFromTitles(["x".repeat(200), "x".repeat(200)]))
      expect(id.length).toBeLessThanOrEqual(80);
  });
  it("makes a title from the file name", () => {
    expect(titleFromFileName("C:\\data\\my-agreements_2024.csv")).toBe("my agreements 2024");
    expect(titleFromFileName(".csv")).toBe("Imported agreements");
  });
});
