/**
 * Where the benchmarks build the app and the reference page (node_modules/.cache, so that linters
 * and test runners never see the output), and the builds themselves.
 */
import { execFileSync } from "node:child_process";
import { BENCH_DATA_DIR, BENCH_DATA_URL } from "./scales.ts";
import type { Mounts } from "./static-server.ts";

export const WORK_DIR = "node_modules/.cache/lattice-bench";
export const APP_DIST = `${WORK_DIR}/dist`;
export const PROFILE_DIST = `${WORK_DIR}/dist-profile`;
export const REFERENCE_DIST = `${WORK_DIR}/reference`;

function run(command: string, args: string[]) {
  execFileSync(command, args, { stdio: ["ignore", "inherit", "inherit"] });
}

/** A production build of the app into `dist`; unminified for readable CPU profiles. */
export function buildApp(dist: string, minify = true): void {
  run("npx", [
    "vite",
    "build",
    "--outDir",
    dist,
    "--emptyOutDir",
    "--logLevel",
    "warn",
    ...(minify ? [] : ["--minify", "false"]),
  ]);
}

/** The reference page (scripts/bench/reference/) into REFERENCE_DIST. */
export function buildReference(): void {
  run("npx", ["vite", "build", "--config", "scripts/bench/reference/vite.config.ts"]);
}

/** What a benchmark serves from one origin: an app build at /, the synthetic data and the reference page. */
export const benchMounts = (appDist: string): Mounts => ({
  "/": appDist,
  [BENCH_DATA_URL]: BENCH_DATA_DIR,
  "/reference/": REFERENCE_DIST,
});
