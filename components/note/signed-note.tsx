import { Notice } from "@/components/ui/notice";
import type { SessionView } from "@/db/sessions";
import { NOTE_STATUS_LABELS } from "@/lib/notes/lifecycle";
import { noteSectionTitle } from "@/lib/notes/sections";
import { BillingSummary } from "./billing-summary";
import { GuidancePanelView } from "./guidance-panel";
import { NoteContent } from "./note-content";
import { Facts, ReadOnlySection } from "./read-only";
import { SafetyPlanView, hasSafetyPlan } from "./safety-plan-view";
import { ReviewThread } from "@/components/review/review-thread";
import { RULE_SET_LABELS } from "@/lib/billing";
import { SignatureLines } from "@/components/review/signature-lines";

/** Whether the day's lines can go out: only when every note behind them is final (BILLING-RULES §6). */
export function BillingState({ session }: { session: Pick<SessionView, "billingLines" | "isBillable" | "billingWarnings" | "billedUnder"> }) {
  if (session.billingLines.length === 0) return null;
  return (
    <>
      {session.billedUnder ? (
        <p>
          <strong>Billed under:</strong> {session.billedUnder.payerName ?? "no payer recorded"} ({RULE_SET_LABELS[session.billedUnder.ruleSet]} rules) ·{" "}
          <strong>Diagnoses:</strong> {session.billedUnder.diagnosisCodes.join(", ") || "none"}
        </p>
      ) : null}
      <p>
        <strong>Billing status:</strong>{" "}
        {session.isBillable ? "billable — every note behind these lines is final." : "not billable yet — a note behind these lines is waiting for supervisor co-signature."}
      </p>
      {session.billingWarnings.length > 0 ? (
        <ul aria-label="Billing warnings" className="space-y-1 text-sm">
          {session.billingWarnings.map((warning) => (
            <li key={warning.code} className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
              {warning.message}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/**
 * A signed note, read-only: signatures, the review thread, the day's billing, the whole note, and
 * the guidance that was shown. The author reads it with the addendum notice; a reviewer without.
 */
export function SignedNote({ session, audience = "author" }: { session: SessionView; audience?: "author" | "reviewer" }) {
  return (
    <div className="space-y-6">
      <ReadOnlySection title="Signature">
        <SignatureLines signature={session.signature} cosignature={session.cosignature} timeZone={session.timeZone} />
        <Facts
          items={[
            ["Status", NOTE_STATUS_LABELS[session.status]],
            ["Times attested", session.timesAttested ? "The clinician attested these are the actual face-to-face times." : "No"],
          ]}
        />
        {audience === "author" ? (
          <Notice tone="info">
            <strong>Locked.</strong> A signed note cannot be edited. To correct or add information, write an addendum below: it is dated, signed with your name,
            and shown under the original, which stays as it was signed.
            {session.status === "pending_review" ? " Your supervisor can return the note to you for changes." : ""}
          </Notice>
        ) : null}
      </ReadOnlySection>
      <ReviewThread events={session.reviewThread} timeZone={session.timeZone} />
      <ReadOnlySection title="Time and billing">
        <BillingSummary lines={session.billingLines} segments={session.segments} timeZone={session.timeZone} dateOfService={session.dateOfService} />
        <BillingState session={session} />
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
