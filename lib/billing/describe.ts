import type { BillingLine, NextThreshold } from "./types";

type LineLike = Pick<BillingLine, "code" | "units" | "modifiers" | "placeOfService">;

type BilledCode = { name: string; isAddOn: boolean };

/**
 * Every code the engine can put on a line (BILLING-RULES §2, §8), named in the project's own
 * words. An add-on code is only ever billed with its primary code (90840 with 90839, G0018 with
 * G0017, +90833 with an E/M visit).
 */
export const BILLED_CODES: Readonly<Record<string, BilledCode>> = {
  "90832": { name: "30-minute psychotherapy", isAddOn: false },
  "90833": { name: "30-minute psychotherapy added to the E/M visit", isAddOn: true },
  "90839": { name: "psychotherapy for crisis, first 30–74 minutes", isAddOn: false },
  "90840": { name: "psychotherapy for crisis, each further 30 minutes", isAddOn: true },
  G0017: { name: "psychotherapy for crisis at a non-office site (Medicare), first 30–74 minutes", isAddOn: false },
  G0018: { name: "psychotherapy for crisis at a non-office site (Medicare), each further 30 minutes", isAddOn: true },
};

function billedCode(code: string): BilledCode | undefined {
  return Object.hasOwn(BILLED_CODES, code) ? BILLED_CODES[code] : undefined;
}

/** "+90833" for an add-on code, as add-ons are written; any other code as it is. */
export const codeLabel = (code: string): string => (billedCode(code)?.isAddOn === true ? `+${code}` : code);

/** "30-minute psychotherapy (90832)": a code with its name; an unknown code as it is. */
export function describeCode(code: string): string {
  const known = billedCode(code);
  return known ? `${known.name} (${codeLabel(code)})` : code;
}

/** "90840 ×1": the code and its units, the part of a line clinicians scan for. */
export const lineCodeUnits = (line: LineLike): string => `${line.code} ×${line.units}`;

/** "modifier 95 · POS 10", or "POS 11" in person: the rest of the line. */
export function lineDetails(line: LineLike): string {
  const modifiers = line.modifiers.length > 0 ? `modifier ${line.modifiers.join(", ")} · ` : "";
  return `${modifiers}POS ${line.placeOfService}`;
}

/** "90840 ×1 · modifier 95 · POS 10": how a billing line reads wherever it is shown. */
export const describeLine = (line: LineLike): string => `${lineCodeUnits(line)} · ${lineDetails(line)}`;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** BILLING-RULES §2: "7 more minutes reaches 90840 ×1 at 75 minutes in total." */
export function describeNextThreshold(next: NextThreshold): string {
  return `${plural(next.minutesToGo, "more minute")} reaches ${next.adds} at ${plural(next.atMinutes, "minute")} in total.`;
}
