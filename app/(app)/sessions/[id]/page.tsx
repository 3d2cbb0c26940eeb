import type { Metadata } from "next";
import Link from "next/link";
import { BottomBar } from "@/components/connection/bottom-bar";
import { SignInAgainDialog } from "@/components/connection/sign-in-again-dialog";
import { AddendaSection } from "@/components/note/addenda-section";
import { NoteEditor } from "@/components/note/note-editor";
import { SignedNote } from "@/components/note/signed-note";
import { SegmentsEditor } from "@/components/session/segments-editor";
import { SessionHeader } from "@/components/session/session-header";
import { TimerPanel } from "@/components/session/timer-panel";
import { ReviewThread } from "@/components/review/review-thread";
import { Notice } from "@/components/ui/notice";
import { getSession } from "@/db/sessions";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { isEditable } from "@/lib/notes/lifecycle";
import { serverClockMs } from "@/server/clock";
import { pageContext } from "@/server/context";
import { orNotFound } from "@/server/not-found";

// No client name in the title: titles end up in browser history and tab lists.
export const metadata: Metadata = { title: "Crisis session" };

export default async function SessionPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await pageContext({ roles: CLINICAL_ROLES });
  const { id } = await params;
  const session = await orNotFound(() => getSession(ctx, id));
  const editable = isEditable(session.status);
  // The server's clock for the live timer, which must not trust the device's (a page is dynamic).
  const serverNow = serverClockMs();
  return (
    // Room at the bottom for the fixed bar (timer, connection), so it never hides the last field.
    <div className="space-y-6 pb-40">
      {editable ? null : (
        <p className="flex justify-end">
          {/* Never prefetched: rendering the print view is an audited print (note.printed). */}
          <Link href={`/sessions/${session.id}/print`} prefetch={false} className="inline-flex min-h-11 items-center rounded-md border border-brand-700 px-4 font-medium text-brand-700 hover:bg-blue-50">
            Print the note
          </Link>
        </p>
      )}
      <SessionHeader session={session} />
      {editable ? (
        <>
          {session.status === "returned" ? (
            <Notice tone="warning">
              <strong>Returned by your supervisor.</strong> Read their comment below, change what is needed (the note and its time can be edited again), then sign
              it again: it goes back to your supervisor for review.
            </Notice>
          ) : null}
          <ReviewThread events={session.reviewThread} timeZone={session.timeZone} />
          <TimerPanel
            sessionId={session.id}
            segments={session.segments}
            timeZone={session.timeZone}
            meta={session.meta}
            payer={session.payer.input}
            payerName={session.payer.name}
            sameDayCodes={session.note.sameDayCodes}
            serverNow={serverNow}
          />
          <SegmentsEditor sessionId={session.id} segments={session.segments} timeZone={session.timeZone} />
          <NoteEditor session={session} />
        </>
      ) : (
        <>
          <SignedNote session={session} />
          <AddendaSection sessionId={session.id} addenda={session.addenda} timeZone={session.timeZone} />
          <Link href={`/sessions/${session.id}/print`} prefetch={false} className="text-brand-700 underline">
            Print view
          </Link>
          <BottomBar />
        </>
      )}
      <SignInAgainDialog email={ctx.actor.email} />
    </div>
  );
}
