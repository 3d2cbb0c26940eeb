import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "@/lib/validation/zod";

/**
 * A signed statement of the audit chain's head at one moment: "row `seq` had hash `hash`, and the
 * chain held `rows` rows, at `at`". Kept outside the server, it lets `audit:verify --checkpoint`
 * show later that nothing up to that row was rewritten, removed or truncated.
 */
export const auditCheckpointSchema = z.object({
  type: z.literal("crisisnote.audit-checkpoint"),
  version: z.literal(1),
  seq: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  rows: z.number().int().nonnegative(),
  at: z.iso.datetime(),
  keyId: z.string().min(1).max(100),
  signature: z.string().regex(/^[0-9a-f]{64}$/),
});

export type AuditCheckpoint = z.infer<typeof auditCheckpointSchema>;
export type UnsignedCheckpoint = Omit<AuditCheckpoint, "type" | "version" | "keyId" | "signature">;

const signedText = (checkpoint: UnsignedCheckpoint & { keyId: string }): string =>
  // A domain tag of its own: a checkpoint's signature can never pass for a row's hash.
  JSON.stringify(["crisisnote.audit-checkpoint.v1", checkpoint.seq, checkpoint.hash, checkpoint.rows, checkpoint.at, checkpoint.keyId]);

export function signCheckpoint(key: Uint8Array, keyId: string, checkpoint: UnsignedCheckpoint): AuditCheckpoint {
  const signature = createHmac("sha256", key).update(signedText({ ...checkpoint, keyId })).digest("hex");
  return { type: "crisisnote.audit-checkpoint", version: 1, ...checkpoint, keyId, signature };
}

export function isCheckpointSignatureValid(key: Uint8Array, checkpoint: AuditCheckpoint): boolean {
  const expected = Buffer.from(createHmac("sha256", key).update(signedText(checkpoint)).digest("hex"), "hex");
  const given = Buffer.from(checkpoint.signature, "hex");
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A checkpoint file's text → a checkpoint, or null when it is not one (any shape error). */
export function parseCheckpoint(text: string): AuditCheckpoint | null {
  try {
    const parsed = auditCheckpointSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The download's file name: the practice's chain position and the date, no PHI. */
export const checkpointFileName = (checkpoint: Pick<AuditCheckpoint, "seq" | "at">): string =>
  `audit-checkpoint-${checkpoint.at.slice(0, 10)}-row-${checkpoint.seq}.json`;
