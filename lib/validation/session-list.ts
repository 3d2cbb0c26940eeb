import { z } from "./zod";
import { NOTE_STATUSES, type NoteStatus } from "@/lib/notes/status";

/**
 * Where a page of the notes list starts: the list runs newest first by (createdAt, id), and a
 * page is the notes just after (older than) or just before (newer than) one it names. A page
 * deep in the list costs what the first does (keyset, not OFFSET), and a note added meanwhile
 * never shifts the next page. An instant and an id: nothing about the client.
 */
export type ListCursor = { createdAt: string; id: string };

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z)_([A-Za-z0-9-]{1,64})$/;

export function cursorText(cursor: ListCursor): string {
  return `${cursor.createdAt}_${cursor.id}`;
}

function readCursor(text: string | undefined): ListCursor | undefined {
  const match = text ? CURSOR.exec(text) : null;
  return match?.[1] && match[2] ? { createdAt: match[1], id: match[2] } : undefined;
}

/**
 * The notes list's filters, read from the URL. A URL is typed or pasted by hand, so a bad value
 * is dropped (that filter is simply off) rather than failing the page.
 */
const sessionListQuerySchema = z.object({
  clientId: z.string().min(1).max(64).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  status: z.enum(NOTE_STATUSES).optional().catch(undefined),
  after: z.string().max(120).optional().catch(undefined),
  before: z.string().max(120).optional().catch(undefined),
});
export type SessionListQuery = {
  clientId?: string;
  from?: string;
  to?: string;
  status?: NoteStatus;
  /** The page of notes older than this one (the next page). */
  after?: ListCursor;
  /** The page of notes newer than this one (the previous page); ignored with `after`. */
  before?: ListCursor;
};

/** Only the first value of a repeated parameter counts. */
export function parseSessionListQuery(params: Record<string, string | string[] | undefined>): SessionListQuery {
  const first = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const { clientId, from, to, status, after: afterText, before: beforeText } = sessionListQuerySchema.parse(first);
  const after = readCursor(afterText);
  const before = after ? undefined : readCursor(beforeText);
  return {
    ...(clientId ? { clientId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(status ? { status } : {}),
    ...(after ? { after } : {}),
    ...(before ? { before } : {}),
  };
}

/** The URL of another page of the same filtered list: the newest notes, or those after or before a cursor. */
export function sessionListHref(query: SessionListQuery, page: { after: ListCursor } | { before: ListCursor } | "newest"): string {
  const params = new URLSearchParams();
  for (const key of ["clientId", "from", "to", "status"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (page !== "newest") {
    if ("after" in page) params.set("after", cursorText(page.after));
    else params.set("before", cursorText(page.before));
  }
  const search = params.toString();
  return search ? `/sessions?${search}` : "/sessions";
}
