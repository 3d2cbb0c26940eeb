import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { AddendaSection } from "@/components/note/addenda-section";
import { BillingSummary } from "@/components/note/billing-summary";
import { ClientSafetyPlan } from "@/components/note/client-safety-plan";
import { NoteContent } from "@/components/note/note-content";
import { PrintButton } from "@/components/note/print-button";
import { Facts, ReadOnlySection } from "@/components/note/read-only";
import { PrintPageFrame } from "@/components/note/print-page-frame";
import { BillingState } from "@/components/note/signed-note";
import { ReviewThread } from "@/components/review/review-thread";
import { SignatureLines } from "@/components/review/signature-lines";
import { Notice } from "@/components/ui/notice";
import { getPracticeSettings } from "@/db/practice";
import { getSession } from "@/db/sessions";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { getGuidance } from "@/lib/guidance";
import { NOTE_STATUS_LABELS, isSigned } from "@/lib/notes/lifecycle";
import { hasPersonalSafetyPlan } from "@/lib/notes/safety-plan";
import { pageContext } from "@/server/context";
import { orNotFound } from "@/server/not-found";

// One audited read per request, shared by the title and the page.
const loadForPrint = cache(async (id: string) => {
  const ctx = await pageContext({ roles: CLINICAL_ROLES });
  return { ctx, session: await orNotFound(() => getSession(ctx, id, { purpose: "print" })) };
});

// The title names the document and its date, not the client: a title is kept in browser history,
// tab lists and synced devices long after the paper is filed. The client's name and date of
// birth are on every printed page instead (PrintPageFrame), where they belong.
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { session } = await loadForPrint((await params).id);
  return { title: { absolute: `Crisis session note — ${session.dateOfService ?? "no date of service"}` } };
}

export default async function PrintNotePage({ params }: { params: Promise<{ id: string }> }) {
  const { ctx, session } = await loadForPrint((await params).id);
  const back = (
    <Link href={`/sessions/${session.id}`} className="text-brand-700 underline">
      Back to the note
    </Link>
  );
  // Only a signed note is a record worth handing out; a draft can still change under the reader.
  if (!isSigned(session.status)) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">Print crisis note</h1>
        <Notice tone="info">Only signed notes can be printed. Sign the note first.</Notice>
        {back}
      </div>
    );
  }
  const practice = await getPracticeSettings(ctx);
  const clinician = `${session.clinician.name}${session.clinician.credentials ? `, ${session.clinician.credentials}` : ""}`;
  const steps = getGuidance("90839")?.safetyPlanTemplate?.steps ?? [];
  return (
    <article className="space-y-6 print:space-y-4 print:text-sm">
      <PrintPageFrame clientName={session.client.name} dateOfBirth={session.client.dateOfBirth} dateOfService={session.dateOfService} />
      <div className="flex items-center gap-4 print:hidden">
        <PrintButton />
        {back}
      </div>
      <header className="space-y-3">
        <p className="text-lg font-bold">{practice?.name}</p>
        <h1 className="text-2xl font-bold">Crisis psychotherapy note</h1>
        <Facts
          items={[
            ["Client", session.client.name],
            ["Date of birth", session.client.dateOfBirth],
            ...(session.client.externalId ? [["External id / MRN", session.client.externalId] as const] : []),
            ["Clinician", clinician],
            ["Date of service", session.dateOfService],
            ["Status", NOTE_STATUS_LABELS[session.status]],
            ["Guidance version", session.guidance?.version ?? null],
          ]}
        />
        <SignatureLines signature={session.signature} cosignature={session.cosignature} timeZone={session.timeZone} />
      </header>
      <ReadOnlySection title="Time and billing">
        <BillingSummary lines={session.billingLines} segments={session.segments} timeZone={session.timeZone} dateOfService={session.dateOfService} />
        <BillingState session={session} />
      </ReadOnlySection>
      <NoteContent meta={session.meta} note={session.note} />
      <AddendaSection sessionId={session.id} addenda={session.addenda} timeZone={session.timeZone} printable />
      <ReviewThread events={session.reviewThread} timeZone={session.timeZone} />
      {/* The client's handout only when a plan was made with them: never an empty "My safety plan". */}
      {hasPersonalSafetyPlan(session.note.safetyPlan) ? (
        <ClientSafetyPlan clientName={session.client.name} clinician={clinician} date={session.dateOfService} plan={session.note.safetyPlan} steps={steps} />
      ) : null}
    </article>
  );
}
