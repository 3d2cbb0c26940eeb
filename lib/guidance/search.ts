import type { GuidanceEntry } from "./types";

export type GuidanceMatchLocation = "code" | "name" | "text";

export type GuidanceSearchResult = {
  entry: GuidanceEntry;
  matchedIn: GuidanceMatchLocation;
  score: number;
};

// Per-token scores. Tiers are an order of magnitude apart so the ranking reads
// "exact code > code prefix > name > text"; a word-start hit beats a mid-word hit in its tier,
// and a text hit gains 1 per extra occurrence (at most +8, so text stays far below name).
const SCORE = {
  exactCode: 1000,
  codePrefix: 500,
  nameWordStart: 120,
  name: 100,
  textWordStart: 12,
  text: 10,
  // A misspelling ("crissis") still finds the word, but below any exact hit in the same place.
  nameTypo: 60,
  textTypo: 5,
} as const;

type IndexedEntry = {
  entry: GuidanceEntry;
  order: number;
  code: string;
  name: string;
  text: string;
  nameWords: readonly string[];
  textWords: readonly string[];
};

/** Lower-case, strip accents, and fold typographic dashes to "-" so "16-37" finds "16–37". */
function normalizeForSearch(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .toLowerCase();
}

/** Splits on whitespace and trims punctuation at token edges ("+90840" → "90840"). */
export function tokenize(query: string): string[] {
  const tokens = normalizeForSearch(query)
    .split(/\s+/)
    .map((t) => t.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, ""))
    .filter((t) => t.length > 0);
  return [...new Set(tokens)];
}

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, out);
  else if (value !== null && typeof value === "object") {
    for (const item of Object.values(value)) collectStrings(item, out);
  }
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z0-9]/.test(ch);
}

type TokenHit = { atWordStart: boolean; count: number };

// Counting stops here: enough to separate "mentions it once" from "is about it".
const MAX_COUNTED = 9;

function findToken(haystack: string, token: string): TokenHit | null {
  let at = haystack.indexOf(token);
  if (at === -1) return null;
  let atWordStart = false;
  let count = 0;
  while (at !== -1 && (count < MAX_COUNTED || !atWordStart)) {
    count += 1;
    if (!isWordChar(haystack[at - 1])) atWordStart = true;
    at = haystack.indexOf(token, at + 1);
  }
  return { atWordStart, count: Math.min(count, MAX_COUNTED) };
}

/** Edits allowed for a word of this length: none for short words (codes, "ed"), one from 5 letters, two from 9. */
function typoAllowance(token: string): number {
  if (token.length < 5 || /\d/.test(token)) return 0;
  return token.length < 9 ? 1 : 2;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbours), giving up once it exceeds `max`: "crissis" → "crisis" is 1, "crsiis" → "crisis" 1.
 */
export function editDistanceWithin(a: string, b: string, max: number): number | null {
  if (Math.abs(a.length - b.length) > max) return null;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return null;
    beforePrevious = previous;
    previous = current;
  }
  const distance = previous[b.length] ?? Infinity;
  return distance <= max ? distance : null;
}

/** The words of the whole library within a token's allowance: computed once per token and query, not per entry. */
type NearWords = (token: string) => ReadonlySet<string>;

const hasNearWord = (words: readonly string[], near: ReadonlySet<string>): boolean => words.some((word) => near.has(word));

const wordsOf = (value: string): string[] => [...new Set(value.split(/[^a-z0-9]+/).filter((word) => word.length >= 4))];

function scoreToken(item: IndexedEntry, token: string, nearWords: NearWords): { score: number; where: GuidanceMatchLocation } | null {
  if (item.code === token) return { score: SCORE.exactCode, where: "code" };
  if (item.code.startsWith(token)) return { score: SCORE.codePrefix, where: "code" };
  const inName = findToken(item.name, token);
  if (inName) return { score: inName.atWordStart ? SCORE.nameWordStart : SCORE.name, where: "name" };
  const inText = findToken(item.text, token);
  if (!inText) {
    if (typoAllowance(token) === 0) return null;
    const near = nearWords(token);
    if (hasNearWord(item.nameWords, near)) return { score: SCORE.nameTypo, where: "name" };
    return hasNearWord(item.textWords, near) ? { score: SCORE.textTypo, where: "text" } : null;
  }
  const base = inText.atWordStart ? SCORE.textWordStart : SCORE.text;
  // Within the text tier an entry that keeps returning to the term ranks above a passing mention.
  return { score: base + (inText.count - 1), where: "text" };
}

const LOCATION_RANK: Record<GuidanceMatchLocation, number> = { code: 0, name: 1, text: 2 };

/**
 * Builds a search function over `entries` (kept in the given order). The lower-cased search
 * text of each entry is built once here, not per query.
 *
 * Semantics: case- and accent-insensitive; every query token must match the entry somewhere
 * (code, name or any other text, as a substring). Score = sum of per-token scores; results sort
 * by score, then by the entries' order. Text hits earn a small bonus per repeat occurrence. `matchedIn` is the strongest place any token matched.
 * A word of 5 letters or more that matches nowhere may match a word one edit away (two from 9
 * letters), scored below every exact hit in that place, so a typo still finds the code.
 * A blank query returns every entry in order with score 0 and matchedIn "code" (a browse list).
 */
export function createGuidanceSearch(
  entries: readonly GuidanceEntry[],
): (query: string) => GuidanceSearchResult[] {
  const index: IndexedEntry[] = entries.map((entry, order) => {
    const strings: string[] = [];
    collectStrings(entry, strings);
    const name = normalizeForSearch(entry.name);
    const text = normalizeForSearch(strings.join("\n"));
    return {
      entry,
      order,
      // Tokens are lower-cased, so the code is too: "g0017" must match G0017 as a code.
      code: entry.code.toLowerCase(),
      name,
      text,
      nameWords: wordsOf(name),
      textWords: wordsOf(text),
    };
  });

  const vocabulary = [...new Set(index.flatMap((item) => item.textWords))];

  return (query) => {
    const near = new Map<string, ReadonlySet<string>>();
    const nearWords: NearWords = (token) => {
      let found = near.get(token);
      if (!found) {
        const allowance = typoAllowance(token);
        found = new Set(vocabulary.filter((word) => editDistanceWithin(token, word, allowance) !== null));
        near.set(token, found);
      }
      return found;
    };
    const tokens = tokenize(query);
    if (tokens.length === 0) {
      return index.map(({ entry }) => ({ entry, matchedIn: "code" as const, score: 0 }));
    }
    const hits: (GuidanceSearchResult & { order: number })[] = [];
    for (const item of index) {
      let score = 0;
      let best: GuidanceMatchLocation = "text";
      let allMatched = true;
      for (const token of tokens) {
        const hit = scoreToken(item, token, nearWords);
        if (hit === null) {
          allMatched = false;
          break;
        }
        score += hit.score;
        if (LOCATION_RANK[hit.where] < LOCATION_RANK[best]) best = hit.where;
      }
      if (allMatched) hits.push({ entry: item.entry, matchedIn: best, score, order: item.order });
    }
    hits.sort((a, b) => b.score - a.score || a.order - b.order);
    return hits.map(({ entry, matchedIn, score }) => ({ entry, matchedIn, score }));
  };
}
