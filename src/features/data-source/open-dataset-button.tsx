import { useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { openDatasetFile } from "./source-actions";
import { useSourceStore } from "./source-store";
import "./data-source.css";

/** "Open dataset…": a file picker for a Lattice .json dataset or a .csv of agreements. */
export function OpenDatasetButton() {
  const input = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();
  const opening = useSourceStore((s) => s.opening);
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        aria-busy={opening !== null}
        title="Open a Lattice dataset (.json) or a CSV of agreements (.csv); you can also drop the file anywhere"
      >
        Open dataset…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.csv,application/json,text/csv"
        aria-label="Dataset file (.json or .csv)"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that picking the same file again (after fixing it) is a change too.
          event.target.value = "";
          if (file) void openDatasetFile(queryClient, file);
        }}
      />
    </>
  );
}
