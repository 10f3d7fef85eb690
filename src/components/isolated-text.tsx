/**
 * Untrusted text (a dataset's title, a file name, a host) inside our own sentences: stripped of
 * control characters, bidirectional overrides included, and isolated with <bdi>, so a title with
 * U+202E cannot reverse the words around it — such as the origin in the foreign-data banner.
 */
// C0 and C1 controls, and the bidi marks, embeddings, overrides and isolates (matching controls is
// the point here).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function stripControls(text: string): string {
  return text.replace(CONTROLS, "");
}

export function Isolated({ text }: { text: string }) {
  return <bdi>{stripControls(text)}</bdi>;
}
