/**
 * How much of the JS heap is V8's compiled code (heap snapshot nodes of type "code": machine code,
 * its relocation data, bytecode, feedback). The heap-growth budget counts the whole heap, and on the
 * bundled dataset V8 is still compiling the per-frame code during the first play loops; this
 * figure separates that from growth in the page's own objects, which a leak would show.
 */
import type { CDPSession } from "@playwright/test";

const MB = 1024 * 1024;

/** The parts of a .heapsnapshot this needs. */
export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/** Total self size (MB) of the snapshot's nodes of the given type. */
export function selfSizeOfType(snapshot: HeapSnapshot, type: string): number {
  const fields = snapshot.snapshot.meta.node_fields;
  const typeField = fields.indexOf("type");
  const sizeField = fields.indexOf("self_size");
  const typeIndex = snapshot.snapshot.meta.node_types[0].indexOf(type);
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length)
    if (snapshot.nodes[i + typeField] === typeIndex) bytes += snapshot.nodes[i + sizeField]!;
  return bytes / MB;
}

/** Compiled code in the page's heap now (MB), from a heap snapshot (which collects garbage first). */
export async function compiledCodeMB(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on("HeapProfiler.addHeapSnapshotChunk", collect);
  try {
    await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  } finally {
    cdp.off("HeapProfiler.addHeapSnapshotChunk", collect);
  }
  return selfSizeOfType(JSON.parse(chunks.join("")) as HeapSnapshot, "code");
}
