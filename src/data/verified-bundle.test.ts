import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateDatasetText } from "./validate";
import { sha256Hex, verifiedBundledDataset } from "./verified-bundle";

const bundledText = readFileSync("public/data/indo-pacific.json", "utf8");
const bundledHash = createHash("sha256").update(bundledText).digest("hex");

describe("the bundled dataset, validated when the app is built", () => {
  it("is recorded by the build with the hash of the file that passed validation", () => {
    // vite.config.ts defines it for the build, the dev server and these tests alike.
    expect(__VERIFIED_BUNDLED_DATASET__).toBe(bundledHash);
    expect(validateDatasetText(bundledText).ok).toBe(true);
  });

  it("hashes text as Web Crypto SHA-256 of its UTF-8 bytes", async () => {
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(await sha256Hex("Côte d’Ivoire")).toBe(createHash("sha256").update("Côte d’Ivoire").digest("hex"));
  });

  it("is taken as it is only when the text is exactly the validated file", async () => {
    const dataset = await verifiedBundledDataset(bundledText, bundledHash);
    expect(dataset).toEqual(validateDatasetText(bundledText).ok && JSON.parse(bundledText));
    // One character changed (a date): validate it like any other dataset.
    const edited = bundledText.replace("2007-03-13", "2007-03-14");
    expect(edited).not.toBe(bundledText);
    expect(await verifiedBundledDataset(edited, bundledHash)).toBeNull();
    // A build that could not validate the file records no hash: always validate.
    expect(await verifiedBundledDataset(bundledText, null)).toBeNull();
  });
});

declare const __VERIFIED_BUNDLED_DATASET__: string | null;
