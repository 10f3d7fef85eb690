import { useId, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { dayNumberToIso, formatDate } from "../../data/dates";
import type { LoadedDataset } from "../../data/load-dataset";
import type { ViewModel } from "../../data/view-model";
import { useViewStore } from "../../state/store";
import { bibtexCitation, cslJsonCitation, readableCitation, type CitationInput } from "./citation";
import { canonicalUrl, copyText } from "./share-link";
import "./share.css";

const FORMATS = [
  { key: "text", label: "Citation", copy: "Copy citation", make: readableCitation },
  { key: "bibtex", label: "BibTeX", copy: "Copy BibTeX", make: bibtexCitation },
  { key: "csl", label: "CSL-JSON", copy: "Copy CSL-JSON", make: cslJsonCitation },
] as const;

/**
 * "Cite": a dialog named "Cite this view" with a readable citation, BibTeX and CSL-JSON for the
 * current view (title, version, view date, date accessed, canonical URL), each with a Copy button.
 * Where the clipboard refuses, the text is selected so the keyboard can copy it.
 */
export function CiteButton({ vm, loaded }: { vm: ViewModel; loaded: LoadedDataset }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [input, setInput] = useState<CitationInput | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const open = () => {
    const d = loaded.dataset;
    const to = formatDate(vm.dayIso);
    setInput({
      title: d.title,
      version: d.version,
      updated: d.updated,
      viewDate: vm.comparison ? `${formatDate(dayNumberToIso(vm.comparison.fromDay))} → ${to}` : to,
      accessed: new Date().toISOString().slice(0, 10),
      url: canonicalUrl(window.location, useViewStore.getState().view),
    });
    setCopied(null);
    dialog.current?.showModal();
  };
  const copy = async (key: string, text: string, field: HTMLElement | null) => {
    const outcome = await copyText(text, navigator.clipboard);
    if (outcome === "copied") setCopied(key);
    else if (field) {
      const range = document.createRange();
      range.selectNodeContents(field);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      setCopied(null);
    }
  };
  return (
    <>
      <button type="button" onClick={open}>
        Cite
      </button>
      {createPortal(
        <dialog ref={dialog} className="cite-dialog" aria-labelledby={headingId}>
          <h2 id={headingId}>Cite this view</h2>
          {loaded.source.kind === "file" && (
            <p className="share-note">
              The link opens the bundled data: the file you opened is not part of it.
            </p>
          )}
          {input &&
            FORMATS.map((format) => {
              const text = format.make(input);
              const id = `${headingId}-${format.key}`;
              return (
                <section key={format.key} aria-labelledby={id}>
                  <div className="cite-row">
                    <h3 id={id}>{format.label}</h3>
                    <button
                      type="button"
                      onClick={(event) =>
                        void copy(
                          format.key,
                          text,
                          event.currentTarget.closest("section")?.querySelector("pre") ?? null,
                        )
                      }
                    >
                      {format.copy}
                    </button>
                    <span role="status">{copied === format.key ? "Copied" : ""}</span>
                  </div>
                  <pre className={`cite-${format.key}`}>{text}</pre>
                </section>
              );
            })}
          <form method="dialog">
            <button type="submit">Close</button>
          </form>
        </dialog>,
        // In the body, not in the header: on phones the header's actions sit in a popover, which a
        // modal dialog would close (and hide with itself).
        document.body,
      )}
    </>
  );
}
