/**
 * The verdict on the thesis, computed (never written by hand): over a window, did the ties that do
 * not run through the Quad as a group grow faster than the Quad-group instruments? "Grew" is the net
 * change of what is in effect (new minus ended and replaced), so a replaced agreement nets out. The
 * same question is asked under all 8 sensitivity settings, and the sentence says how many agree and
 * which setting, if any, reverses it.
 */
import type { AgreementFilter } from "../../data/active";
import { dayNumberToIso, formatDate, latestDayNumber } from "../../data/dates";
import type { PreparedDataset } from "../../data/prepare";
import type { Group } from "../../data/schema";
import type { Measure } from "../../state/view-state";
import { activeValuesAt, webTotal, type ThesisSettings } from "./thesis";

export interface VerdictWindow {
  fromDay: number;
  toDay: number;
  /** "Since 2017" or "Between 1 Jan 2016 and 31 Dec 2023". */
  label: string;
}

/** Since the year the current run of Quad-group instruments began, to the end of the timeline. */
export function runWindow(p: PreparedDataset, runStartYear: number | null): VerdictWindow {
  if (runStartYear === null)
    return {
      fromDay: p.startDay,
      toDay: p.endDay,
      label: `Between ${formatDate(dayNumberToIso(p.startDay))} and ${formatDate(dayNumberToIso(p.endDay))}`,
    };
  const fromDay = Math.max(p.startDay, latestDayNumber(String(runStartYear - 1)));
  return { fromDay, toDay: p.endDay, label: `Since ${runStartYear}` };
}

/** The compare window A..B. */
export function compareWindow(fromDay: number, toDay: number): VerdictWindow {
  return {
    fromDay,
    toDay,
    label: `Between ${formatDate(dayNumberToIso(fromDay))} and ${formatDate(dayNumberToIso(toDay))}`,
  };
}

export interface SettingResult {
  settings: ThesisSettings;
  /** Net growth over the window of the ties outside the Quad group, and of the Quad group's. */
  web: number;
  quad: number;
  /** True when the web grew more than the Quad group did. */
  outpaced: boolean;
}

/** Every combination of the three settings, in a fixed order (the table's rows). */
export const ALL_SETTINGS: readonly ThesisSettings[] = (["count", "depth"] as const).flatMap((measure) =>
  [true, false].flatMap((declarations) =>
    (["signed", "in-force"] as const).map((basis) => ({ measure, declarations, basis })),
  ),
);

export function resultFor(
  p: PreparedDataset,
  quad: Group,
  filter: AgreementFilter,
  settings: ThesisSettings,
  window: VerdictWindow,
): SettingResult {
  const before = activeValuesAt(p, quad, filter, settings, window.fromDay);
  const after = activeValuesAt(p, quad, filter, settings, window.toDay);
  const web = webTotal(after) - webTotal(before);
  const quadGrowth = after["quad-group"] - before["quad-group"];
  return { settings, web, quad: quadGrowth, outpaced: web > quadGrowth };
}

export interface Verdict {
  window: VerdictWindow;
  current: SettingResult;
  all: SettingResult[];
  /** How many of the 8 settings agree with the current one. */
  agreeing: number;
  sentence: string;
}

const same = (a: ThesisSettings, b: ThesisSettings) =>
  a.measure === b.measure && a.declarations === b.declarations && a.basis === b.basis;

export function computeVerdict(
  p: PreparedDataset,
  quad: Group,
  filter: AgreementFilter,
  current: ThesisSettings,
  window: VerdictWindow,
): Verdict {
  const all = ALL_SETTINGS.map((s) => resultFor(p, quad, filter, s, window));
  const now = all.find((r) => same(r.settings, current))!;
  const agreeing = all.filter((r) => r.outpaced === now.outpaced).length;
  const reversing = all.filter((r) => r.outpaced !== now.outpaced).map((r) => r.settings);
  return { window, current: now, all, agreeing, sentence: verdictSentence(window, now, agreeing, reversing) };
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "+0");
const unit = (m: Measure) => (m === "depth" ? "depth points in effect" : "agreements in effect");

/** "1.7×", or "12×" for large ratios. */
export function ratioText(web: number, quad: number): string {
  const r = web / quad;
  return `${r >= 10 ? Math.round(r) : Number(r.toFixed(1))}×`;
}

function claim(window: VerdictWindow, r: SettingResult): string {
  const lead = `${window.label}, ties that do not run through the Quad as a group`;
  const figures = `${signed(r.web)} vs ${signed(r.quad)} ${unit(r.settings.measure)}`;
  if (!r.outpaced) return `${lead} did not grow faster than Quad-group instruments (${figures})`;
  if (r.quad <= 0)
    return `${lead} grew (${signed(r.web)} ${unit(r.settings.measure)}) while Quad-group instruments did not (${signed(r.quad)})`;
  return `${lead} grew ${ratioText(r.web, r.quad)} faster than Quad-group instruments (${figures})`;
}

export function verdictSentence(
  window: VerdictWindow,
  current: SettingResult,
  agreeing: number,
  reversing: readonly ThesisSettings[],
): string {
  const total = ALL_SETTINGS.length;
  if (reversing.length === 0) return `${claim(window, current)}; this holds under all ${total} settings.`;
  return `${claim(window, current)}; this holds under ${agreeing} of ${total} settings; it reverses ${reversalCondition(reversing)}.`;
}

// ---------------------------------------------------------------------------------------------
// Which settings reverse it, said as simply as the table allows: one setting ("when declarations
// and dialogues are excluded"), two together ("…and counted from entry into force"), either of two
// ("…or when weighted by depth"), else the number of settings.

interface Literal {
  test: (s: ThesisSettings) => boolean;
  text: string;
  dimension: keyof ThesisSettings;
}

const LITERALS: readonly Literal[] = [
  {
    dimension: "declarations",
    test: (s) => !s.declarations,
    text: "declarations and dialogues are excluded",
  },
  { dimension: "declarations", test: (s) => s.declarations, text: "declarations and dialogues are included" },
  { dimension: "measure", test: (s) => s.measure === "depth", text: "weighted by depth" },
  { dimension: "measure", test: (s) => s.measure === "count", text: "agreements are counted" },
  { dimension: "basis", test: (s) => s.basis === "in-force", text: "counted from entry into force" },
  { dimension: "basis", test: (s) => s.basis === "signed", text: "counted from signature" },
];

export function reversalCondition(reversing: readonly ThesisSettings[]): string {
  const matches = (test: (s: ThesisSettings) => boolean) =>
    ALL_SETTINGS.every((s) => test(s) === reversing.some((r) => same(r, s)));
  for (const l of LITERALS) if (matches(l.test)) return `when ${l.text}`;
  const pairs = LITERALS.flatMap((a, i) =>
    LITERALS.slice(i + 1)
      .filter((b) => b.dimension !== a.dimension)
      .map((b) => [a, b] as const),
  );
  for (const [a, b] of pairs)
    if (matches((s) => a.test(s) && b.test(s))) return `when ${a.text} and ${b.text}`;
  for (const [a, b] of pairs)
    if (matches((s) => a.test(s) || b.test(s))) return `when ${a.text} or when ${b.text}`;
  return `under the other ${reversing.length} (see the table)`;
}
