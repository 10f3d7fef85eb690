import { useCallback, useMemo } from "react";
import { countryProfile } from "./country-profile";
import { formatDate } from "../../data/dates";
import { regionColor } from "../../data/region-colors";
import { ordinal } from "../../data/status-labels";
import type { ViewModel } from "../../data/view-model";
import { SidePanel } from "../../components/side-panel";
import { updateView, useView } from "../../state/store";
import { CountryAgreements, CountryEvents } from "./country-agreements";
import { CountryChartsSection } from "./country-charts-section";
import { CountryPartners } from "./country-partners";
import { CountryQuotes } from "./country-quotes";
import "./country-panel.css";

/**
 * The selected country (`country=ISO3`): who its partners are, how deep each tie is, what it has
 * signed and how that grew, all on the current date and filters.
 */
export function CountryPanel({ vm }: { vm: ViewModel }) {
  const countryId = useView("country");
  // A pair or agreement panel lies on top and takes Escape first.
  const agreementOpen = useView("agreement") !== null;
  const pairOpen = useView("pair") !== null;
  const coveredBy = agreementOpen || pairOpen;
  const profile = useMemo(() => (countryId ? countryProfile(vm, countryId) : null), [vm, countryId]);
  const close = useCallback(() => updateView({ country: null }, "push"), []);
  if (!profile) return null;
  const { country } = profile;
  const on = formatDate(vm.dayIso);

  return (
    <SidePanel
      title={country.name}
      kicker={
        <>
          Country ·{" "}
          <span
            className="region-swatch"
            style={{ background: regionColor(country.region) }}
            aria-hidden="true"
          />
          {country.region} · <span className="country-code">{country.id}</span>
        </>
      }
      onClose={close}
      escapeCloses={!coveredBy}
    >
      <section aria-label="At a glance">
        <dl className="stat-grid">
          <div>
            <dt>Active agreements</dt>
            <dd>{profile.activeCount}</dd>
          </div>
          <div>
            <dt>Partners</dt>
            <dd>{profile.partnerCount}</dd>
          </div>
          <div>
            <dt>Weighted degree</dt>
            <dd>
              {profile.weightedDegree}{" "}
              <small>
                {profile.rank === null ? "unranked" : `${ordinal(profile.rank)} of ${profile.rankedCount}`}
              </small>
            </dd>
          </div>
        </dl>
        <p className="panel-note">
          On {on}
          {vm.filter.basis === "in-force"
            ? ", counting agreements in force"
            : ", counting agreements from signature"}
          {vm.filter.kinds || vm.filter.minDepth > 1 ? ", with the current kind and depth filters" : ""}.
          Weighted degree sums the depth (1–5) of each active agreement.
        </p>
        {profile.memberships.length > 0 && (
          <>
            <h3>Memberships</h3>
            <ul className="chip-list" aria-label="Memberships">
              {profile.memberships.map(({ group, state, from }) => (
                <li key={group.id} title={group.description} className={`membership-${state}`}>
                  {group.name}
                  {state === "lapsed" && <span className="membership-state"> · lapsed</span>}
                  {state === "not-yet" && from && (
                    <span className="membership-state"> · from {formatDate(from)}</span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <CountryPartners partners={profile.partners} on={on} self={country.id} selfName={country.name} />
      <CountryQuotes quotes={country.quotes ?? []} />
      <CountryChartsSection vm={vm} countryId={country.id} countryName={country.name} />
      <CountryAgreements vm={vm} rows={profile.agreements} hidden={profile.hiddenByFilter} />
      <CountryEvents rows={profile.events} />
    </SidePanel>
  );
}
