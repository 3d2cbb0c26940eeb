import { createHash, createHmac } from "node:crypto";

/** The first row of the chain links to this value instead of a previous hash. */
export const GENESIS_HASH = "0".repeat(64);

export type HashedAuditFields = {
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

const canonical = (fields: HashedAuditFields): unknown[] => [
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
];

/**
 * The legacy, unkeyed hash: SHA-256 over a fixed-order JSON array of the row's fields, previous
 * hash included. Anyone can recompute it, so it only protects rows written before the chain was
 * keyed, and only because the first keyed row after them covers the last one's hash.
 */
export function auditHash(fields: HashedAuditFields): string {
  return createHash("sha256").update(JSON.stringify(canonical(fields))).digest("hex");
}

/**
 * The keyed hash: HMAC-SHA-256 under the keyring key `keyId` over the same fields plus the key id,
 * so a row cannot be rewritten (or re-linked) without the key, nor moved under another key.
 */
export function auditHmac(key: Uint8Array, fields: HashedAuditFields & { keyId: string }): string {
  return createHmac("sha256", key)
    .update(JSON.stringify(["crisisnote.audit.v2", ...canonical(fields), fields.keyId]))
    .digest("hex");
}
