import { DIAGNOSES, DIAGNOSIS_GROUPS, type DiagnosisEntry } from "./codes";

export type DiagnosisMatchLocation = "code" | "title" | "group";

export type DiagnosisSearchResult = {
  entry: DiagnosisEntry;
  matchedIn: DiagnosisMatchLocation;
  score: number;
};

// Per-word scores, far apart so the ranking reads "exact code > code prefix > title > group"; a
// hit at the start of a word beats one inside a word, and both beat a hit on the word's stem
// ("depression" finding "depressive"). Ties keep the list's code order (codes.ts is sorted).
const SCORE = {
  exactCode: 1000,
  codePrefix: 500,
  titleWordStart: 100,
  title: 60,
  titleStem: 40,
  groupWordStart: 12,
  group: 10,
  groupStem: 8,
} as const;

// Endings stripped to compare related words: depression/depressive, suicide/suicidal,
// homicide/homicidal. Deliberately small, so a stem stays recognisable (at least four letters).
const ENDINGS = ["ions", "ion", "ives", "ive", "ally", "al", "ic", "ed", "ing", "es", "s", "e"] as const;

function stemOf(word: string): string | null {
  if (word.length < 6 || !/^[a-z]+$/.test(word)) return null;
  const ending = ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= 4);
  return ending ? word.slice(0, -ending.length) : null;
}

const LOCATION_RANK: Record<DiagnosisMatchLocation, number> = { code: 0, title: 1, group: 2 };

export const DEFAULT_DIAGNOSIS_LIMIT = 20;

/** Lower case, no accents, typographic dashes folded to "-". */
function normalizeText(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .toLowerCase();
}

/** A code without its dot, upper case: "f32.1" and "F321" both give "F321". */
const compactCode = (value: string): string => value.replace(/\./g, "").toUpperCase();

type IndexedDiagnosis = { entry: DiagnosisEntry; order: number; code: string; title: string; group: string };
type QueryWord = { text: string; code: string; stem: string | null };

const INDEX: readonly IndexedDiagnosis[] = DIAGNOSES.map((entry, order) => ({
  entry,
  order,
  code: compactCode(entry.code),
  title: normalizeText(entry.title),
  group: normalizeText(DIAGNOSIS_GROUPS[entry.group]),
}));

function tokenize(query: string): QueryWord[] {
  const words = normalizeText(query)
    .split(/\s+/)
    // Trim punctuation at the edges ("(ptsd)" → "ptsd"), keeping a code's inner dot.
    .map((word) => word.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, ""))
    .filter((word) => word.length > 0);
  return [...new Set(words)].map((text) => ({ text, code: compactCode(text), stem: stemOf(text) }));
}

function hitIn(haystack: string, word: string): "wordStart" | "inside" | null {
  let at = haystack.indexOf(word);
  if (at === -1) return null;
  while (at !== -1) {
    if (at === 0 || !/[a-z0-9]/.test(haystack.charAt(at - 1))) return "wordStart";
    at = haystack.indexOf(word, at + 1);
  }
  return "inside";
}

function scoreWord(item: IndexedDiagnosis, word: QueryWord): { score: number; where: DiagnosisMatchLocation } | null {
  if (item.code === word.code) return { score: SCORE.exactCode, where: "code" };
  if (/^[A-Z]/.test(word.code) && item.code.startsWith(word.code)) return { score: SCORE.codePrefix, where: "code" };
  const inTitle = hitIn(item.title, word.text);
  if (inTitle) return { score: inTitle === "wordStart" ? SCORE.titleWordStart : SCORE.title, where: "title" };
  if (word.stem !== null && hitIn(item.title, word.stem) === "wordStart") return { score: SCORE.titleStem, where: "title" };
  const inGroup = hitIn(item.group, word.text);
  if (inGroup) return { score: inGroup === "wordStart" ? SCORE.groupWordStart : SCORE.group, where: "group" };
  if (word.stem !== null && hitIn(item.group, word.stem) === "wordStart") return { score: SCORE.groupStem, where: "group" };
  return null;
}

/**
 * Searches the curated list. Each word of the query must match the entry: as a code or code
 * prefix (case-insensitive, with or without the dot: "f321" and "F32.1" find F32.1, "f32" finds
 * every F32 code), or inside the title or group name (case- and accent-insensitive; a related
 * word form also counts, so "depression" finds "depressive"). Results are ranked exact code,
 * code prefix, title, group; ties keep code order. At most `limit` results; a blank query, or a
 * limit below 1, returns none.
 */
export function searchDiagnoses(query: string, limit: number = DEFAULT_DIAGNOSIS_LIMIT): DiagnosisSearchResult[] {
  const words = tokenize(query);
  const max = Number.isFinite(limit) ? Math.floor(limit) : DEFAULT_DIAGNOSIS_LIMIT;
  if (words.length === 0 || max < 1) return [];
  const hits: (DiagnosisSearchResult & { order: number })[] = [];
  for (const item of INDEX) {
    let score = 0;
    let best: DiagnosisMatchLocation = "group";
    let isMatch = true;
    for (const word of words) {
      const hit = scoreWord(item, word);
      if (!hit) {
        isMatch = false;
        break;
      }
      score += hit.score;
      if (LOCATION_RANK[hit.where] < LOCATION_RANK[best]) best = hit.where;
    }
    if (isMatch) hits.push({ entry: item.entry, matchedIn: best, score, order: item.order });
  }
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.slice(0, max).map(({ entry, matchedIn, score }) => ({ entry, matchedIn, score }));
}
