/**
 * Reads a response body as text with two guards that `response.text()` lacks: a size cap counted on
 * the bytes as they arrive (after the browser has decompressed them), so a body without
 * Content-Length, or a small compressed body that inflates to gigabytes, is refused as soon as it
 * passes the cap rather than after it has all been read; and a stall timer, so a server that stops
 * sending is reported instead of leaving the page waiting forever.
 */
export class BodyTooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`body larger than the cap (${bytes} bytes read)`);
    this.name = "BodyTooLarge";
  }
}

export class BodyStalled extends Error {
  constructor(readonly ms: number) {
    super(`nothing received for ${ms} ms`);
    this.name = "BodyStalled";
  }
}

/** Rejects with BodyStalled if `promise` takes longer than `ms`; clears its timer either way. */
export function withStallTimer<T>(promise: Promise<T>, ms: number, onStall?: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // Settled before onStall runs: aborting a fetch rejects it at once, and the race must report
      // the stall, not the abort it causes.
      reject(new BodyStalled(ms));
      onStall?.();
    }, ms);
  });
  return Promise.race([promise, stalled]).finally(() => clearTimeout(timer));
}

export async function readCappedText(response: Response, maxBytes: number, stallMs: number): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await withStallTimer(reader.read(), stallMs);
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) throw new BodyTooLarge(bytes);
      parts.push(decoder.decode(value, { stream: true }));
    }
  } catch (error) {
    // Stop the download: nothing more of it will be used.
    reader.cancel().catch(() => {});
    throw error;
  }
  parts.push(decoder.decode());
  return parts.join("");
}
