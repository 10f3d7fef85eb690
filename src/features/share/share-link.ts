/**
 * Share: the canonical link to the current view, and copying it. Pure, so the clipboard fallback can
 * be tested without a browser.
 */
import { serializeQuery } from "../../state/url-codec";
import type { ViewState } from "../../state/view-state";

/** origin + path + only the non-default view parameters (the same query the address bar shows). */
export function canonicalUrl(location: { origin: string; pathname: string }, view: ViewState): string {
  return `${location.origin}${location.pathname}${serializeQuery(view)}`;
}

export interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

export type CopyOutcome = "copied" | "fallback";

/**
 * Copies with the async clipboard API. "fallback" when there is none (insecure context, old
 * browser), when permission is refused, or when it hangs: the caller then shows the link in a
 * selectable field instead.
 */
export async function copyText(
  text: string,
  clipboard: ClipboardLike | undefined,
  timeoutMs = 2000,
): Promise<CopyOutcome> {
  if (!clipboard || typeof clipboard.writeText !== "function") return "fallback";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<CopyOutcome>((resolve) => {
    timer = setTimeout(() => resolve("fallback"), timeoutMs);
  });
  try {
    return await Promise.race([clipboard.writeText(text).then((): CopyOutcome => "copied"), timeout]);
  } catch {
    return "fallback";
  } finally {
    clearTimeout(timer);
  }
}
