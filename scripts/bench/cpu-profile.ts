/**
 * Where the time goes: a V8 CPU profile (Chrome DevTools Protocol) around a phase of a run, saved
 * as a .cpuprofile (open it in Chrome DevTools › Performance) and summarised as the functions with
 * the most self time. `npm run bench -- --profile` records one per scale and phase in
 * node_modules/.cache/lattice-bench/.
 */
import { writeFileSync } from "node:fs";
import type { CDPSession } from "@playwright/test";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface HotFunction {
  name: string;
  where: string;
  selfMs: number;
  share: number;
}

/** Self time per function (summed over call sites), largest first. */
export function hotFunctions(profile: CpuProfile, top = 15): HotFunction[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<string, { name: string; where: string; us: number }>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!);
    const dt = deltas[i + 1] ?? 0;
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split("/").pop() ?? "";
    const key = `${functionName}@${file}:${lineNumber}`;
    const entry = selfUs.get(key) ?? {
      name: functionName || "(anonymous)",
      where: file ? `${file}:${lineNumber + 1}` : "",
      us: 0,
    };
    entry.us += dt;
    total += dt;
    selfUs.set(key, entry);
  }
  return [...selfUs.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map((e) => ({ name: e.name, where: e.where, selfMs: e.us / 1000, share: total ? e.us / total : 0 }));
}

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
}

export async function stopProfile(cdp: CDPSession, file: string): Promise<HotFunction[]> {
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: CpuProfile };
  writeFileSync(file, JSON.stringify(profile));
  return hotFunctions(profile);
}
