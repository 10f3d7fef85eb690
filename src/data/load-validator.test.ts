import { describe, expect, it } from "vitest";
import { OFF_THREAD_MIN_CHARS, validatesOnMainThread } from "./load-validator";

const answer = (headers: Record<string, string>) => new Response("{}", { headers });

describe("validatesOnMainThread", () => {
  it("is true for a small or unknown size, false from the size the worker takes", () => {
    expect(validatesOnMainThread(answer({ "content-length": "160548" }))).toBe(true);
    expect(validatesOnMainThread(answer({}))).toBe(true);
    expect(validatesOnMainThread(answer({ "content-length": "not a number" }))).toBe(true);
    expect(validatesOnMainThread(answer({ "content-length": String(OFF_THREAD_MIN_CHARS) }))).toBe(false);
    expect(validatesOnMainThread(answer({ "content-length": "4355948" }))).toBe(false);
  });
});
