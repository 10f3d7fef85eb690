import type { ReactNode } from "react";

/**
 * The URL if it is http(s), else null. Dataset text is untrusted: the schema already rejects other
 * protocols, and this check runs again at render time in case data arrives by another path.
 */
export function safeHttpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to an outside source, in a new tab without giving it a handle on this page. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const safe = safeHttpUrl(href);
  if (!safe) return <span title="Link withheld: not an http(s) address">{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
