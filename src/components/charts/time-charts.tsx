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
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type MouseHandlerDataParam,
} from "recharts";
import type { ReactNode } from "react";
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
  /** A window to shade (compare mode's A..B), in sample days. */
  shade?: readonly [number, number] | null;
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

/** Calls `pick` with the row of the clicked point, if any. */
function pickHandler<R>(rows: readonly R[], pick: (row: R) => void) {
  return (state: MouseHandlerDataParam) => {
    const row = rows[Number(state.activeTooltipIndex)];
    if (row) pick(row);
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

function currentMarker(x: number) {
  return (
    <ReferenceLine
      x={x}
      stroke="#0f172a"
      strokeDasharray="4 3"
      label={{ value: "now", position: "top", fontSize: 10, fill: "#0f172a" }}
    />
  );
}

/** The compare window, shaded behind the marks. */
function shadeArea(range: readonly [number, number] | null | undefined) {
  if (!range) return null;
  return (
    <ReferenceArea
      x1={range[0]}
      x2={range[1]}
      fill="#f59e0b"
      fillOpacity={0.14}
      stroke="#b45309"
      strokeOpacity={0.5}
      strokeDasharray="3 3"
      ifOverflow="extendDomain"
      label={{ value: "compared", position: "insideTopLeft", fontSize: 10, fill: "#92400e" }}
    />
  );
}

function timeTooltip(formatValue?: (value: number) => string) {
  return (
    <Tooltip
      labelFormatter={dayLabel}
      formatter={(v) => (formatValue && typeof v === "number" ? formatValue(v) : v)}
    />
  );
}

/**
 * The kinds of chart, as data: the recharts chart each is drawn with, its right margin, and how it
 * draws one series.
 */
const CHART_KINDS = {
  /** Stacked areas. */
  area: {
    Chart: AreaChart,
    right: 8,
    draw: (s: Series) => (
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
    ),
  },
  /** One line per series; the highlighted one drawn thicker. */
  line: {
    Chart: LineChart,
    right: 10,
    draw: (s: Series, highlight?: string | null) => (
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
    ),
  },
  /** Stacked bars. */
  bar: {
    Chart: BarChart,
    right: 8,
    draw: (s: Series) => (
      <Bar key={s.key} dataKey={s.key} name={s.label} stackId="1" fill={s.color} isAnimationActive={false} />
    ),
  },
} as const;

/** One chart of any kind: its axes and tooltip, one mark per series, and the "now" line at `currentX`. */
function SeriesChart<R extends object>({
  kind,
  rows,
  series,
  highlight,
  onPick,
  axes,
  tooltip,
  currentX,
  shade,
}: {
  kind: keyof typeof CHART_KINDS;
  rows: readonly R[];
  series: readonly Series[];
  highlight?: string | null;
  onPick: (row: R) => void;
  /** Grid, x axis and y axis, keyed. */
  axes: ReactNode[];
  tooltip: ReactNode;
  currentX: number;
  shade?: readonly [number, number] | null;
}) {
  const { Chart, right, draw } = CHART_KINDS[kind];
  return (
    <ResponsiveContainer width="100%" height="100%">
      <Chart
        data={rows as R[]}
        margin={{ top: 16, right, bottom: 0, left: -18 }}
        onClick={pickHandler(rows, onPick)}
      >
        {axes}
        {shadeArea(shade)}
        {tooltip}
        {series.map((s) => draw(s, highlight))}
        {currentMarker(currentX)}
      </Chart>
    </ResponsiveContainer>
  );
}

/** An area or line chart over the timeline: year ticks on the x axis, then the given y axis. */
function TimeChart({
  kind,
  rows,
  series,
  currentDay,
  onPick,
  tickEvery = 4,
  formatValue,
  yAxis,
  highlight,
  shade,
}: TimeChartProps & { kind: "area" | "line"; yAxis: ReactNode; highlight?: string | null }) {
  return (
    <SeriesChart
      kind={kind}
      rows={rows}
      series={series}
      highlight={highlight}
      onPick={(row) => onPick(row.day)}
      axes={[...commonAxes(rows, tickEvery), yAxis]}
      tooltip={timeTooltip(formatValue)}
      currentX={currentDay}
      shade={shade}
    />
  );
}

/** Stacked areas, e.g. active agreements by kind. */
export function StackedAreaChart(props: TimeChartProps) {
  return (
    <TimeChart
      kind="area"
      {...props}
      yAxis={
        <YAxis key="y" allowDecimals={false} tick={AXIS} stroke="#94a3b8" tickFormatter={props.formatValue} />
      }
    />
  );
}

/** One line per series, e.g. weighted degree of the leading countries. */
export function LinesChart({
  reversed = false,
  yDomain,
  yTicks,
  allowDecimals = false,
  ...props
}: TimeChartProps & {
  allowDecimals?: boolean;
  reversed?: boolean;
  yDomain?: [number, number];
  yTicks?: number[];
  highlight?: string | null;
}) {
  return (
    <TimeChart
      kind="line"
      {...props}
      yAxis={
        <YAxis
          key="y"
          allowDecimals={allowDecimals}
          reversed={reversed}
          domain={yDomain ?? [0, "auto"]}
          ticks={yTicks}
          tick={AXIS}
          stroke="#94a3b8"
          tickFormatter={props.formatValue}
        />
      }
    />
  );
}

export type YearRow = { year: number } & Record<string, number>;

/** Stacked bars per calendar year, e.g. new agreements per year by Quad category. */
export function YearBarsChart({
  rows,
  series,
  currentYear,
  onPickYear,
  shade,
}: {
  rows: readonly YearRow[];
  series: readonly Series[];
  currentYear: number;
  onPickYear: (year: number) => void;
  /** Years to shade (compare mode's A..B), first and last. */
  shade?: readonly [number, number] | null;
}) {
  return (
    <SeriesChart
      kind="bar"
      rows={rows}
      series={series}
      onPick={(row) => onPickYear(row.year)}
      axes={[
        <CartesianGrid key="grid" stroke={GRID} vertical={false} />,
        <XAxis key="x" dataKey="year" tick={AXIS} stroke="#94a3b8" interval="preserveStartEnd" />,
        <YAxis key="y" allowDecimals={false} tick={AXIS} stroke="#94a3b8" />,
      ]}
      tooltip={<Tooltip cursor={{ fill: "rgb(15 23 42 / 0.06)" }} />}
      currentX={currentYear}
      shade={shade}
    />
  );
}
