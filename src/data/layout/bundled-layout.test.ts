import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import bundledLayout from "./bundled-layout.json";
import { buildGraphModel } from "../graph-model";
import { computeLayout } from "./layout";
import { layoutKey } from "./layout-key";
import { prepareDataset } from "../prepare";
import { validateDatasetText } from "../validate";

const STALE =
  "the bundled dataset changed: run `npm run precompute:layout` and commit src/data/layout/bundled-layout.json";

describe("the precomputed layout of the bundled dataset", () => {
  const result = validateDatasetText(readFileSync("public/data/indo-pacific.json", "utf8"));
  if (!result.ok) throw new Error("public/data/indo-pacific.json is invalid");
  const model = buildGraphModel(prepareDataset(result.dataset));

  it("was made for the current bundled dataset", () => {
    expect(bundledLayout.key, STALE).toBe(layoutKey(model));
  });

  it("equals the seeded computation, node for node", () => {
    expect(bundledLayout.positions, STALE).toEqual(computeLayout(model));
  });
});
