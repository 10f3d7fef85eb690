/**
 * `npm run check:size [-- <dist>]`: the size budget, enforced in `npm test` right after the build.
 * Sizes are deterministic for a given build, so unlike timings they can pass or fail a test. The
 * initial JavaScript (what index.html loads before anything is drawn, gzip) must stay within
 * 150 KB: recharts, the panels and anything else not in the first paint must be lazy chunks.
 */
import { analyzeBundle, kb } from "./bench/bundle-size.ts";

export const INITIAL_JS_GZIP_BUDGET = 150 * 1024;

const dist = process.argv[2] ?? "dist";
const report = analyzeBundle(dist);
const { initialJs, initialCss, lazyJs } = report.totals;
const within = initialJs.gzip <= INITIAL_JS_GZIP_BUDGET;

console.log(
  `${dist}: initial JS ${kb(initialJs.bytes)} (gzip ${kb(initialJs.gzip)}) in ${report.initialJs.length} file(s)`,
);
for (const f of report.initialJs) console.log(`  ${f.file}  ${kb(f.bytes)}  gzip ${kb(f.gzip)}`);
console.log(`initial CSS ${kb(initialCss.bytes)} (gzip ${kb(initialCss.gzip)})`);
console.log(`lazy JS ${kb(lazyJs.bytes)} (gzip ${kb(lazyJs.gzip)}) in ${report.lazyJs.length} chunk(s)`);
for (const f of report.lazyJs) console.log(`  ${f.file}  ${kb(f.bytes)}  gzip ${kb(f.gzip)}`);
if (!within) {
  console.error(
    `size budget exceeded: initial JS is ${kb(initialJs.gzip)} gzip, the budget is ${kb(INITIAL_JS_GZIP_BUDGET)}. ` +
      "Move what the first paint does not draw behind a dynamic import() (see docs/performance.md).",
  );
  process.exit(1);
}
console.log(`size budget holds: ${kb(initialJs.gzip)} ≤ ${kb(INITIAL_JS_GZIP_BUDGET)} gzip`);
