/** Every audited action has a stable name; the audit log viewer and exports rely on them. */
export const AUDIT_ACTIONS = [
  "practice.setup",
  "practice.settings_changed",
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.lockout",
  "auth.sign_in_throttled",
  "auth.sign_out",
  "auth.access_denied",
  "user.created",
  "user.changed",
  "user.deactivated",
  "user.reactivated",
  "user.password_changed",
  "user.password_check_failed",
  "user.password_reset",
  "client.created",
  "client.viewed",
  "client.changed",
  "client.deactivated",
  "client.reactivated",
  "payer.created",
  "payer.changed",
  "payer.deactivated",
  "payer.reactivated",
  "clients.listed",
  "clients.searched",
  "dashboard.viewed",
  "billing.listed",
  "billing.exported",
  "notes.listed",
  "note.created",
  "note.viewed",
  "note.updated",
  "note.signed",
  "note.printed",
  "note.addendum_added",
  "reviews.listed",
  "review.opened",
  "review.approved",
  "review.returned",
  "review.commented",
  "segment.started",
  "segment.stopped",
  "segment.added",
  "segment.changed",
  "segment.deleted",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Details are small and flat; never a password, a hash or clinical text. */
export type AuditDetail = Record<string, string | number | boolean | null>;

export const AUDIT_OUTCOMES = ["success", "failure", "denied"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
