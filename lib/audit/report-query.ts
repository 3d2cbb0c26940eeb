import { DateTime } from "luxon";
import { z } from "@/lib/validation/zod";
import { isCalendarDate } from "../billing-report/calendar";
import { AUDIT_ACTIONS, AUDIT_OUTCOMES } from "./actions";

/*
 * The audit report's filters and order, as URL search parameters. Ids only (a user, a client):
 * never a name or anything else a URL would carry into browser history and server logs.
 */

/** The report's columns an auditor can sort by. */
export const AUDIT_SORTS = ["time", "user", "action", "subject", "outcome", "ip"] as const;
export type AuditSort = (typeof AUDIT_SORTS)[number];

/**
 * Sorting by anything but time reads the whole filtered set and sorts it by the words on screen,
 * so it is offered for at most this many rows; time order pages by position in the chain
 * (keyset on seq) and costs the same however large the log.
 */
export const MAX_SORTABLE_ROWS = 5000;

export const AUDIT_PAGE_SIZE = 50;

const emptyAsMissing = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalDate = (which: string) =>
  z.preprocess(emptyAsMissing, z.string().trim().refine(isCalendarDate, `Enter the ${which} date as YYYY-MM-DD.`).optional());

const optionalId = z.preprocess(emptyAsMissing, z.string().trim().max(64, "That id is too long.").optional());

const position = z.preprocess(emptyAsMissing, z.coerce.number().int().positive().optional());

export const auditReportQuerySchema = z
  .object({
    from: optionalDate("start"),
    to: optionalDate("end"),
    user: optionalId,
    client: optionalId,
    action: z.preprocess(emptyAsMissing, z.enum(AUDIT_ACTIONS, { error: "Choose an action from the list." }).optional()),
    outcome: z.preprocess(emptyAsMissing, z.enum(AUDIT_OUTCOMES, { error: "Choose an outcome from the list." }).optional()),
    sort: z.preprocess(emptyAsMissing, z.enum(AUDIT_SORTS, { error: "Choose a column to sort by." }).default("time")),
    dir: z.preprocess(emptyAsMissing, z.enum(["asc", "desc"], { error: "Choose ascending or descending." }).default("desc")),
    /** Time order: the page before (older than) or after (newer than) this position in the chain. */
    before: position,
    after: position,
    /** Other orders: the page number. */
    page: z.preprocess(emptyAsMissing, z.coerce.number().int().positive().max(1000).default(1)),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ["from"],
    message: "The start date must be on or before the end date.",
  });

export type AuditReportQueryInput = z.input<typeof auditReportQuerySchema>;
export type AuditReportQuery = z.output<typeof auditReportQuerySchema>;

/** The filters alone (what the CSV export and the page share), without order or position. */
export type AuditReportFilters = Pick<AuditReportQuery, "from" | "to" | "user" | "client" | "action" | "outcome">;

/**
 * Practice-local dates → the instants that bound them: from the start of `from` (inclusive) to
 * the start of the day after `to` (exclusive), across daylight-saving changes.
 */
export function instantRange(filters: Pick<AuditReportFilters, "from" | "to">, timeZone: string): { since?: string; until?: string } {
  const startOf = (date: string) => DateTime.fromISO(date, { zone: timeZone }).startOf("day");
  return {
    ...(filters.from ? { since: startOf(filters.from).toJSDate().toISOString() } : {}),
    ...(filters.to ? { until: startOf(filters.to).plus({ days: 1 }).toJSDate().toISOString() } : {}),
  };
}

/** The search parameters for a query: defaults and empty values left out, so URLs stay short. */
export function auditReportSearch(query: Partial<AuditReportQuery>): string {
  const params = new URLSearchParams();
  for (const key of ["from", "to", "user", "client", "action", "outcome"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.sort && query.sort !== "time") params.set("sort", query.sort);
  if (query.dir && query.dir !== "desc") params.set("dir", query.dir);
  if (query.before) params.set("before", String(query.before));
  if (query.after) params.set("after", String(query.after));
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function hasFilters(filters: AuditReportFilters): boolean {
  return Boolean(filters.from || filters.to || filters.user || filters.client || filters.action || filters.outcome);
}
