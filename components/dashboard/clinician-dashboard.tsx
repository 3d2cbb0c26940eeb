import Link from "next/link";
import type { ReactNode } from "react";
import { SessionTable } from "@/components/session/session-table";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { Dashboard } from "@/db/sessions";
import { formatInstant } from "@/lib/time/format";
import { ReturnedNotes } from "./returned-notes";
import { RunningElapsed } from "./running-elapsed";
import { SignedThisWeek } from "./signed-this-week";

type Props = { dashboard: Dashboard; timeZone: string; reviewCount: number | null };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A clinician's day: what is running, what is unfinished, what came back, what was signed. */
export function ClinicianDashboard({ dashboard, timeZone, reviewCount }: Props) {
  const { running, drafts, returned, signedThisWeek } = dashboard;
  const empty = !running && drafts.length === 0 && returned.length === 0 && signedThisWeek.length === 0;
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap gap-3">
        <Button asChild>
          <Link href="/sessions/new">Start crisis session</Link>
        </Button>
        <Button asChild variant="secondary">
          <Link href="/clients">Clients</Link>
        </Button>
      </div>
      {reviewCount !== null ? (
        <Card aria-labelledby="review-heading">
          <h2 id="review-heading" className="text-lg font-semibold">
            Notes to review
          </h2>
          <p className="mt-2">
            {reviewCount === 0 ? "No supervisee notes are waiting for you." : `${reviewCount} supervisee ${reviewCount === 1 ? "note is" : "notes are"} waiting for your review.`}{" "}
            <Link href="/review" className="font-medium text-brand-700 underline">
              Open the review queue
            </Link>
          </p>
        </Card>
      ) : null}
      {running ? (
        <Card aria-labelledby="running-heading" className="border-brand-700">
          <h2 id="running-heading" className="text-lg font-semibold">
            Timer running
          </h2>
          <p className="mt-2">
            <Link href={`/sessions/${running.sessionId}`} className="font-medium text-brand-700 underline">
              Crisis session with {running.clientName}
            </Link>{" "}
            · running for <RunningElapsed startedAt={running.startedAt} /> (since {formatInstant(running.startedAt, timeZone)})
          </p>
        </Card>
      ) : null}
      {empty ? <p className="text-slate-700">No crisis sessions yet. Running sessions, drafts and returned notes will appear here.</p> : null}
      {returned.length > 0 ? (
        <Section id="returned-heading" title="Returned to you by your supervisor">
          <ReturnedNotes notes={returned} />
        </Section>
      ) : null}
      {drafts.length > 0 ? (
        <Section id="drafts-heading" title="Drafts">
          <SessionTable sessions={drafts} caption="Your draft notes" />
        </Section>
      ) : null}
      <Section id="signed-heading" title="Signed this week">
        <SignedThisWeek sessions={signedThisWeek} />
      </Section>
    </div>
  );
}
