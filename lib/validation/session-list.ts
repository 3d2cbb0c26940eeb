import { z } from "zod";
import { NOTE_STATUSES, type NoteStatus } from "@/lib/notes/status";

/**
 * The notes list's filters, read from the URL. A URL is typed or pasted by hand, so a bad value
 * is dropped (that filter is simply off) rather than failing the page.
 */
const sessionListQuerySchema = z.object({
  clientId: z.string().min(1).max(64).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  status: z.enum(NOTE_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type SessionListQuery = { clientId?: string; from?: string; to?: string; status?: NoteStatus; page: number };

/** Only the first value of a repeated parameter counts. */
export function parseSessionListQuery(params: Record<string, string | string[] | undefined>): SessionListQuery {
  const first = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const { clientId, from, to, status, page } = sessionListQuerySchema.parse(first);
  return { page, ...(clientId ? { clientId } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}), ...(status ? { status } : {}) };
}

/** The URL of another page of the same filtered list. */
export function sessionListHref(query: SessionListQuery, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["clientId", "from", "to", "status"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/sessions?${search}` : "/sessions";
}
