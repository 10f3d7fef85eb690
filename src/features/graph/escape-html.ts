/**
 * The graph library puts tooltip strings into innerHTML, and tooltip text comes from the dataset,
 * which may be user-supplied (`data=`): every piece of dataset text must pass through here first.
 */
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
