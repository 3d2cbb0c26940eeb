import { createHash } from "node:crypto";

/** The first row of the chain links to this value instead of a previous hash. */
export const GENESIS_HASH = "0".repeat(64);

type HashedAuditFields = {
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  ip: string | null;
  outcome: string;
  detail: string;
  prevHash: string;
};

/**
 * SHA-256 over a fixed-order JSON array of the row's fields, previous hash included, so that
 * changing any field of any row, or removing a row, breaks every later link.
 */
export function auditHash(fields: HashedAuditFields): string {
  const canonical = JSON.stringify([
    fields.seq,
    fields.at,
    fields.actorId,
    fields.action,
    fields.entityType,
    fields.entityId,
    fields.ip,
    fields.outcome,
    fields.detail,
    fields.prevHash,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}
