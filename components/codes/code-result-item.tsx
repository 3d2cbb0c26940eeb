import Link from "next/link";
import { useId } from "react";
import type { GuidanceMatchLocation, GuidanceSearchResult } from "@/lib/guidance";

const MATCH_LABELS: Record<GuidanceMatchLocation, string> = {
  code: "Matched in the code",
  name: "Matched in the name",
  text: "Matched in the guidance text",
};

/** The first sentence is enough to tell codes apart in a list; the full text is one click away. */
function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

type CodeResultItemProps = { result: GuidanceSearchResult; showMatch: boolean };

/**
 * One search hit. Only code and name form the link text, so a screen reader hears a short
 * name; the summary and where it matched are attached as its description.
 */
export function CodeResultItem({ result, showMatch }: CodeResultItemProps) {
  const descriptionId = useId();
  const { entry, matchedIn } = result;
  return (
    <li className="rounded-lg border border-slate-300 bg-white focus-within:border-brand-700">
      <Link
        href={`/codes/${entry.code}`}
        aria-describedby={descriptionId}
        className="block rounded-t-lg px-4 pt-3 text-brand-700 underline-offset-4 hover:underline"
      >
        <span className="font-mono text-lg font-bold">{entry.code}</span>{" "}
        <span className="ml-2 font-semibold">{entry.name}</span>
      </Link>
      <div id={descriptionId} className="px-4 pb-3 pt-1 text-sm text-slate-700">
        <p>{firstSentence(entry.summary)}</p>
        {showMatch ? <p className="mt-1 font-medium text-slate-800">{MATCH_LABELS[matchedIn]}</p> : null}
      </div>
    </li>
  );
}
