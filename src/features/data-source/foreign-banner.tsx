import type { LoadedDataset } from "../../data/load-dataset";
import { Isolated } from "../../components/isolated-text";
import { showBundledDataset } from "./source-actions";
import "./data-source.css";

/**
 * Always shown for a dataset that is not the bundled one, so a link with doctored data cannot pass
 * as Lattice's own: it names where the data came from and its title.
 */
export function ForeignBanner({ loaded, compact = false }: { loaded: LoadedDataset; compact?: boolean }) {
  const { source, dataset } = loaded;
  if (source.kind === "bundled") return null;
  if (compact)
    // For presentation mode: one line, so a projected doctored dataset is still marked.
    return (
      <section className="foreign-banner foreign-banner-compact" aria-label="Foreign dataset">
        <p>
          <strong>Not Lattice&rsquo;s own data</strong> &middot; &ldquo;
          <Isolated text={dataset.title} />
          &rdquo; from {source.kind === "file" ? "file " : ""}
          <Isolated text={source.kind === "file" ? source.name : loaded.origin} />
        </p>
      </section>
    );
  return (
    <section className="foreign-banner" aria-label="Foreign dataset">
      <p>
        <strong>Not Lattice&rsquo;s own data:</strong> &ldquo;
        <Isolated text={dataset.title} />
        &rdquo;,{" "}
        {source.kind === "file" ? (
          <>
            loaded from file{" "}
            <strong className="origin">
              <Isolated text={source.name} />
            </strong>
            ; not included in shared links.
          </>
        ) : (
          <>
            loaded from{" "}
            <strong className="origin">
              <Isolated text={loaded.origin} />
            </strong>
            {!source.url.startsWith("/") && (
              <span className="full-url">
                {" "}
                (<Isolated text={source.url} />)
              </span>
            )}
            . Check its sources before relying on it.
          </>
        )}
      </p>
      <button type="button" onClick={showBundledDataset}>
        Back to the bundled dataset
      </button>
    </section>
  );
}
