import { lazy, useCallback, useMemo, type CSSProperties } from "react";
import { statusAt } from "../../data/active";
import { formatDate } from "../../data/dates";
import { KIND_INFO } from "../../data/kinds";
import { STATUS_LABEL, ordinal } from "../../data/status-labels";
import type { ViewModel } from "../../data/view-model";
import { ChartFigure } from "../../components/charts/chart-figure";
import { DataTable } from "../../components/charts/data-table";
import { ExternalLink } from "../../components/external-link";
import { SidePanel } from "../../components/side-panel";
import { ViewLink } from "../../components/view-link";
import { updateView, useView } from "../../state/store";
import { pairAgreements, pairDepthSteps, pairRank, pairStrip, type DepthStep } from "./pair-data";
import { PairStrip } from "./pair-strip";
import "./pair.css";

const PairDepthChart = lazy(() => import("./pair-depth-chart").then((m) => ({ default: m.PairDepthChart })));

/** One relationship over time (`pair=AUS~JPN`): what the two share, when, how deep, and how it ranks. */
export function PairPanel({ vm }: { vm: ViewModel }) {
  const pair = useView("pair");
  const agreementOpen = useView("agreement") !== null;
  const close = useCallback(() => updateView({ pair: null }, "push"), []);
  const p = vm.prepared;
  const [a, b] = pair ?? ["", ""];
  const data = useMemo(
    () =>
      pair && p.countryById.has(a) && p.countryById.has(b)
        ? {
            agreements: pairAgreements(p, a, b),
            strip: pairStrip(p, a, b),
            steps: pairDepthSteps(p, a, b, vm.filter),
          }
        : null,
    [pair, p, a, b, vm.filter],
  );
  const rank = useMemo(() => (data ? pairRank(p, vm.shown, a, b) : null), [data, p, vm.shown, a, b]);
  if (!data || !rank) return null;
  const name = (id: string) => p.countryById.get(id)?.name ?? id;
  const title = `${name(a)} – ${name(b)}`;
  const on = formatDate(vm.dayIso);

  return (
    <SidePanel title={title} kicker="Pair" onClose={close} escapeCloses={!agreementOpen}>
      <section aria-label="Rank">
        <p className="pair-rank">
          {rank.rank === null
            ? `On ${on} no agreement between them is shown with these filters (${rank.of} pairs are tied).`
            : `On ${on}: combined depth ${rank.depth}, ${ordinal(rank.rank)} of ${rank.of} tied pairs.`}
        </p>
      </section>
      <PairStrip items={data.strip} startDay={p.startDay} endDay={p.endDay} currentDay={vm.day} />
      <ChartFigure
        title="Combined depth over time"
        caption="Sum of the depths (1–5) of their agreements in effect, following the filters and the basis."
        height={150}
        chart={<PairDepthChart steps={data.steps} currentDay={vm.day} />}
        table={
          <DataTable<DepthStep>
            caption="Combined depth on each day it changed"
            columns={[
              { key: "date", header: "Date", cell: (s) => formatDate(s.iso), rowHeader: true },
              { key: "depth", header: "Combined depth", cell: (s) => s.depth, numeric: true },
              { key: "n", header: "Agreements", cell: (s) => s.agreements, numeric: true },
            ]}
            rows={data.steps}
            rowKey={(s) => s.day}
          />
        }
      />
      <section aria-labelledby="pair-agreements-heading">
        <h3 id="pair-agreements-heading">Agreements ({data.agreements.length})</h3>
        <ul className="pair-agreements" aria-labelledby="pair-agreements-heading">
          {data.agreements.map((i) => {
            const x = p.dataset.agreements[i]!;
            const kind = KIND_INFO[x.kind];
            const status = statusAt(p, i, vm.day);
            return (
              <li key={x.id}>
                <span className="kind-chip" style={{ "--kind-color": kind.color } as CSSProperties}>
                  {kind.label}
                </span>{" "}
                <ViewLink patch={{ agreement: x.id }} className="agreement-link">
                  {x.title}
                </ViewLink>
                <span className="pair-dates">
                  signed {formatDate(x.signed)}
                  {x.inForce ? ` · in force ${formatDate(x.inForce)}` : ""}
                  {x.ended ? ` · ${x.supersededBy ? "replaced" : "ended"} ${formatDate(x.ended)}` : ""} ·{" "}
                  <span className={`status-badge status-${status}`}>{STATUS_LABEL[status]}</span>
                </span>
                <span className="pair-sources">
                  Sources:{" "}
                  {x.sources.map((s, k) => (
                    <span key={k}>
                      {k > 0 ? ", " : ""}
                      <ExternalLink href={s.url}>{s.publisher}</ExternalLink>
                    </span>
                  ))}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
    </SidePanel>
  );
}
