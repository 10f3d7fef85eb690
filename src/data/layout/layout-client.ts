/**
 * Where a graph's node positions come from, fastest first:
 *   1. the precomputed layout shipped for the bundled dataset (bundled-layout.json, made by
 *      `npm run precompute:layout` and checked by a test against computeLayout);
 *   2. a layout computed earlier for the same graph: in memory, or in localStorage across visits;
 *   3. computeLayout in a Web Worker (layout.worker.ts), reporting progress; on the main thread
 *      only where workers are unavailable (unit tests) or fail to start.
 * Cache entries are keyed by layoutKey(model), a hash of what the layout depends on.
 */
import bundledLayout from "./bundled-layout.json";
import type { GraphModel } from "../graph-model";
import type { Positions } from "./layout";
import { layoutKey } from "./layout-key";
import { requestFromModel, type LayoutReply } from "./layout-protocol";
import { runInWorker } from "../one-shot-worker";

/** Where positions came from; "computed": by this page, in the worker (or the main-thread fallback). */
export type LayoutSource = "precomputed" | "memory" | "storage" | "computed";
type Model = GraphModel;

const STORAGE_PREFIX = "lattice:layout:";
const MAX_STORED = 4;
const memory = new Map<string, Positions>();
const keys = new WeakMap<Model, string>();
/** Layouts being computed, shared by every caller asking for the same key. */
const running = new Map<string, { promise: Promise<Positions>; listeners: Set<(done: number) => void> }>();

function keyOf(model: Model): string {
  let key = keys.get(model);
  if (key === undefined) keys.set(model, (key = layoutKey(model)));
  return key;
}

/** True when every node of the model has a finite position: guards stale or tampered entries. */
function fits(model: Model, positions: unknown): positions is Positions {
  if (typeof positions !== "object" || positions === null) return false;
  const table = positions as Record<string, { x?: unknown; y?: unknown } | undefined>;
  return model.nodes.every((n) => {
    const p = table[n.id];
    return typeof p?.x === "number" && typeof p.y === "number" && Number.isFinite(p.x + p.y);
  });
}

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // access denied (privacy settings, sandboxed frame)
  }
}

function readStored(model: Model, key: string): Positions | null {
  try {
    const text = storage()?.getItem(STORAGE_PREFIX + key);
    const positions: unknown = text ? JSON.parse(text) : null;
    return fits(model, positions) ? positions : null;
  } catch {
    return null;
  }
}

function store(key: string, positions: Positions): void {
  memory.set(key, positions);
  const s = storage();
  if (!s) return;
  try {
    // Keep at most a few layouts: they are tens of KB each for big datasets.
    const stored = Object.keys(s).filter((k) => k.startsWith(STORAGE_PREFIX));
    for (const old of stored.slice(0, Math.max(0, stored.length - MAX_STORED + 1))) s.removeItem(old);
    s.setItem(STORAGE_PREFIX + key, JSON.stringify(positions));
  } catch {
    // Quota exceeded or storage disabled: the memory cache still works for this visit.
  }
}

/** The layout if it is available without computing, else null. Synchronous and cheap. */
export function knownLayout(model: Model): { positions: Positions; source: LayoutSource } | null {
  const key = keyOf(model);
  if (bundledLayout.key === key && fits(model, bundledLayout.positions))
    return { positions: bundledLayout.positions, source: "precomputed" };
  const remembered = memory.get(key);
  if (remembered) return { positions: remembered, source: "memory" };
  const stored = readStored(model, key);
  if (stored) {
    memory.set(key, stored);
    return { positions: stored, source: "storage" };
  }
  return null;
}

async function onMainThread(model: Model, onProgress: (done: number) => void): Promise<Positions> {
  const { computeLayout } = await import("./layout");
  return computeLayout(model, onProgress);
}

async function inWorker(model: Model, onProgress: (done: number) => void): Promise<Positions> {
  const worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  const request = requestFromModel(model);
  const transfer = [request.hub.buffer, request.source.buffer, request.target.buffer];
  return runInWorker(worker, request, transfer, (reply: LayoutReply) => {
    if (reply.type === "progress") return void onProgress(reply.done);
    if (reply.type === "error") throw new Error(reply.message);
    return reply.positions;
  });
}

/**
 * Computes (or finds) the layout. `onProgress` gets 0–1 while a computation runs. Never rejects
 * for a worker problem: it falls back to the main thread, which is slower but gives the same result.
 */
export function loadLayout(model: Model, onProgress: (done: number) => void = () => {}): Promise<Positions> {
  const known = knownLayout(model);
  if (known) return Promise.resolve(known.positions);
  const key = keyOf(model);
  let job = running.get(key);
  if (!job) {
    const listeners = new Set<(done: number) => void>();
    const report = (done: number) => listeners.forEach((listener) => listener(done));
    const compute =
      typeof Worker === "undefined"
        ? onMainThread(model, report)
        : inWorker(model, report).catch(() => onMainThread(model, report));
    const promise = compute.then(
      (positions) => {
        running.delete(key);
        store(key, positions);
        return positions;
      },
      (error: unknown) => {
        running.delete(key);
        throw error;
      },
    );
    job = { promise, listeners };
    running.set(key, job);
  }
  const listeners = job.listeners;
  listeners.add(onProgress);
  return job.promise.finally(() => listeners.delete(onProgress));
}

/** For tests: forget the memory cache. */
export function clearLayoutMemory(): void {
  memory.clear();
}
