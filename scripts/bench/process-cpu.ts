/**
 * The CPU time a page load costs, to tell a load that waits from one that computes: the seconds of
 * CPU used by every process the benchmark started (Chromium's browser, renderer, GPU and utility
 * processes, workers included), read from Linux's /proc, and how many cores that kept busy. On a
 * 2-core machine a load that keeps ~1.8 cores busy can only get faster by doing less work
 * (docs/performance.md). Null where /proc is missing (macOS, Windows).
 */
import { readdirSync, readFileSync } from "node:fs";

/** Linux's USER_HZ: the unit of utime and stime in /proc/<pid>/stat. */
const TICKS_PER_SECOND = 100;

export interface ProcessStat {
  pid: number;
  ppid: number;
  /** utime + stime, in ticks. */
  ticks: number;
}

/** Parses /proc/<pid>/stat; the command name (in parentheses) may contain spaces. */
export function parseStat(pid: number, text: string): ProcessStat | null {
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  // From the state field on: state ppid … utime (12th) stime (13th).
  const ppid = Number(fields[1]);
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ppid) && Number.isFinite(ticks) ? { pid, ppid, ticks } : null;
}

/** CPU seconds of every process below `root` (not `root` itself: the benchmark and its server). */
export function treeCpuSeconds(stats: ProcessStat[], root: number): number {
  const parentOf = new Map(stats.map((s) => [s.pid, s.ppid]));
  const below = (pid: number): boolean => {
    for (let p = parentOf.get(pid), hops = 0; p !== undefined && hops < 64; p = parentOf.get(p), hops++)
      if (p === root) return true;
    return false;
  };
  return stats.filter((s) => below(s.pid)).reduce((sum, s) => sum + s.ticks, 0) / TICKS_PER_SECOND;
}

function childrenCpuSeconds(): number | null {
  let pids: number[];
  try {
    pids = readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return null;
  }
  const stats: ProcessStat[] = [];
  for (const pid of pids) {
    try {
      const stat = parseStat(pid, readFileSync(`/proc/${pid}/stat`, "utf8"));
      if (stat) stats.push(stat);
    } catch {
      // The process ended while we looked.
    }
  }
  return treeCpuSeconds(stats, process.pid);
}

export interface CpuUse {
  /** CPU seconds used by the browser's processes while `work` ran. */
  seconds: number;
  /** seconds ÷ wall-clock seconds: 2 is both cores of a 2-core machine busy all along. */
  cores: number;
}

/** Runs `work` and measures the browser's CPU use meanwhile (null without /proc). */
export async function withCpuUse<T>(work: () => Promise<T>): Promise<{ result: T; cpu: CpuUse | null }> {
  const before = childrenCpuSeconds();
  const start = performance.now();
  const result = await work();
  const after = childrenCpuSeconds();
  const wall = (performance.now() - start) / 1000;
  if (before === null || after === null || wall <= 0) return { result, cpu: null };
  return { result, cpu: { seconds: after - before, cores: (after - before) / wall } };
}
