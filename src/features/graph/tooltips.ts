/**
 * Hover tooltips. The graph library writes these strings into innerHTML, so every piece of dataset
 * text is escaped here; the markup itself is fixed.
 */
import { statusAt } from "../../data/active";
import { dayNumberToIso, formatDate } from "../../data/dates";
import { KIND_INFO } from "../../data/kinds";
import type { ViewModel } from "../../data/view-model";
import { escapeHtml } from "./escape-html";
import type { GraphIndex } from "./graph-index";

const MAX_PARTNERS = 10;
const MAX_AGREEMENTS = 6;
/** A link tooltip stays short enough to sit inside a small canvas; the click lists them all. */
const MAX_LINK_AGREEMENTS = 4;

function countryName(vm: ViewModel, id: string): string {
  return vm.prepared.countryById.get(id)?.name ?? id;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function nodeTooltipHtml(index: GraphIndex, vm: ViewModel, node: number): string {
  const n = index.model.nodes[node]!;
  if (n.type === "hub") return hubTooltipHtml(index, vm, node);
  const count = vm.metrics.agreementCount.get(n.id) ?? 0;
  const partners = [...(vm.metrics.partners.get(n.id) ?? [])].map((id) => countryName(vm, id)).sort();
  const shownPartners = partners.slice(0, MAX_PARTNERS).map(escapeHtml).join(", ");
  const more = partners.length > MAX_PARTNERS ? ` and ${partners.length - MAX_PARTNERS} more` : "";
  return (
    `<div class="lg-tip"><div class="lg-tip-title">${escapeHtml(n.name)} <span class="lg-tip-code">${escapeHtml(n.code)}</span></div>` +
    `<div>${plural(count, "agreement", "agreements")} shown on ${formatDate(vm.dayIso)}</div>` +
    (partners.length ? `<div class="lg-tip-muted">Partners: ${shownPartners}${more}</div>` : "") +
    `</div>`
  );
}

function hubTooltipHtml(index: GraphIndex, vm: ViewModel, node: number): string {
  const n = index.model.nodes[node]!;
  const shown = index.hubAgreements[node]!.filter((i) => vm.shownMask[i] === 1);
  const agreements = vm.prepared.dataset.agreements;
  const parties = new Set(shown.flatMap((i) => agreements[i]!.parties));
  const names = [...parties].map((id) => countryName(vm, id)).sort();
  const titles = shown.slice(0, MAX_AGREEMENTS).map((i) => `<li>${escapeHtml(agreements[i]!.title)}</li>`);
  return (
    `<div class="lg-tip"><div class="lg-tip-title">${escapeHtml(n.name)} <span class="lg-tip-code">${escapeHtml(n.code)}</span></div>` +
    `<div>${plural(parties.size, "party", "parties")}: ${names.map(escapeHtml).join(", ")}</div>` +
    (titles.length ? `<ul class="lg-tip-list">${titles.join("")}</ul>` : "") +
    `</div>`
  );
}

/** One agreement's lines: title, kind, dates and its status on the date. */
function agreementHtml(vm: ViewModel, i: number): string {
  const a = vm.prepared.dataset.agreements[i]!;
  const kind = KIND_INFO[a.kind];
  const dates = [
    `Signed ${formatDate(a.signed)}`,
    a.inForce ? `in force ${formatDate(a.inForce)}` : "no entry-into-force date recorded",
  ];
  if (a.ended) dates.push(`ended ${formatDate(a.ended)}`);
  const notes: string[] = [];
  if (statusAt(vm.prepared, i, vm.day) === "pending") notes.push("signed, not yet in force");
  if (vm.comparison) {
    const since = formatDate(dayNumberToIso(vm.comparison.fromDay));
    if (vm.comparison.added.includes(i)) notes.push(`new since ${since}`);
    if (vm.comparison.ended.includes(i)) notes.push(`no longer counted since ${since}`);
    if (vm.comparison.replaced.includes(i)) notes.push(`replaced since ${since}`);
  }
  return (
    `<li><div class="lg-tip-title">${escapeHtml(a.title)}</div>` +
    `<div><span class="lg-tip-swatch" style="background:${kind.color}"></span>${kind.label} · depth ${vm.prepared.depth[i]}</div>` +
    `<div class="lg-tip-muted">${dates.join(", ")}${notes.length ? ` · ${notes.join(" · ")}` : ""}</div></li>`
  );
}

/**
 * A link's tooltip lists every drawn agreement between the same two nodes, the hovered one first:
 * parallel curves are close together and hard to hover one by one.
 */
export function linkTooltipHtml(
  index: GraphIndex,
  vm: ViewModel,
  link: number,
  linkVisible: Uint8Array,
): string {
  const own = index.model.links[link]!.agreementIndex;
  const others = index.parallelLinks[link]!.filter((k) => k !== link && linkVisible[k] === 1).map(
    (k) => index.model.links[k]!.agreementIndex,
  );
  const all = [own, ...new Set(others)].filter((a, j, list) => list.indexOf(a) === j);
  const items = all.slice(0, MAX_LINK_AGREEMENTS).map((i) => agreementHtml(vm, i));
  const more =
    all.length > MAX_LINK_AGREEMENTS
      ? `<div class="lg-tip-more">and ${all.length - MAX_LINK_AGREEMENTS} more — click to see all</div>`
      : "";
  return `<div class="lg-tip"><ul class="lg-tip-list">${items.join("")}</ul>${more}${pairHint(index, vm, link)}</div>`;
}

/** Between two countries, a click opens their pair view: the tooltip says so. */
function pairHint(index: GraphIndex, vm: ViewModel, link: number): string {
  const { source, target } = index.model.links[link]!;
  const isCountry = (id: string) => index.model.nodes[index.nodeIndexById.get(id)!]?.type === "country";
  if (!isCountry(source) || !isCountry(target)) return "";
  const names = [source, target].map((id) => escapeHtml(countryName(vm, id)));
  return `<div class="lg-tip-muted">Click to see all between ${names[0]} and ${names[1]}</div>`;
}
