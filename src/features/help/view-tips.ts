/** Short notes on the analysis views, listed in the help dialog under the shortcuts. */
export const VIEW_TIPS: { title: string; text: string }[] = [
  {
    title: "Verdict (Insights)",
    text: "A sentence computed from the data: did ties outside the Quad group grow more than Quad-group instruments? It says under how many of the 8 settings it holds and which one reverses it; the table shows all 8.",
  },
  {
    title: "Sensitivity settings",
    text: "Count agreements or weight them by depth; exclude declarations and dialogues; count from signature or entry into force. Each is in the link.",
  },
  {
    title: "How this could be wrong",
    text: "Limits computed from the records behind the verdict: unverified records, month- or year-only dates, countries with few records, coverage.",
  },
  {
    title: "Pair view",
    text: "Click a link between two countries, or ⇄ beside a partner in a country panel: everything the two share, dated, their combined depth over time and their rank among all pairs.",
  },
  {
    title: "Compare with…",
    text: "Pick an earlier date A: the timeline brackets A → B, new ties are drawn strongly, continuing ones faintly, ended or replaced ones ghosted. What changed lists each country's new partners and ties, most changed first, with a CSV; Insights computes the verdict for A..B.",
  },
];
