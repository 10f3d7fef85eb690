import { describe, expect, it } from "vitest";
import { NO_FILTER } from "../../data/active";
import { latestDayNumber } from "../../data/dates";
import { buildGraphModel } from "../../data/graph-model";
import { prepareDataset } from "../../data/prepare";
import { makeFixture } from "../../data/test-fixture";
import { computeViewModel } from "../../data/view-model";
import { indexGraph } from "./graph-index";
import { computeGraphStyle } from "./graph-style";
import { linkTooltipHtml, nodeTooltipHtml } from "./tooltips";

const dataset = makeFixture();
dataset.countries[0]!.name = `<img src=x onerror="alert(1)">`;
dataset.agreements[0]!.title = "<script>steal()</script>";
const prepared = prepareDataset(dataset);
const index = indexGraph(buildGraphModel(prepared));
const vm = computeViewModel(prepared, latestDayNumber("2023-06-01"), NO_FILTER);
const style = computeGraphStyle(index, vm, { country: null, agreement: null, focus: [] });
const link = (id: string) => index.model.links.findIndex((l) => l.id === id);

describe("tooltips", () => {
  it("escape dataset text", () => {
    const html = nodeTooltipHtml(index, vm, index.nodeIndexById.get("AUS")!);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    const linkHtml = linkTooltipHtml(index, vm, link("a"), style.linkVisible);
    expect(linkHtml).not.toContain("<script>");
    expect(linkHtml).toContain("&lt;script&gt;steal()&lt;/script&gt;");
  });

  it("a country shows its number of shown agreements and partners", () => {
    const html = nodeTooltipHtml(index, vm, index.nodeIndexById.get("JPN")!);
    expect(html).toContain("4 agreements shown on 1 Jun 2023"); // a, b, d, f
    expect(html).toContain("Partners: ");
    expect(html).toContain("India, United Kingdom, United States");
  });

  it("a link lists every drawn agreement between the same two nodes, with kind and dates", () => {
    const html = linkTooltipHtml(index, vm, link("b"), style.linkVisible);
    expect(html.indexOf("Agreement B")).toBeLessThan(html.indexOf("steal()"));
    expect(html).toContain("Logistics");
    expect(html).toContain("Signed 19 May 2010, in force 31 Jan 2013");
    const pending = linkTooltipHtml(index, vm, link("f"), style.linkVisible);
    expect(pending).toContain("signed, not yet in force");
    // Between two countries, the click opens the pair view; a hub's link names no pair.
    // (Australia's name is the escaped <img> of the first test.)
    expect(html).toMatch(/Click to see all between (&lt;img[^<]*and Japan|Japan and &lt;img)/);
    expect(linkTooltipHtml(index, vm, link("d@IND"), style.linkVisible)).not.toContain("Click to see all");
  });
});
