import "server-only";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { type AuditEntry, appendAudit, isNewView } from "./audit";
import { type TransactionMode, type Tx, runSerialized } from "./client";
import type { Actor, DbContext } from "./context";

/**
 * A record the actor asked for is outside their access scope (or does not exist: the two must
 * look the same). The unit of work rolls back, audits the denied access naming the record, and
 * the caller sees NOT_FOUND with this message.
 */
export class OutOfScopeError extends AppError {
  readonly entityType: string;
  readonly entityId: string;

  constructor(entityType: string, entityId: string, message: string) {
    super("NOT_FOUND", message);
    this.entityType = entityType;
    // Ids come from URLs and forms: keep a garbage one from bloating the audit row.
    this.entityId = entityId.slice(0, 64);
  }
}

type AuditWriter = {
  /** A row in this transaction, bound to the acting user and their address. */
  audit: (entry: Omit<AuditEntry, "actorId">) => Promise<void>;
  /** A read of PHI: a row unless it is the same look as the actor's latest row (db/audit.ts). */
  auditView: (entry: Omit<AuditEntry, "actorId" | "outcome">) => Promise<void>;
};

/** What an operation's body gets: the transaction, the authorized actor, the audit writer. */
export type Work = AuditWriter & { tx: Tx; actor: Actor; ip: string | null };

/** For the few operations before anyone is signed in (sign-in, first-run setup, the actor lookup). */
export type PublicWork = { tx: Tx; ip: string | null; audit: (entry: AuditEntry) => Promise<void> };

type OperationSpec = {
  /** A stable name for the audit trail, e.g. `notes.sign`. */
  name: string;
  roles: readonly Role[];
  /** `read` for operations that neither change data nor audit; default `write`. */
  mode?: TransactionMode;
};

/**
 * The data layer's one door. Authorizes the actor's role (a refusal is audited), runs `body` in one
 * transaction with an audit writer bound to the actor, and audits a request for a record outside
 * the actor's scope after rolling back. Every exported db/ operation is a call to this (or to
 * `publicOperation`), so authorization, transaction and audit cannot be forgotten one at a time.
 */
export async function operation<T>(ctx: DbContext, spec: OperationSpec, body: (work: Work) => Promise<T>): Promise<T> {
  const actor = await requireRole(ctx, spec);
  const mode = spec.mode ?? "write";
  try {
    return await runSerialized(ctx.db, mode, (tx) => body({ tx, actor, ip: ctx.ip, ...auditWriter(tx, ctx, actor, mode) }));
  } catch (error) {
    if (error instanceof OutOfScopeError) {
      await recordAccessDenied(ctx, { entityType: error.entityType, entityId: error.entityId, detail: { operation: spec.name } });
    }
    throw error;
  }
}

/**
 * The role check on its own, for an operation that must do slow work (a password hash) before
 * its unit of work: refuse early, and audit the refusal, before spending it.
 */
export async function requireRole(ctx: DbContext, spec: Pick<OperationSpec, "name" | "roles">): Promise<Actor> {
  const actor = ctx.actor;
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  if (!spec.roles.includes(actor.role)) {
    await recordAccessDenied(ctx, { entityType: "operation", entityId: spec.name, detail: { role: actor.role } });
    throw new AppError("FORBIDDEN", "You do not have access to this.");
  }
  return actor;
}

/** The unit of work without an actor: callers are sign-in, setup and the per-request actor lookup. */
export async function publicOperation<T>(ctx: Pick<DbContext, "db" | "ip">, spec: { name: string; mode?: TransactionMode }, body: (work: PublicWork) => Promise<T>): Promise<T> {
  const mode = spec.mode ?? "write";
  return runSerialized(ctx.db, mode, (tx) => {
    const writer = auditWriter(tx, { actor: null, ip: ctx.ip }, null, mode);
    return body({ tx, ip: ctx.ip, audit: (entry) => writer.audit(entry) });
  });
}

/** A refused request, audited on its own (the refused change, if any, was rolled back). */
export async function recordAccessDenied(ctx: DbContext, entry: { entityType: string; entityId: string | null; detail?: AuditEntry["detail"] }): Promise<void> {
  await runSerialized(ctx.db, "write", (tx) =>
    appendAudit(tx, ctx, { action: "auth.access_denied", outcome: "denied", entityType: entry.entityType, entityId: entry.entityId, detail: entry.detail }),
  );
}

function auditWriter(tx: Tx, ctx: Pick<DbContext, "actor" | "ip">, actor: Actor | null, mode: TransactionMode): AuditWriter {
  const assertWritable = () => {
    // A read transaction would have to upgrade its lock to write the row, which can fail under
    // load after the read already happened: declare the operation a write instead.
    if (mode === "read") throw new Error("A read-only operation cannot write an audit row.");
  };
  return {
    async audit(entry) {
      assertWritable();
      await appendAudit(tx, ctx, entry);
    },
    async auditView(entry) {
      assertWritable();
      if (!actor || (await isNewView(tx, actor.id, entry, new Date()))) await appendAudit(tx, ctx, entry);
    },
  };
}
