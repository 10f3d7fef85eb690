import { describe, expect, it } from "vitest";
import { AGREEMENT_KINDS } from "./kinds";
import { csvFileName, pngFileName, datasetFileName, fileSlug, viewFileStem } from "./file-names";

describe("download file names", () => {
  it("name the date and 'all' when no kind is filtered out", () => {
    expect(csvFileName({ dayIso: "2022-01-06", kinds: null, depth: 1 })).toBe("lattice-2022-01-06-all.csv");
    expect(csvFileName({ dayIso: "2022-01-06", kinds: [...AGREEMENT_KINDS], depth: 1 })).toBe(
      "lattice-2022-01-06-all.csv",
    );
  });
  it("name the kinds shown, in canonical order, and the depth filter", () => {
    expect(csvFileName({ dayIso: "2022-01-06", kinds: ["logistics", "access"], depth: 1 })).toBe(
      "lattice-2022-01-06-access-logistics.csv",
    );
    expect(csvFileName({ dayIso: "2022-01-06", kinds: [], depth: 1 })).toBe("lattice-2022-01-06-none.csv");
    expect(viewFileStem({ dayIso: "2022-01-06", kinds: ["alliance"], depth: 3 })).toBe(
      "lattice-2022-01-06-alliance-depth-3-plus",
    );
  });
  it("name both dates when comparing", () => {
    expect(csvFileName({ dayIso: "2022-01-06", compareFromIso: "2017-01-01", kinds: null, depth: 1 })).toBe(
      "lattice-2017-01-01-to-2022-01-06-all.csv",
    );
  });
  it("name the dataset by its title, safely", () => {
    expect(datasetFileName("Indo-Pacific security cooperation, 2007–2023")).toBe(
      "lattice-dataset-indo-pacific-security-cooperation-2007-2023.json",
    );
    expect(datasetFileName("../../etc/passwd")).toBe("lattice-dataset-etc-passwd.json");
    expect(datasetFileName("日本")).toBe("lattice-dataset-untitled.json");
    expect(fileSlug("Défense " + "x".repeat(100)).length).toBeLessThanOrEqual(60);
  });
});

describe("pngFileName", () => {
  it("names the picture after the date and kinds, like the CSV", () => {
    expect(pngFileName({ dayIso: "2022-01-06", kinds: ["logistics", "access"], depth: 1 })).toBe(
      "lattice-2022-01-06-access-logistics.png",
    );
  });
});
