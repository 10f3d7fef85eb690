import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateDatasetText } from "../src/data/validate";
import { verifiedDatasetHash } from "./verified-dataset";

const text = readFileSync("public/data/indo-pacific.json", "utf8");

describe("the hash the build records for the bundled dataset", () => {
  it("is the file's SHA-256 when the file validates", () => {
    expect(verifiedDatasetHash(text, validateDatasetText)).toBe(
      createHash("sha256").update(text).digest("hex"),
    );
  });

  it("is null for a file with a problem, so the page validates it and lists the problem", () => {
    const broken = text.replace('"2007-03-13"', '"2007-13-13"');
    expect(broken).not.toBe(text);
    expect(verifiedDatasetHash(broken, validateDatasetText)).toBeNull();
    expect(verifiedDatasetHash("{ not json", validateDatasetText)).toBeNull();
  });

  it("is null when validation would change the data (the page parses the raw file)", () => {
    const validated = validateDatasetText(text);
    if (!validated.ok) throw new Error("bundled dataset invalid");
    const changing = () => ({ ...validated, dataset: { ...validated.dataset, title: "Changed" } });
    expect(verifiedDatasetHash(text, changing)).toBeNull();
  });
});
