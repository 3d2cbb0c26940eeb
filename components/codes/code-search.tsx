"use client";

import { type KeyboardEvent, useMemo, useRef, useState } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { searchGuidance } from "@/lib/guidance";
import { CodeResultItem } from "./code-result-item";

/** The address bar keeps the query so a reload or a shared link shows the same list. */
function urlFor(query: string): string {
  return query.trim() === "" ? "/codes" : `/codes?q=${encodeURIComponent(query)}`;
}

/**
 * Search runs here in the browser: the library is ~15 static entries (tens of kilobytes), so
 * filtering on every keystroke costs nothing and needs no server round trip. For the same
 * reason the URL is kept in step with history.replaceState (which Next's router integrates
 * with) rather than router.replace, which would re-render the page on the server per keystroke.
 */
export function CodeSearch({ initialQuery }: { initialQuery: string }) {
  const [query, setQuery] = useState(initialQuery);
  const results = useMemo(() => searchGuidance(query), [query]);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const isBlank = query.trim() === "";

  function links(): HTMLAnchorElement[] {
    return Array.from(listRef.current?.querySelectorAll<HTMLAnchorElement>("a[href]") ?? []);
  }

  function onQueryChange(value: string) {
    setQuery(value);
    window.history.replaceState(null, "", urlFor(value));
  }

  function onInputKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "ArrowDown") return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  }

  // Arrow keys move between result links; Up from the first goes back to the box. Enter is the
  // link's own behaviour, so opening a result needs no code.
  function onListKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const all = links();
    const index = all.findIndex((link) => link === document.activeElement);
    if (index === -1) return;
    const target =
      event.key === "ArrowDown" ? all[Math.min(index + 1, all.length - 1)]
      : event.key === "ArrowUp" ? (index === 0 ? inputRef.current : all[index - 1])
      : event.key === "Home" ? all[0]
      : event.key === "End" ? all[all.length - 1]
      : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  return (
    <div className="space-y-4">
      <Field label="Search codes" hint="A code, or words from its name or guidance. Press the down arrow to move through the results.">
        <Input
          ref={inputRef}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onQueryChange(event.target.value)}
          onKeyDown={onInputKeyDown}
        />
      </Field>
      <p role="status" className="text-sm text-slate-700">
        {results.length === 0
          ? `No codes match “${query.trim()}”. Try a code like 90839 or words like crisis, family, interactive complexity.`
          : isBlank
            ? `All ${results.length} codes`
            : `${results.length} ${results.length === 1 ? "code matches" : "codes match"} “${query.trim()}”, best match first`}
      </p>
      {results.length > 0 ? (
        <ul ref={listRef} aria-label="Matching codes" className="space-y-3" onKeyDown={onListKeyDown}>
          {results.map((result) => (
            <CodeResultItem key={result.entry.code} result={result} showMatch={!isBlank} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
