import "server-only";
import { and, asc, eq, gt, lte, max } from "drizzle-orm";
import { type AuditCheckpoint, isCheckpointSignatureValid, signCheckpoint } from "@/lib/audit/checkpoint";
import { GENESIS_HASH, auditHash, auditHmac } from "@/lib/audit/hash";
import { type AuditKeyring, currentKey, keyIndex, keyringOf } from "./audit-keyring";
import { auditKeyringFor } from "./audit";
import type { Db } from "./client";
import { publicOperation } from "./operation";
import { type AuditEventRow, auditChainHead, auditEvents } from "./tables";

/** A row of the chain known by its position and hash. */
export type ChainPosition = { seq: number; hash: string };

export type ChainVerdict =
  /** `rows`: rows in the chain up to `head`; `checked`: rows this walk read and checked. */
  | { ok: true; rows: number; checked: number; head: ChainPosition }
  | { ok: false; seq: number; problem: string };

/** Rows read per transaction: a read this size takes about a millisecond. */
export const VERIFY_CHUNK_ROWS = 250;
/** Hashing gives the event loop back this often, so a request waits at most about this long per step. */
const SLICE_MS = 2;

/**
 * The chain's rules, one row at a time, so that a walk holds one row's worth of state whatever the
 * chain's length. A row must follow the previous one, link to its hash, and carry its own hash:
 * plain SHA-256 for a legacy row (only before the first keyed row), else an HMAC under the key it
 * names, which must be in the keyring and no older than the previous row's key.
 */
class ChainWalk {
  expectedSeq: number;
  prevHash: string;
  hasKeyed: boolean;
  checked = 0;
  private keyOrder: number;

  constructor(
    private readonly keyring: AuditKeyring,
    from: { seq: number; hash: string; keyId: string | null } | null,
  ) {
    this.expectedSeq = (from?.seq ?? 0) + 1;
    this.prevHash = from?.hash ?? GENESIS_HASH;
    this.hasKeyed = Boolean(from?.keyId);
    this.keyOrder = from?.keyId ? keyIndex(keyring, from.keyId) : -1;
  }

  /** The problem with `row`, or null when it is a faithful next row. */
  step(row: AuditEventRow): string | null {
    if (row.seq < this.expectedSeq) return `row ${row.seq} is out of sequence`;
    if (row.seq > this.expectedSeq) return `row ${this.expectedSeq} is missing`;
    if (row.prevHash !== this.prevHash) return `row ${row.seq} does not link to the row before it`;
    const problem = row.keyId === null ? this.legacyProblem(row) : this.keyedProblem(row, row.keyId);
    if (problem) return problem;
    this.prevHash = row.hash;
    this.expectedSeq += 1;
    this.checked += 1;
    return null;
  }

  private legacyProblem(row: AuditEventRow): string | null {
    // A row without a key after a keyed one was rewritten by someone who lacks the key.
    if (this.hasKeyed || auditHash(row) !== row.hash) return `row ${row.seq} was altered after it was written`;
    return null;
  }

  private keyedProblem(row: AuditEventRow, keyId: string): string | null {
    const order = keyIndex(this.keyring, keyId);
    const key = this.keyring.keys[order];
    if (!key) return `row ${row.seq} names audit key "${keyId}", which is not in the keyring`;
    if (order < this.keyOrder) return `row ${row.seq} uses audit key "${keyId}", which was replaced before the row before it was written`;
    if (auditHmac(key.secret, { ...row, keyId }) !== row.hash) return `row ${row.seq} was altered after it was written`;
    this.hasKeyed = true;
    this.keyOrder = order;
    return null;
  }
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Each read is its own short transaction: a long walk never holds the connection's queue. */
const read = <T>(db: Db, body: (tx: Db) => Promise<T>): Promise<T> => publicOperation({ db, ip: null }, { name: "audit.verify", mode: "read" }, ({ tx }) => body(tx));

async function readHead(db: Db): Promise<ChainPosition> {
  const [head] = await read(db, (tx) => tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1)));
  return { seq: head?.lastSeq ?? 0, hash: head?.lastHash ?? GENESIS_HASH };
}

