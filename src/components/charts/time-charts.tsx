/**
 * Recharts wrappers for series sampled over the timeline. This module is heavy: import it only with
 * a dynamic import (React.lazy) so the first paint never waits for it.
 */
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type MouseHandlerDataParam,
} from "recharts";
import { dayNumberToIso, formatDate, latestDayNumber, yearOf } from "../../data/dates";

export interface Series {
  key: string;
  label: string;
  color: string;
}

export type TimeRow = { day: number } & Record<string, number | null>;

interface TimeChartProps {
  rows: readonly TimeRow[];
  series: readonly Series[];
  currentDay: number;
  /** Called with the sample day of the clicked point. */
  onPick: (day: number) => void;
  /** A tick on 1 January every `tickEvery` years. */
  tickEvery?: number;
  formatValue?: (value: number) => string;
}

const AXIS = { fontSize: 11, fill: "#475569" };
const GRID = "#e2e8f0";

function yearTicks(rows: readonly TimeRow[], every: number): number[] {
  if (rows.length === 0) return [];
  const first = rows[0]!.day;
  const last = rows[rows.length - 1]!.day;
  const ticks: number[] = [];
  for (let year = yearOf(first) + 1; year <= yearOf(last); year++) {
    if (year % every === 0) ticks.push(latestDayNumber(`${year}-01-01`));
  }
  return ticks;
}

function pickHandler(rows: readonly TimeRow[], onPick: (day: number) => void) {
  return (state: MouseHandlerDataParam) => {
    const row = rows[Number(state.activeTooltipIndex)];
    if (row) onPick(row.day);
  };
}

const dayLabel = (day: unknown) => (typeof day === "number" ? formatDate(dayNumberToIso(day)) : "");

function commonAxes(rows: readonly TimeRow[], tickEvery: number) {
  return [
    <CartesianGrid key="grid" stroke={GRID} vertical={false} />,
    <XAxis
      key="x"
      dataKey="day"
      type="number"
      domain={["dataMin", "dataMax"]}
      ticks={yearTicks(rows, tickEvery)}
      tickFormatter={(d: number) => String(yearOf(d))}
      tick={AXIS}
      stroke="#94a3b8"
    />,
  ];
}

function currentMarker(day: number) {
  return (
    <ReferenceLine
      x={day}
      stroke="#0f172a"
      strokeDasharray="4 3"
      label={{ value: "now", position: "top", fontSize: 10, fill: "#0f172a" }}
    />
  );
}

/** Stacked areas, e.g. active agreements by kind. */
export function StackedAreaChart({
  rows,
  series,
  currentDay,
  onPick,
  tickEvery = 4,
  formatValue,
}: TimeChartProps) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart
        data={rows as TimeRow[]}
        margin={{ top: 16, right: 8, bottom: 0, left: -18 }}
        onClick={pickHandler(rows, onPick)}
      >
        {commonAxes(rows, tickEvery)}
        <YAxis allowDecimals={false} tick={AXIS} stroke="#94a3b8" tickFormatter={formatValue} />
        <Tooltip
          labelFormatter={dayLabel}
          formatter={(v) => (formatValue && typeof v === "number" ? formatValue(v) : v)}
        />
        {series.map((s) => (
          <Area
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="1"
            type="linear"
            stroke={s.color}
            fill={s.color}
            fillOpacity={0.75}
            isAnimationActive={false}
          />
        ))}
        {currentMarker(currentDay)}
      </AreaChart>
    </ResponsiveContainer>
  );
}

/** One line per series, e.g. weighted degree of the leading countries. */
export function LinesChart({
  rows,
  series,
  currentDay,
  onPick,
  tickEvery = 4,
  formatValue,
  reversed = false,
  yDomain,
  yTicks,
  allowDecimals = false,
  highlight,
}: TimeChartProps & {
  allowDecimals?: boolean;
  reversed?: boolean;
  yDomain?: [number, number];
  yTicks?: number[];
  highlight?: string | null;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart
        data={rows as TimeRow[]}
        margin={{ top: 16, right: 10, bottom: 0, left: -18 }}
        onClick={pickHandler(rows, onPick)}
      >
        {commonAxes(rows, tickEvery)}
        <YAxis
          allowDecimals={allowDecimals}
          reversed={reversed}
          domain={yDomain ?? [0, "auto"]}
          ticks={yTicks}
          tick={AXIS}
          stroke="#94a3b8"
          tickFormatter={formatValue}
        />
        <Tooltip
          labelFormatter={dayLabel}
          formatter={(v) => (formatValue && typeof v === "number" ? formatValue(v) : v)}
        />
        {series.map((s) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            type="linear"
            stroke={s.color}
            strokeWidth={highlight === s.key ? 3.5 : 2}
            dot={{ r: 2.5 }}
            activeDot={{ r: 5 }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
        {currentMarker(currentDay)}
      </LineChart>
    </ResponsiveContainer>
  );
}

export type YearRow = { year: number } & Record<string, number>;

/** Stacked bars per calendar year, e.g. new agreements per year by Quad category. */
export function YearBarsChart({
  rows,
  series,
  currentYear,
  onPickYear,
}: {
  rows: readonly YearRow[];
  series: readonly Series[];
  currentYear: number;
  onPickYear: (year: number) => void;
}) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={rows as YearRow[]}
        margin={{ top: 16, right: 8, bottom: 0, left: -18 }}
        onClick={(state: MouseHandlerDataParam) => {
          const row = rows[Number(state.activeTooltipIndex)];
          if (row) onPickYear(row.year);
        }}
      >
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="year" tick={AXIS} stroke="#94a3b8" interval="preserveStartEnd" />
        <YAxis allowDecimals={false} tick={AXIS} stroke="#94a3b8" />
        <Tooltip cursor={{ fill: "rgb(15 23 42 / 0.06)" }} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="1"
            fill={s.color}
            isAnimationActive={false}
          />
        ))}
        <ReferenceLine
          x={currentYear}
          stroke="#0f172a"
          strokeDasharray="4 3"
          label={{ value: "now", position: "top", fontSize: 10, fill: "#0f172a" }}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
