/** Command-line options of `npm run bench` (see docs/performance.md for what each one changes). */
export const ALL_SCALES = ["bundled", "medium", "large"] as const;
export type Scale = (typeof ALL_SCALES)[number];

export interface BenchOptions {
  runs: number;
  scales: Scale[];
  /**
   * Full plays of the timeline for the heap-growth figure, after the measured (warm-up) play; only at
   * the scales with a heap-growth budget (bundled, large).
   */
  loops: number;
  /** Timeline steps driven through the slider, the app's and the reference page's (the same dates). */
  steps: number;
  /** Playback speed chosen in the app (1, 2 or 4; at 1× a full play lasts 20 s). */
  speed: 1 | 2 | 4;
  build: boolean;
  /**
   * Serve these prebuilt apps instead of building one. With two or more, each run measures every
   * build in turn (A/B interleaved, so load from elsewhere on the machine hits them alike).
   */
  appDists: string[];
  reference: boolean;
  port: number;
  out: string;
  /** Free text stored in results.json, e.g. the commit a prebuilt app was built from. */
  label: string | null;
  /**
   * Profile instead of measure: an unminified build, one CPU profile of the scrub and of the play
   * per scale (node_modules/.cache/lattice-bench/*.cpuprofile) and the hottest functions printed;
   * results go there too (profile-results.json), since profiling slows everything down.
   */
  profile: boolean;
}

/**
 * Where a run writes its results by default: git-ignored, so a run never dirties the tree. The copy
 * that docs/performance.md's table quotes is bench/latest-results.json, updated by hand with the table.
 */
export const BENCH_RESULTS = "bench/out/results.json";

export const DEFAULT_OPTIONS: BenchOptions = {
  runs: 5,
  scales: [...ALL_SCALES],
  loops: 10,
  steps: 100,
  speed: 4,
  build: true,
  appDists: [],
  reference: true,
  port: 4199,
  out: BENCH_RESULTS,
  label: null,
  profile: false,
};

const USAGE = `npm run bench -- [--runs 5] [--scales bundled,medium,large] [--loops 10] [--steps 100]
                    [--speed 4] [--no-build] [--no-reference] [--port 4199] [--out bench/out/results.json]
                    [--app-dist <built app folder>[,<another>…]] [--label <text>] [--profile]`;

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULT_OPTIONS, scales: [...DEFAULT_OPTIONS.scales] };
  const number = (flag: string, raw: string | undefined, min: number): number => {
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min)
      throw new Error(`${flag} needs a whole number ≥ ${min}\n${USAGE}`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--runs":
        options.runs = number(flag, value(), 1);
        break;
      case "--loops":
        options.loops = number(flag, value(), 1);
        break;
      case "--steps":
        options.steps = number(flag, value(), 1);
        break;
      case "--port":
        options.port = number(flag, value(), 1);
        break;
      case "--speed": {
        const speed = number(flag, value(), 1);
        if (speed !== 1 && speed !== 2 && speed !== 4) throw new Error(`--speed must be 1, 2 or 4\n${USAGE}`);
        options.speed = speed;
        break;
      }
      case "--scales": {
        const names = (value() ?? "").split(",").filter(Boolean);
        const unknown = names.filter((n) => !(ALL_SCALES as readonly string[]).includes(n));
        if (names.length === 0 || unknown.length)
          throw new Error(
            `--scales takes a list of ${ALL_SCALES.join(", ")}${unknown.length ? ` (unknown: ${unknown.join(", ")})` : ""}\n${USAGE}`,
          );
        options.scales = ALL_SCALES.filter((s) => names.includes(s));
        break;
      }
      case "--out":
        options.out = value() ?? options.out;
        break;
      case "--label":
        options.label = value() ?? null;
        break;
      case "--no-build":
        options.build = false;
        break;
      case "--app-dist":
        options.appDists = (value() ?? "").split(",").filter(Boolean);
        break;
      case "--no-reference":
        options.reference = false;
        break;
      case "--profile":
        options.profile = true;
        break;
      case "--help":
        throw new Error(USAGE);
      default:
        throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  return options;
}
