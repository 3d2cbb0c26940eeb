import type { Metadata } from "next";
import Link from "next/link";
import { SessionFilters } from "@/components/session/session-filters";
import { SessionTable } from "@/components/session/session-table";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/card";
import { SESSIONS_PAGE_SIZE, getNotesListPage } from "@/db/sessions";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { pageContext } from "@/server/context";
import { parseSessionListQuery, sessionListHref } from "@/lib/validation/session-list";

export const metadata: Metadata = { title: "Crisis notes" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SessionsPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await pageContext({ roles: CLINICAL_ROLES });
  const query = parseSessionListQuery(await searchParams);
  const { items, total, newer, older, clients } = await getNotesListPage(ctx, query);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <PageTitle>Crisis notes</PageTitle>
        <Button asChild>
          <Link href="/sessions/new">Start crisis session</Link>
        </Button>
      </div>
      <SessionFilters query={query} clients={clients} />
      {items.length === 0 ? <p>No notes match these filters.</p> : <SessionTable sessions={items} caption="Your crisis notes, newest first" />}
      <nav aria-label="Pages of notes" className="mt-4 flex flex-wrap items-center gap-4">
        {newer ? (
          <>
            <Link href={sessionListHref(query, "newest")} className="text-brand-700 underline">
              Newest notes
            </Link>
            <Link href={sessionListHref(query, { before: newer })} className="text-brand-700 underline">
              Previous page
            </Link>
          </>
        ) : null}
        <span>
          {total} {total === 1 ? "note" : "notes"}
          {items.length > 0 ? `, ${SESSIONS_PAGE_SIZE} a page` : ""}
        </span>
        {older ? (
          <Link href={sessionListHref(query, { after: older })} className="text-brand-700 underline">
            Next page
          </Link>
        ) : null}
      </nav>
    </>
  );
}
