/**
 * The one URL codec, in the manner of OWID Grapher: each query parameter parses to valid, invalid
 * (dropped, with a reason the UI shows) or missing (default). Only non-default values are written;
 * lists are joined with "~". Pure: no window, no store. Checks that need the dataset (does this
 * country exist?) happen in reconcile.ts.
 */
import { isFullDate, isPartialDate } from "../data/dates";
import { AGREEMENT_KINDS, type AgreementKind } from "../data/kinds";
import {
  DEFAULT_VIEW,
  LABEL_CHOICES,
  TABS,
  THEMES,
  type LabelChoice,
  type Tab,
  type Theme,
  type TimeToken,
  type ViewState,
} from "./view-state";

export interface ParamProblem {
  param: string;
  value: string;
  reason: string;
}

export interface ParsedQuery {
  state: ViewState;
  problems: ParamProblem[];
}

/** Valid, possibly with part of the value ignored (`ignored` names that part and why). */
type Parsed<T> =
  { ok: true; value: T; ignored?: { value: string; reason: string } } | { ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

const COUNTRY = /^[A-Z]{3}$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_VALUE = 2000;

function parseTimeToken(raw: string): Parsed<TimeToken> {
  if (raw === "latest" || raw === "earliest") return ok(raw);
  if (/^\d{4}$/.test(raw) && isPartialDate(raw)) return ok(`${raw}-12-31`);
  if (isFullDate(raw)) return ok(raw);
  return bad("not a date (use YYYY-MM-DD, YYYY, earliest or latest)");
}

function parseTime(raw: string): Parsed<{ time: TimeToken; compareFrom: TimeToken | null }> {
  const parts = raw.split("..");
  if (parts.length > 2) return bad("use one date, or a range A..B");
  if (parts.length === 1) {
    const t = parseTimeToken(raw);
    return t.ok ? ok({ time: t.value, compareFrom: null }) : t;
  }
  const a = parseTimeToken(parts[0]!);
  const b = parseTimeToken(parts[1]!);
  if (!a.ok) return bad(`start of range: ${a.reason}`);
  if (!b.ok) return bad(`end of range: ${b.reason}`);
  return ok({ time: b.value, compareFrom: a.value });
}

function parseList<T extends string>(
  raw: string,
  valid: (item: string) => item is T,
  what: string,
): Parsed<T[]> {
  const items = raw.split("~").filter((s) => s !== "");
  const unknown = items.filter((s) => !valid(s));
  if (unknown.length > 0) return bad(`unknown ${what}: ${unknown.slice(0, 5).join(", ")}`);
  return ok([...new Set(items)] as T[]);
}

const isKind = (s: string): s is AgreementKind => (AGREEMENT_KINDS as readonly string[]).includes(s);
const isCountry = (s: string): s is string => COUNTRY.test(s);

/** Each parameter: how it reads and writes its part of the view. */
const PARAMS: Record<
  string,
  { read: (raw: string) => Parsed<Partial<ViewState>>; write: (s: ViewState) => string | null }
> = {
  time: {
    read: (raw) => parseTime(raw),
    write: (s) =>
      s.compareFrom !== null ? `${s.compareFrom}..${s.time}` : s.time === DEFAULT_VIEW.time ? null : s.time,
  },
  kinds: {
    // Unknown kinds are dropped and named; the known ones are kept (`kinds=foo~access` shows access).
    read: (raw) => {
      const items = raw.split("~").filter((s) => s !== "");
      const known = items.filter(isKind);
      const unknown = items.filter((s) => !isKind(s));
      if (known.length === 0) return bad(`unknown kind: ${unknown.slice(0, 5).join(", ")}`);
      const result: Parsed<Partial<ViewState>> = ok({
        kinds:
          new Set(known).size === AGREEMENT_KINDS.length
            ? null
            : AGREEMENT_KINDS.filter((k) => known.includes(k)),
      });
      if (unknown.length > 0 && result.ok)
        result.ignored = {
          value: unknown.slice(0, 5).join("~"),
          reason: `unknown kind; kept ${[...new Set(known)].join(", ")}`,
        };
      return result;
    },
    write: (s) => (s.kinds === null ? null : s.kinds.length === 0 ? "none" : s.kinds.join("~")),
  },
  depth: {
    read: (raw) =>
      /^[1-5]$/.test(raw) ? ok({ depth: Number(raw) }) : bad("must be a whole number from 1 to 5"),
    write: (s) => (s.depth === DEFAULT_VIEW.depth ? null : String(s.depth)),
  },
  basis: {
    read: (raw) =>
      raw === "signed" || raw === "in-force" ? ok({ basis: raw }) : bad('must be "signed" or "in-force"'),
    write: (s) => (s.basis === DEFAULT_VIEW.basis ? null : s.basis),
  },
  country: {
    read: (raw) =>
      COUNTRY.test(raw) ? ok({ country: raw }) : bad("must be an ISO 3166-1 alpha-3 code such as JPN"),
    write: (s) => s.country,
  },
  agreement: {
    read: (raw) => (ID.test(raw) ? ok({ agreement: raw }) : bad("not an agreement id")),
    write: (s) => s.agreement,
  },
  focus: {
    read: (raw) => {
      const r = parseList(raw, isCountry, "country code");
      return r.ok ? ok({ focus: r.value }) : r;
    },
    write: (s) => (s.focus.length === 0 ? null : s.focus.join("~")),
  },
  tab: {
    read: (raw) =>
      (TABS as readonly string[]).includes(raw)
        ? ok({ tab: raw as Tab })
        : bad(`must be one of ${TABS.join(", ")}`),
    write: (s) => (s.tab === DEFAULT_VIEW.tab ? null : s.tab),
  },
  present: {
    read: (raw) => (raw === "1" || raw === "0" ? ok({ present: raw === "1" }) : bad('must be "1"')),
    write: (s) => (s.present ? "1" : null),
  },
  story: {
    read: (raw) => (ID.test(raw) ? ok({ story: raw }) : bad("not a story id")),
    write: (s) => s.story,
  },
  step: {
    read: (raw) =>
      /^[1-9]\d{0,3}$/.test(raw) ? ok({ step: Number(raw) }) : bad("must be a step number from 1"),
    write: (s) => (s.story === null || s.step === DEFAULT_VIEW.step ? null : String(s.step)),
  },
  measure: {
    read: (raw) =>
      raw === "count" || raw === "depth" ? ok({ measure: raw }) : bad('must be "count" or "depth"'),
    write: (s) => (s.measure === DEFAULT_VIEW.measure ? null : s.measure),
  },
  declarations: {
    read: (raw) =>
      raw === "include" || raw === "exclude"
        ? ok({ declarations: raw === "include" })
        : bad('must be "include" or "exclude"'),
    write: (s) => (s.declarations ? null : "exclude"),
  },
  theme: {
    read: (raw) =>
      (THEMES as readonly string[]).includes(raw)
        ? ok({ theme: raw as Theme })
        : bad(`must be one of ${THEMES.join(", ")}`),
    write: (s) => (s.theme === DEFAULT_VIEW.theme ? null : s.theme),
  },
  labels: {
    read: (raw) =>
      (LABEL_CHOICES as readonly string[]).includes(raw)
        ? ok({ labels: raw as LabelChoice })
        : bad(`must be one of ${LABEL_CHOICES.join(", ")}`),
    write: (s) => (s.labels === DEFAULT_VIEW.labels ? null : s.labels),
  },
  pair: {
    read: (raw) => {
      const ids = raw.split("~");
      if (ids.length !== 2 || !ids.every(isCountry)) return bad("must be two country codes, e.g. AUS~JPN");
      const [a, b] = [...ids].sort() as [string, string];
      return a === b ? bad("must be two different countries") : ok({ pair: [a, b] as [string, string] });
    },
    write: (s) => (s.pair === null ? null : s.pair.join("~")),
  },
  data: {
    read: (raw) => {
      if (/^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^https?:\/\//i.test(raw))
        return bad("only http(s) URLs or relative paths");
      if (raw.startsWith("//")) return bad("protocol-relative URLs are not allowed; use https://");
      return ok({ data: raw });
    },
    write: (s) => s.data,
  },
};

export const PARAM_NAMES = Object.keys(PARAMS);

/** Never throws: anything unreadable becomes a problem and the default stays. */
export function parseQuery(search: string): ParsedQuery {
  const state: ViewState = { ...DEFAULT_VIEW };
  const problems: ParamProblem[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      state,
      problems: [{ param: "(query)", value: search.slice(0, 80), reason: "unreadable query string" }],
    };
  }
  const seen = new Set<string>();
  for (const [name, value] of params) {
    const spec = Object.prototype.hasOwnProperty.call(PARAMS, name) ? PARAMS[name] : undefined;
    if (!spec) {
      problems.push({ param: name.slice(0, 40), value: value.slice(0, 80), reason: "unknown parameter" });
      continue;
    }
    if (seen.has(name)) {
      problems.push({
        param: name,
        value: value.slice(0, 80),
        reason: "given more than once; the first is used",
      });
      continue;
    }
    seen.add(name);
    if (value.length > MAX_VALUE) {
      problems.push({ param: name, value: `${value.slice(0, 40)}…`, reason: "too long" });
      continue;
    }
    const result =
      name === "kinds" && value === "none" ? ok({ kinds: [] as AgreementKind[] }) : spec.read(value);
    if (result.ok) {
      Object.assign(state, result.value);
      if (result.ignored) problems.push({ param: name, ...result.ignored });
    } else problems.push({ param: name, value: value.slice(0, 80), reason: result.reason });
  }
  if (state.story === null) state.step = DEFAULT_VIEW.step;
  return { state, problems };
}

/** "?a=b&…" with only non-default values, in a fixed order; "" for the default view. */
export function serializeQuery(state: ViewState): string {
  const parts: string[] = [];
  for (const name of PARAM_NAMES) {
    const value = PARAMS[name]!.write(state);
    if (value !== null) parts.push(`${name}=${encodeURIComponent(value)}`);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}

/** Used by the date helpers of the timeline: "2013" → "2013-12-31" etc. */
export function normaliseTimeToken(raw: string): TimeToken | null {
  const r = parseTimeToken(raw);
  return r.ok ? r.value : null;
}
