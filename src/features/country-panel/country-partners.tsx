import type { PartnerRow } from "./country-profile";
import { formatDate } from "../../data/dates";
import { KIND_INFO } from "../../data/kinds";
import { ViewLink } from "../../components/view-link";
import type { CSSProperties } from "react";

/**
 * Partners on the current date, deepest tie first; each name opens that partner's panel, and ⇄ the
 * pair view of the two countries.
 */
export function CountryPartners({
  partners,
  on,
  self,
  selfName,
}: {
  partners: PartnerRow[];
  on: string;
  self: string;
  selfName: string;
}) {
  return (
    <section aria-labelledby="country-partners-heading">
      <h3 id="country-partners-heading">Partners</h3>
      {partners.length === 0 ? (
        <p className="panel-note">No active agreements on {on} with these filters.</p>
      ) : (
        <table className="partner-table">
          <caption className="visually-hidden">Partners on {on}, deepest tie first</caption>
          <colgroup>
            <col className="partner-col" />
            <col />
            <col className="count-col" />
            <col className="pair-col" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Strongest tie</th>
              <th scope="col" className="num">
                <abbr title="Active agreements with this partner">Agr.</abbr>
              </th>
              <th scope="col">
                <span className="visually-hidden">Pair view</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {partners.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <ViewLink patch={{ country: p.id, agreement: null }}>{p.name}</ViewLink>
                  <span className="partner-since">since {formatDate(p.firstSigned)}</span>
                </th>
                <td>
                  <span
                    className="kind-chip"
                    style={{ "--kind-color": KIND_INFO[p.kind].color } as CSSProperties}
                  >
                    {KIND_INFO[p.kind].label}
                  </span>
                  <span className="partner-depth">depth {p.depth}</span>
                </td>
                <td className="num">{p.count}</td>
                <td>
                  <ViewLink
                    patch={{ pair: [self, p.id].sort() as [string, string] }}
                    className="partner-pair"
                  >
                    <span aria-hidden="true">⇄</span>
                    <span className="visually-hidden">
                      {selfName} and {p.name} over time
                    </span>
                  </ViewLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
