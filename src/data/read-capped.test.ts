import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { BodyStalled, BodyTooLarge, readCappedText } from "./read-capped";

/** A body of `chunks` chunks of `size` bytes each, counting how many were pulled. */
function streamed(chunks: number, size: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return { response: new Response(body), pulled: () => pulled };
}

describe("readCappedText", () => {
  it("reads a body under the cap, multi-byte characters across chunks included", async () => {
    const text = "Japan–Australia ✓ ".repeat(5000);
    expect(await readCappedText(new Response(text), 1_000_000, 1000)).toBe(text);
  });

  it("refuses a body without Content-Length as soon as it passes the cap", async () => {
    const { response, pulled } = streamed(1000, 64 * 1024); // 64 MB if read whole
    await expect(readCappedText(response, 1024 * 1024, 1000)).rejects.toBeInstanceOf(BodyTooLarge);
    expect(pulled()).toBeLessThan(40);
  });

  it("counts the inflated bytes of a compressed bomb, not the compressed ones", async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20)); // ~20 KB compressed
    expect(bomb.byteLength).toBeLessThan(100_000);
    const inflated = new Response(bomb).body!.pipeThrough(new DecompressionStream("gzip"));
    await expect(readCappedText(new Response(inflated), 1024 * 1024, 1000)).rejects.toBeInstanceOf(
      BodyTooLarge,
    );
  });

  it("gives up on a body that stops arriving", async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("{"));
      },
    });
    await expect(readCappedText(new Response(body), 1024, 50)).rejects.toBeInstanceOf(BodyStalled);
  });
});
