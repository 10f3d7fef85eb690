/** The pair's combined depth as a step chart. Loaded lazily: this module pulls in recharts. */
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { dayNumberToIso, formatDate, latestDayNumber, yearOf } from "../../data/dates";
import type { DepthStep } from "./pair-data";

const AXIS = { fontSize: 11, fill: "#475569" };

export function PairDepthChart({ steps, currentDay }: { steps: DepthStep[]; currentDay: number }) {
  const first = steps[0]?.day ?? 0;
  const last = steps[steps.length - 1]?.day ?? 0;
  const ticks: number[] = [];
  for (let y = yearOf(first) + 1; y <= yearOf(last); y++)
    if (y % 4 === 0) ticks.push(latestDayNumber(`${y}-01-01`));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={steps} margin={{ top: 12, right: 10, bottom: 0, left: -22 }}>
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis
          dataKey="day"
          type="number"
          domain={["dataMin", "dataMax"]}
          ticks={ticks}
          tickFormatter={(d: number) => String(yearOf(d))}
          tick={AXIS}
          stroke="#94a3b8"
        />
        <YAxis allowDecimals={false} tick={AXIS} stroke="#94a3b8" domain={[0, "auto"]} />
        <Tooltip labelFormatter={(d) => (typeof d === "number" ? formatDate(dayNumberToIso(d)) : "")} />
        <Line
          dataKey="depth"
          name="Combined depth"
          type="stepAfter"
          stroke="#1d4ed8"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <ReferenceLine x={currentDay} stroke="#0f172a" strokeDasharray="4 3" />
      </LineChart>
    </ResponsiveContainer>
  );
}
