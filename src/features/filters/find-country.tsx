import { useId, useState, type KeyboardEvent } from "react";
import type { PreparedDataset } from "../../data/prepare";
import { updateView } from "../../state/store";
import { matchCountries } from "./match-countries";

/** "Find country": an ARIA combobox with a listbox of matches; Enter or a click selects. */
export function FindCountry({ prepared }: { prepared: PreparedDataset }) {
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = matchCountries(prepared.dataset.countries, query);
  const expanded = open && matches.length > 0;

  const choose = (id: string) => {
    updateView({ country: id, agreement: null }, "push");
    setQuery("");
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === "Enter" && expanded) {
      event.preventDefault();
      const match = matches[active];
      if (match) choose(match.id);
    } else if (event.key === "Escape") {
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="find-country">
      <label htmlFor={`${listId}-input`}>Find country</label>
      <input
        id={`${listId}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder="e.g. Japan"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${listId}-opt-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Matching countries" className="find-list" hidden={!expanded}>
        {matches.map((c, i) => (
          <li
            key={c.id}
            id={`${listId}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: it fires before the input's blur closes the list
            onMouseDown={(e) => {
              e.preventDefault();
              choose(c.id);
            }}
          >
            {c.name} <span className="muted">{c.id}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
