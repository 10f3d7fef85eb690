import { describe, expect, it } from "vitest";
import { parseStat, treeCpuSeconds, withCpuUse } from "./process-cpu.ts";

describe("process CPU", () => {
  it("reads ppid and utime + stime from /proc/<pid>/stat, even with spaces in the name", () => {
    const text = "4242 (Chrome_ChildIO T) S 4200 4242 1 0 -1 4194560 100 0 0 0 250 30 0 0 20 0 12 0 500";
    expect(parseStat(4242, text)).toEqual({ pid: 4242, ppid: 4200, ticks: 280 });
  });

  it("sums the processes below the root, not the root or others", () => {
    const stats = [
      { pid: 10, ppid: 1, ticks: 1000 }, // the benchmark itself
      { pid: 11, ppid: 10, ticks: 150 }, // browser
      { pid: 12, ppid: 11, ticks: 300 }, // zygote → renderer
      { pid: 13, ppid: 12, ticks: 50 },
      { pid: 20, ppid: 1, ticks: 999 }, // something else on the machine
    ];
    expect(treeCpuSeconds(stats, 10)).toBeCloseTo(5);
  });

  it("measures around a piece of work on Linux", async () => {
    const { result, cpu } = await withCpuUse(async () => 7);
    expect(result).toBe(7);
    if (process.platform !== "linux") return;
    expect(cpu).not.toBeNull();
    expect(cpu!.seconds).toBeGreaterThanOrEqual(0);
  });
});
