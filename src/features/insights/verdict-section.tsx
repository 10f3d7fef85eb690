import { useId } from "react";
import type { Limitation } from "./limitations";
import type { ThesisSettings } from "./thesis";
import type { Verdict } from "./verdict";

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");
const isCurrent = (a: ThesisSettings, b: ThesisSettings) =>
  a.measure === b.measure && a.declarations === b.declarations && a.basis === b.basis;

/**
 * The answer, in a region named "Verdict": the computed sentence, the same question under all 8
 * settings, and what could make it wrong.
 */
export function VerdictSection({ verdict, limits }: { verdict: Verdict; limits: Limitation[] }) {
  const heading = useId();
  const { current } = verdict;
  return (
    <section className="insights-card insights-wide verdict" aria-labelledby={heading}>
      <h3 id={heading}>Verdict</h3>
      <p className={`verdict-sentence ${current.outpaced ? "is-outpaced" : "is-not"}`}>{verdict.sentence}</p>
      <p className="chart-method">
        Growth is the net change of what is in effect at the window’s two ends (new minus ended and replaced),
        following the kind and depth filters; “outpaced” means the ties outside the Quad group grew more.
      </p>
      <div className="verdict-columns">
        <div
          className="verdict-table-scroll"
          tabIndex={0}
          role="group"
          aria-label="The verdict under every setting"
        >
          <table className="chart-data-table verdict-table">
            <caption>The verdict under every setting</caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">Declarations and dialogues</th>
                <th scope="col">Counted from</th>
                <th scope="col" className="is-numeric">
                  Outside the group
                </th>
                <th scope="col" className="is-numeric">
                  Quad group
                </th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {verdict.all.map((r) => {
                const here = isCurrent(r.settings, current.settings);
                return (
                  <tr
                    key={`${r.settings.measure}-${r.settings.declarations}-${r.settings.basis}`}
                    className={here ? "is-current" : undefined}
                    aria-current={here ? "true" : undefined}
                  >
                    <th scope="row">{r.settings.measure === "depth" ? "Depth" : "Count"}</th>
                    <td>{r.settings.declarations ? "Included" : "Excluded"}</td>
                    <td>{r.settings.basis === "signed" ? "Signature" : "Entry into force"}</td>
                    <td className="is-numeric">{signed(r.web)}</td>
                    <td className="is-numeric">{signed(r.quad)}</td>
                    <td className={r.outpaced ? "verdict-yes" : "verdict-no"}>
                      {r.outpaced ? "Outpaced" : "Not outpaced"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div className="verdict-limits">
          <h4>How this could be wrong</h4>
          <ul>
            {limits.map((l) => (
              <li key={l.id}>{l.text}</li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
