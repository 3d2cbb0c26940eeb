import { ALL_ENTRIES } from "./entries";
import { createGuidanceSearch } from "./search";
import type { GuidanceSearchResult } from "./search";
import type { GuidanceEntry } from "./types";

export type { GuidanceMatchLocation, GuidanceSearchResult } from "./search";
export type {
  ChecklistItem,
  GuidanceCategory,
  GuidanceEntry,
  SafetyPlanStep,
  SafetyPlanStepId,
  SafetyPlanTemplate,
  TimeRange,
} from "./types";
export { GUIDANCE_CATEGORIES, SAFETY_PLAN_STEP_IDS, guidanceEntrySchema } from "./types";

/**
 * Version of the guidance text. Signed notes store the version that was shown beside them,
 * so any change a reader could see (wording, lists, codes, order) needs a bump.
 * Format YYYY.MM.N: year and month of the release, N counting releases within that month
 * from 1 (2026.11.1 → 2026.11.2 → 2026.12.1). version.test.ts pins a hash of the content to
 * this version and fails when content changes without a bump.
 */
export const GUIDANCE_VERSION = "2026.11.2";

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** All entries in ascending code order; frozen, since signed notes cite this content. */
export const guidanceEntries: readonly GuidanceEntry[] = deepFreeze(ALL_ENTRIES);

const byCode = new Map(guidanceEntries.map((entry) => [entry.code, entry]));

/**
 * Looks up an entry by code; tolerates surrounding spaces, a leading "+" (add-on notation) and
 * lower case ("g0017" finds G0017, so a typed /codes/g0017 address works too).
 */
export function getGuidance(code: string): GuidanceEntry | undefined {
  return byCode.get(code.trim().replace(/^\+/, "").toUpperCase());
}

export function listGuidanceCodes(): string[] {
  return guidanceEntries.map((entry) => entry.code);
}

const search = createGuidanceSearch(guidanceEntries);

/**
 * Case-insensitive search; every word of the query must match. Ranked: exact code, code
 * prefix, name, other text; ties in code order. A blank query lists every entry in code order
 * (score 0, matchedIn "code"). See createGuidanceSearch for details.
 */
export function searchGuidance(query: string): GuidanceSearchResult[] {
  return search(query);
}
