import type { BillingLine, NextThreshold } from "./types";

type LineLike = Pick<BillingLine, "code" | "units" | "modifiers" | "placeOfService">;

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