/**
 * Walks the chain from `from` (a position verified before; the start of the chain when absent) to
 * the head as it was when the walk began, in chunks of VERIFY_CHUNK_ROWS rows, one read
 * transaction each, yielding to the event loop between them and every SLICE_MS of hashing: memory
 * stays flat and the server keeps answering. Names the first row that was altered, inserted or removed. Rows appended while
 * it walks are left for the next walk.
 */
export async function walkAuditChain(db: Db, options: { from?: ChainPosition | null; keyring?: AuditKeyring; chunkRows?: number } = {}): Promise<ChainVerdict> {
  const keyring = options.keyring ?? keyringOf(db);
  const chunkRows = options.chunkRows ?? VERIFY_CHUNK_ROWS;
  const head = await readHead(db);
  const from = options.from ?? null;
  let walk: ChainWalk;
  if (from) {
    const [row] = await read(db, (tx) => tx.select().from(auditEvents).where(eq(auditEvents.seq, from.seq)));
    if (!row || row.hash !== from.hash) return { ok: false, seq: from.seq, problem: `row ${from.seq} was altered or removed after it was verified` };
    if (head.seq < from.seq) return { ok: false, seq: head.seq + 1, problem: `row ${head.seq + 1} is missing (row ${from.seq} was verified before)` };
    walk = new ChainWalk(keyring, { seq: row.seq, hash: row.hash, keyId: row.keyId });
  } else {
    walk = new ChainWalk(keyring, null);
  }
  // A full walk has no lower bound: a forged row numbered 0 or below is read, and refused.
  let after: number | null = from ? from.seq : null;
  for (;;) {
    const lowerBound = after;
    const rows = await read(db, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(and(lowerBound === null ? undefined : gt(auditEvents.seq, lowerBound), lte(auditEvents.seq, head.seq)))
        .orderBy(asc(auditEvents.seq))
        .limit(chunkRows),
    );
    let sliceStarted = performance.now();
    for (const row of rows) {
      const problem = walk.step(row);
      if (problem) return { ok: false, seq: Math.min(row.seq, walk.expectedSeq), problem };
      if (performance.now() - sliceStarted > SLICE_MS) {
        await yieldToEventLoop();
        sliceStarted = performance.now();
      }
    }
    const last = rows.at(-1);
    if (!last || rows.length < chunkRows) break;
    after = last.seq;
    await yieldToEventLoop();
  }
  return finish(db, walk, head);
}

/** The head tells a cut, extended or replaced tail; the rows past it must be the app's own. */
async function finish(db: Db, walk: ChainWalk, head: ChainPosition): Promise<ChainVerdict> {
  const lastSeq = walk.expectedSeq - 1;
  if (head.seq > lastSeq) return { ok: false, seq: lastSeq + 1, problem: `row ${lastSeq + 1} is missing (row ${head.seq} was written last)` };
  if (head.hash !== walk.prevHash) return { ok: false, seq: lastSeq, problem: `row ${lastSeq} was replaced after it was written` };
  // One read transaction: the head and the highest row as of the same moment, whoever writes.
  const { now, highestSeq } = await read(db, async (tx) => {
    const [current] = await tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
    const [highest] = await tx.select({ seq: max(auditEvents.seq) }).from(auditEvents);
    return { now: { seq: current?.lastSeq ?? 0 }, highestSeq: highest?.seq ?? 0 };
  });
  if (highestSeq > now.seq) return { ok: false, seq: now.seq + 1, problem: `row ${now.seq + 1} was not written by the app (row ${now.seq} was written last)` };
  // A chain of legacy rows only is what rewriting every row without the key would leave behind;
  // the server keys the chain when it starts (sealAuditChain), so a real one always has a keyed row.
  if (lastSeq > 0 && !walk.hasKeyed) return { ok: false, seq: lastSeq, problem: `row ${lastSeq} ends a chain with no keyed row: its keyed rows were removed or rewritten` };
  return { ok: true, rows: head.seq, checked: walk.checked, head };
}

export type CheckpointVerdict = { ok: true } | { ok: false; problem: string };

