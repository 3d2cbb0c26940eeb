import { Notice } from "@/components/ui/notice";
import type { SessionView } from "@/db/sessions";
import { NOTE_STATUS_LABELS } from "@/lib/notes/lifecycle";
import { noteSectionTitle } from "@/lib/notes/sections";
import { BillingSummary } from "./billing-summary";
import { formatDateTime } from "./format";
import { GuidancePanelView } from "./guidance-panel";
import { NoteContent } from "./note-content";
import { Facts, ReadOnlySection } from "./read-only";
import { SafetyPlanView, hasSafetyPlan } from "./safety-plan-view";

/** A signed note, read-only: signature, the day's billing, the whole note, and the guidance that was shown. */
export function SignedNote({ session }: { session: SessionView }) {
  const { clinician } = session;
  return (
    <div className="space-y-6">
      <ReadOnlySection title="Signature">
        <Facts
          items={[
            ["Status", NOTE_STATUS_LABELS[session.status]],
            ["Signed by", `${clinician.name}${clinician.credentials ? `, ${clinician.credentials}` : ""}`],
            ["Signed at", session.signedAt ? formatDateTime(session.signedAt, session.timeZone) : null],
            ["Times attested", session.timesAttested ? "The clinician attested these are the actual face-to-face times." : "No"],
          ]}
        />
        <Notice tone="info">
          <strong>Locked.</strong> A signed note cannot be edited. To correct or add information, write an addendum below: it is dated, signed with your name, and
          shown under the original, which stays as it was signed.
          {session.status === "pending_review" ? " Your supervisor can return the note to you for changes." : ""}
        </Notice>
      </ReadOnlySection>
      <ReadOnlySection title="Time and billing">
        <BillingSummary lines={session.billingLines} segments={session.segments} timeZone={session.timeZone} dateOfService={session.dateOfService} />
      </ReadOnlySection>
      <NoteContent meta={session.meta} note={session.note} />
      <ReadOnlySection title={noteSectionTitle("safetyPlan")}>
        {hasSafetyPlan(session.note.safetyPlan) ? <SafetyPlanView plan={session.note.safetyPlan} /> : <p>No safety plan was written.</p>}
      </ReadOnlySection>
      <ReadOnlySection title="Attached guidance">
        {session.guidance ? (
          <>
            <p>
              Signed beside guidance version <strong>{session.guidance.version}</strong> (90839 and 90840). This is what was shown:
            </p>
            <GuidancePanelView panel={session.guidance} />
          </>
        ) : (
          <p>No guidance was stored with this note.</p>
        )}
      </ReadOnlySection>
    </div>
  );
}
