import { describe, expect, it } from "vitest";
import { selfSizeOfType, type HeapSnapshot } from "./heap-code";

const MB = 1024 * 1024;

describe("selfSizeOfType", () => {
  // Three nodes (type, name, self_size, edge_count): code 1 MB, object 5 MB, code 0.5 MB.
  const snapshot: HeapSnapshot = {
    snapshot: {
      meta: {
        node_fields: ["type", "name", "self_size", "edge_count"],
        node_types: [["hidden", "object", "code"], "string", "number", "number"],
      },
    },
    nodes: [2, 0, MB, 0, 1, 0, 5 * MB, 3, 2, 0, MB / 2, 1],
  };

  it("sums the self size of every node of the type, in MB", () => {
    expect(selfSizeOfType(snapshot, "code")).toBe(1.5);
    expect(selfSizeOfType(snapshot, "object")).toBe(5);
  });

  it("is 0 for a type no node has", () => {
    expect(selfSizeOfType(snapshot, "hidden")).toBe(0);
    expect(selfSizeOfType(snapshot, "closure")).toBe(0);
  });
});
