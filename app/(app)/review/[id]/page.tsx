import type { Metadata } from "next";
import Link from "next/link";
import { AddendaSection } from "@/components/note/addenda-section";
import { SignedNote } from "@/components/note/signed-note";
import { ReviewDecisionForm } from "@/components/review/review-decision-form";
import { SessionHeader } from "@/components/session/session-header";
import { Card } from "@/components/ui/card";
import { getNoteForReview } from "@/db/reviews";
import type { ReviewEventKind } from "@/lib/notes/status";
import { pageContext } from "@/server/context";
import { orNotFound } from "@/server/not-found";

// No client name in the title: titles end up in browser history and tab lists.
export const metadata: Metadata = { title: "Review a note" };

/** Where the note stands once reviewed: the same words the decision form confirms with. */
const DECIDED: Partial<Record<ReviewEventKind, string>> = {
  approved: "Approved and co-signed.",
  returned: "Returned to the clinician with your comment.",
  commented: "Review comment added.",
};

export default async function ReviewNotePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await pageContext({ roles: ["supervisor"] });
  const { id } = await params;
  const note = await orNotFound(() => getNoteForReview(ctx, id));
  return (
    <div className="space-y-6">
      <p>
        <Link href="/review" className="text-brand-700 underline">
          Back to notes to review
        </Link>
      </p>
      <SessionHeader session={note} />
      <p>
        Written by <strong>{note.clinician.name}</strong>
        {note.clinician.credentials ? `, ${note.clinician.credentials}` : ""}. You can read the note here; only its author can change it.
      </p>
      {note.isAwaitingReview ? (
        <Card aria-labelledby="decision-heading" className="border-brand-700">
          <h2 id="decision-heading" className="mb-3 text-lg font-bold">
            Your review
          </h2>
          <ReviewDecisionForm sessionId={note.id} version={note.version} mode={note.status === "pending_review" ? "cosign" : "comment"} reviewer={note.reviewer} />
        </Card>
      ) : (
        <p role="status" className="rounded-md bg-slate-100 p-3">
          {DECIDED[note.reviewThread.at(-1)?.kind ?? "submitted"] ?? "This note is not waiting for your review."}
        </p>
      )}
      <SignedNote session={note} audience="reviewer" />
      <AddendaSection sessionId={note.id} addenda={note.addenda} timeZone={note.timeZone} printable />
    </div>
  );
}
