import { formatInstant } from "../time/format";

/*
 * An audit row's detail (a small flat JSON object) as label/value pairs a person can read:
 * "Reason: wrong password", not {"reason":"wrong_password"}.
 */

const KEY_LABELS: Record<string, string> = {
  reason: "Reason",
  role: "Role",
  supervised: "Supervised",
  fields: "Fields changed",
  shown: "Rows shown",
  total: "Total",
  page: "Page",
  searchLength: "Search length (characters)",
  operation: "Operation",
  status: "Status",
  lockedUntil: "Locked until",
  lockoutCount: "Lockouts so far",
  start: "Start",
  end: "End",
  oldStart: "Old start",
  oldEnd: "Old end",
  newStart: "New start",
  newEnd: "New end",
  rows: "Rows",
  includeFlagged: "Flagged days included",
  completed: "Completed",
  from: "From",
  to: "To",
  timeZone: "Time zone",
  modality: "Modality",
  dayMinutes: "Day's minutes",
  lines: "Billing lines",
  hasComment: "With a comment",
  version: "Version",
  days: "Days",
  practice: "Whole practice",
  disclosedOn: "Disclosed on",
  disclosureId: "Disclosure",
  corrects: "Corrects",
  signInId: "Sign-in",
  ended: "Sign-ins ended",
  resetAt: "Reset at",
  years: "Years covered",
};

/** "superviseeId" → "Supervisee id": a key without a label still reads as words. */
function wordsOf(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replaceAll("_", " ").toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const WORD_KEY = /^[a-z]+(_[a-z]+)+$/;

function valueText(value: unknown, timeZone: string): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return JSON.stringify(value);
  if (INSTANT.test(value)) return formatInstant(value, timeZone);
  // A stored keyword (wrong_password, pending_review) reads as words.
  if (WORD_KEY.test(value)) return value.replaceAll("_", " ");
  return value;
}

export type DetailItem = { label: string; value: string };

/** The detail's entries in stored order; an unreadable detail is shown as stored, never dropped. */
export function describeAuditDetail(detail: string, timeZone: string): DetailItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return detail ? [{ label: "Detail", value: detail }] : [];
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return [{ label: "Detail", value: detail }];
  return Object.entries(parsed as Record<string, unknown>).map(([key, value]) => ({ label: KEY_LABELS[key] ?? wordsOf(key), value: valueText(value, timeZone) }));
}

/** One line for a CSV cell: "Reason: wrong password; Rows shown: 3". */
export function auditDetailLine(detail: string, timeZone: string): string {
  return describeAuditDetail(detail, timeZone)
    .map((item) => `${item.label}: ${item.value}`)
    .join("; ");
}