/**
 * Whether the chain still holds the row a checkpoint names, with the same hash. With a chain that
 * verifies, that proves every row up to it unchanged: each row's hash covers the one before.
 */
export async function checkCheckpoint(db: Db, checkpoint: AuditCheckpoint, keyring: AuditKeyring = keyringOf(db)): Promise<CheckpointVerdict> {
  const key = keyring.keys.find((k) => k.id === checkpoint.keyId);
  if (!key) return { ok: false, problem: `the checkpoint is signed with audit key "${checkpoint.keyId}", which is not in the keyring` };
  if (!isCheckpointSignatureValid(key.secret, checkpoint)) return { ok: false, problem: "the checkpoint's signature does not match: the file was altered or signed with another key" };
  if (checkpoint.rows !== checkpoint.seq) return { ok: false, problem: "the checkpoint's row count does not match its position" };
  if (checkpoint.seq === 0) return checkpoint.hash === GENESIS_HASH ? { ok: true } : { ok: false, problem: "the checkpoint of an empty chain names a hash" };
  const [row] = await read(db, (tx) => tx.select({ hash: auditEvents.hash }).from(auditEvents).where(eq(auditEvents.seq, checkpoint.seq)));
  if (!row) return { ok: false, problem: `row ${checkpoint.seq}, the checkpoint's head, is no longer in the chain` };
  if (row.hash !== checkpoint.hash) return { ok: false, problem: `row ${checkpoint.seq} is not the row the checkpoint saw: the chain was rewritten up to it` };
  return { ok: true };
}

/** A checkpoint of `position`, signed with the keyring's current key. */
export async function makeCheckpoint(db: Db, position: ChainPosition, now: Date = new Date()): Promise<AuditCheckpoint> {
  const key = currentKey(keyringOf(db));
  return Promise.resolve(signCheckpoint(key.secret, key.id, { seq: position.seq, hash: position.hash, rows: position.seq, at: now.toISOString() }));
}

/** The full walk from the start of the chain (the command line, restore, the seed's last check). */
export async function verifyAuditChain(db: Db, keyring?: AuditKeyring): Promise<ChainVerdict> {
  return walkAuditChain(db, { keyring });
}

/**
 * Run when the server starts, after the migrations: makes the keyring on a new installation, and
 * on a database whose newest row is a legacy (unkeyed) one appends a keyed row that covers it.
 * From then on the legacy rows cannot be rewritten without breaking that row's HMAC, and a chain
 * with no keyed row at all is refused (what rewriting every row without the key would leave).
 */
export async function sealAuditChain(db: Db): Promise<{ sealedLegacyRows: number }> {
  return publicOperation({ db, ip: null }, { name: "audit.seal" }, async ({ tx, audit }) => {
    const keyring = await auditKeyringFor(tx);
    const [head] = await tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
    if (!head) return { sealedLegacyRows: 0 };
    const [newest] = await tx.select({ keyId: auditEvents.keyId }).from(auditEvents).where(eq(auditEvents.seq, head.lastSeq));
    if (newest?.keyId) {
      if (keyIndex(keyring, newest.keyId) < 0) throw new Error(`The audit chain's newest row is keyed with "${newest.keyId}", which is not in the audit keyring: put back the keyring the server used.`);
      return { sealedLegacyRows: 0 };
    }
    await audit({ action: "audit.chain_keyed", entityType: "audit_chain", entityId: null, detail: { legacyRows: head.lastSeq, keyId: keyring.currentId } });
    return { sealedLegacyRows: head.lastSeq };
  });
}

/** Records a rotation in the chain itself, as the first row under the new key (scripts/audit-rotate-key.ts). */
export async function recordKeyRotation(db: Db, rotation: { from: string | null; to: string }): Promise<void> {
  await publicOperation({ db, ip: null }, { name: "audit.rotate_key" }, async ({ tx, audit }) => {
    const keyring = await auditKeyringFor(tx);
    if (keyring.currentId !== rotation.to) throw new Error(`The audit keyring's current key is "${keyring.currentId}", not "${rotation.to}".`);
    await audit({ action: "audit.key_rotated", entityType: "audit_chain", entityId: null, detail: { from: rotation.from, to: rotation.to } });
  });
}
