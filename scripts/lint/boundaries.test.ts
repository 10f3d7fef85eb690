import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The project's own eslint.config.js, so these prove the rule as configured, not a copy of it.
const root = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: "eslint.config.js" });

/** The boundary messages ESLint gives for `code` saved at `filePath` (relative to the repository). */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "lattice/boundaries").map((m) => m.message);
}

describe("lint: layer boundaries", () => {
  // ESLint loads the config and the TypeScript parser on first use: seconds on a busy machine, more
  // than a test's default timeout, so it is done once here with room to spare.
  beforeAll(() => eslint.lintText("", { filePath: "src/warm-up.ts" }), 60_000);

  it("stops a feature importing another feature", async () => {
    const errors = await boundaryErrors("src/features/table/x.ts", 'import { y } from "../graph/y";\ny;');
    expect(errors).toEqual([
      "src/features/table may not import src/features/graph: features never import each other; they meet in src/app/.",
    ]);
  });

  it("also catches re-exports, dynamic imports and nested feature folders", async () => {
    expect(await boundaryErrors("src/features/table/x.ts", 'export { y } from "../graph/y";')).toHaveLength(
      1,
    );
    expect(await boundaryErrors("src/features/table/x.ts", 'void import("../timeline/t");')).toHaveLength(1);
    expect(
      await boundaryErrors("src/features/insights/charts/x.ts", 'import { y } from "../../graph/y";\ny;'),
    ).toHaveLength(1);
  });

  it("lets a feature import its own files and the layers below it", async () => {
    const code = [
      'import { a } from "./a";',
      'import { b } from "../../data/b";',
      'import { c } from "../../state/c";',
      'import { d } from "../../components/d";',
      "a; b; c; d;",
    ].join("\n");
    expect(await boundaryErrors("src/features/table/x.ts", code)).toEqual([]);
    expect(
      await boundaryErrors("src/features/insights/charts/x.ts", 'import { e } from "../e";\ne;'),
    ).toEqual([]);
  });

  it("stops data and state importing features or the app", async () => {
    for (const [file, source] of [
      ["src/data/x.ts", "../features/graph/y"],
      ["src/data/x.ts", "../app/app"],
      ["src/data/x.ts", "../state/store"],
      ["src/state/x.ts", "../features/table/y"],
      ["src/state/x.ts", "../app/app"],
      ["src/components/x.ts", "../features/table/y"],
    ]) {
      const errors = await boundaryErrors(file!, `import { y } from "${source}";\ny;`);
      expect(errors, `${file} -> ${source}`).toHaveLength(1);
      expect(errors[0]).toMatch(/a layer imports only the layers below it/);
    }
  });

  it("lets the app import features", async () => {
    expect(await boundaryErrors("src/app/x.ts", 'import { y } from "../features/graph/y";\ny;')).toEqual([]);
  });

  it("lets only the graph feature import the graph library", async () => {
    const code = 'import ForceGraph2D from "react-force-graph-2d";\nForceGraph2D;';
    expect(await boundaryErrors("src/features/graph/x.tsx", code)).toEqual([]);
    expect(await boundaryErrors("src/features/table/x.tsx", code)).toEqual([
      "Only src/features/graph may import react-force-graph-2d.",
    ]);
    expect(await boundaryErrors("src/app/x.ts", 'import "force-graph/dist/x";')).toEqual([
      "Only src/features/graph may import force-graph/dist/x.",
    ]);
  });
});
