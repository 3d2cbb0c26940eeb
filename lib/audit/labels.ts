import type { AuditAction, AuditOutcome } from "./actions";

/**
 * What each audited action is called in the audit report and its CSV: plain words for an
 * auditor, not the stable keys stored in the chain. A Record over AuditAction, so a new action
 * without a label does not compile (and labels.test.ts checks none is blank or repeated).
 */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  "practice.setup": "Practice set up",
  "practice.settings_changed": "Practice settings changed",
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Sign-in failed",
  "auth.lockout": "Account locked after failed sign-ins",
  "auth.sign_in_throttled": "Sign-in refused: too many failures from one address or practice-wide",
  "auth.sign_out": "Signed out",
  "auth.access_denied": "Access refused",
  "user.created": "User created",
  "user.changed": "User changed",
  "user.deactivated": "User deactivated",
  "user.reactivated": "User reactivated",
  "user.password_changed": "Password changed by the user",
  "user.password_check_failed": "Wrong current password when changing password",
  "user.password_reset": "Password reset by an admin",
  "user.reset_notice_seen": "Password reset notice acknowledged",
  "account.sign_in_ended": "Sign-in ended by the user",
  "account.other_sign_ins_ended": "All other sign-ins ended by the user",
  "client.created": "Client created",
  "client.viewed": "Client record viewed",
  "client.changed": "Client record changed",
  "client.deactivated": "Client deactivated",
  "client.reactivated": "Client reactivated",
  "payer.created": "Payer created",
  "payer.changed": "Payer changed",
  "payer.deactivated": "Payer deactivated",
  "payer.reactivated": "Payer reactivated",
  "clients.listed": "Client list viewed",
  "clients.searched": "Clients searched",
  "dashboard.viewed": "Dashboard viewed",
  "billing.listed": "Billing report viewed",
  "billing.exported": "Billing report exported",
  "notes.listed": "Note list viewed",
  "note.created": "Crisis session started",
  "note.viewed": "Note viewed",
  "note.updated": "Note edited",
  "note.signed": "Note signed",
  "note.printed": "Note printed",
  "note.addendum_added": "Addendum added",
  "reviews.listed": "Review queue viewed",
  "review.opened": "Note opened for review",
  "review.approved": "Note approved (co-signed)",
  "review.returned": "Note returned for changes",
  "review.commented": "Review comment added",
  "segment.started": "Timer started",
  "segment.stopped": "Timer stopped",
  "segment.added": "Time segment added",
  "segment.changed": "Time segment changed",
  "segment.deleted": "Time segment deleted",
  "disclosure.recorded": "Disclosure recorded",
  "disclosures.accounted": "Accounting of disclosures viewed",
  "audit.exported": "Audit report exported",
  "audit.chain_keyed": "Audit trail keyed (earlier entries sealed)",
  "audit.key_rotated": "Audit key rotated",
  "audit.chain_verified": "Audit trail verified",
  "audit.checkpoint_exported": "Audit checkpoint exported",
};

export const AUDIT_OUTCOME_LABELS: Record<AuditOutcome, string> = {
  success: "Success",
  failure: "Failure",
  denied: "Refused",
};

/** An action key read from the log: its label, or the key itself for a row older than the map. */
export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string | undefined>)[action] ?? action;
}

export function auditOutcomeLabel(outcome: string): string {
  return (AUDIT_OUTCOME_LABELS as Record<string, string | undefined>)[outcome] ?? outcome;
}

/** The groups of the action filter, in the order an auditor looks for them. */
export const AUDIT_ACTION_GROUPS: { label: string; prefixes: string[] }[] = [
  { label: "Sign-in and account", prefixes: ["auth.", "account.", "user."] },
  { label: "Clients and disclosures", prefixes: ["client.", "clients.", "disclosure.", "disclosures."] },
  { label: "Notes, time and review", prefixes: ["note.", "notes.", "segment.", "review.", "reviews.", "dashboard."] },
  { label: "Billing and payers", prefixes: ["billing.", "payer."] },
  { label: "Practice and audit", prefixes: ["practice.", "audit."] },
];

const ENTITY_LABELS: Record<string, string> = {
  user: "User",
  client: "Client",
  client_list: "Client list",
  crisis_session: "Crisis session",
  note_list: "Note list",
  review_queue: "Review queue",
  dashboard: "Dashboard",
  payer: "Payer",
  practice: "Practice",
  billing_report: "Billing report",
  audit_report: "Audit report",
  audit_chain: "Audit trail",
  operation: "Operation",
  page: "Page",
  sign_in: "Sign-in",
};

export function auditEntityLabel(entityType: string): string {
  return ENTITY_LABELS[entityType] ?? entityType.replaceAll("_", " ");
}
