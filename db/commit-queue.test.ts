import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "./audit-chain";
import { type Db, migrateSqliteDatabase, openDatabase, runSerialized } from "./client";
import { OutOfScopeError, operation } from "./operation";
import { auditRowsSince, clinic, lastSeq, onPostgres } from "./test-support";

/*
 * Group commit (db/commit-queue.ts): write units waiting together share one COMMIT, each in its
 * own savepoint; a caller hears back only after the COMMIT that holds its writes.
 */

function freshDb(): { db: Db; log: string[] } {
  const db = openDatabase(":memory:");
  migrateSqliteDatabase(db);
  db.run(sql`create table t (unit integer not null)`);
  const log: string[] = [];
  const exec = db.$client.exec.bind(db.$client);
  db.$client.exec = ((source: string) => {
    log.push(source);
    return exec(source);
  });
  return { db, log };
}

const insert = (db: Db, unit: number) =>
  runSerialized(db, "write", async (tx) => {
    tx.run(sql`insert into t values (${unit})`);
    // An async body: the others queue up meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 1));
    return unit;
  });

const stored = (db: Db) => db.all<{ unit: number }>(sql`select unit from t order by unit`).map((row) => row.unit);

// SQLite only: PostgreSQL gives each unit of work its own connection and transaction.
describe.skipIf(onPostgres)("group commit", () => {
  it("write units waiting together share one COMMIT, and each caller hears back after it", async () => {
    const { db, log } = freshDb();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, unit) =>
        insert(db, unit).then((value) => {
          log.push(`resolved ${value}`);
          return value;
        }),
      ),
    );
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(stored(db)).toEqual(results);
    const commits = log.filter((entry) => entry === "COMMIT").length;
    expect(commits).toBeGreaterThanOrEqual(1);
    expect(commits).toBeLessThan(10);
    // No caller heard back before the COMMIT that holds its row.
    const firstResolved = log.findIndex((entry) => entry.startsWith("resolved"));
    expect(log.slice(0, firstResolved)).toContain("COMMIT");
  });

  it("a unit that fails is rolled back alone; the others in its group are stored", async () => {
    const { db, log } = freshDb();
    const failing = runSerialized(db, "write", async (tx) => {
      tx.run(sql`insert into t values (${100})`);
      await new Promise((resolve) => setTimeout(resolve, 1));
      throw new Error("refused");
    });
    const outcomes = await Promise.allSettled([insert(db, 1), failing, insert(db, 2)]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(stored(db)).toEqual([1, 2]);
    expect(log.filter((entry) => entry === "COMMIT")).toHaveLength(1);
    expect(log).toContain("ROLLBACK TO unit_of_work");
  });

  it("a COMMIT that fails fails every unit of its group, and none is stored", async () => {
    const { db } = freshDb();
    const exec = db.$client.exec.bind(db.$client);
    let failNextCommit = true;
    db.$client.exec = ((source: string) => {
      if (source === "COMMIT" && failNextCommit) {
        failNextCommit = false;
        throw new Error("disk I/O error");
      }
      return exec(source);
    });
    const outcomes = await Promise.allSettled([insert(db, 1), insert(db, 2), insert(db, 3)]);
    expect(outcomes.every((outcome) => outcome.status === "rejected")).toBe(true);
    expect(stored(db)).toEqual([]);
    // The queue keeps going.
    await expect(insert(db, 4)).resolves.toBe(4);
    expect(stored(db)).toEqual([4]);
  });

  it("a ROLLBACK that fails too settles every caller with the original error, and the queue keeps going", async () => {
    const { db } = freshDb();
    const exec = db.$client.exec.bind(db.$client);
    let failures = { commit: 1, rollback: 1 };
    db.$client.exec = ((source: string) => {
      if (source === "COMMIT" && failures.commit > 0) {
        failures = { ...failures, commit: 0 };
        throw new Error("disk I/O error");
      }
      if (source === "ROLLBACK" && failures.rollback > 0) {
        failures = { ...failures, rollback: 0 };
        exec("ROLLBACK");
        throw new Error("cannot rollback - SQL statements in progress");
      }
      return exec(source);
    });
    const outcomes = await Promise.allSettled([insert(db, 1), insert(db, 2)]);
    expect(outcomes.map((outcome) => (outcome.status === "rejected" ? String(outcome.reason) : "stored"))).toEqual(["Error: disk I/O error", "Error: disk I/O error"]);
    expect(stored(db)).toEqual([]);
    await expect(insert(db, 3)).resolves.toBe(3);
    expect(stored(db)).toEqual([3]);
  });

  it("a read waiting between writes runs in its turn, and sees the writes committed before it", async () => {
    const { db } = freshDb();
    const read = () => runSerialized(db, "read", (tx) => Promise.resolve(tx.all<{ unit: number }>(sql`select unit from t`).length));
    // Queued in this order: write 1, the read, write 2.
    const [, seen] = await Promise.all([insert(db, 1), read(), insert(db, 2)]);
    expect(seen).toBe(1);
    expect(stored(db)).toEqual([1, 2]);
  });
});

describe("group commit and the audit chain", () => {
  it("audited writes sent together, one of them refused, leave a chain that verifies", async () => {
    const { db, therapist } = await clinic();
    const before = await lastSeq(db);
    const audited = (i: number) =>
      operation(therapist, { name: "bench.write", roles: ["therapist"] }, async ({ audit }) => {
        await audit({ action: "note.updated", entityType: "crisis_session", entityId: `note-${i}`, detail: { version: i } });
        if (i === 3) throw new OutOfScopeError("crisis_session", `note-${i}`, "not yours");
      });
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => audited(i)));
    expect(outcomes.filter((outcome) => outcome.status === "rejected")).toHaveLength(1);
    // Seven rows written, the refused one rolled back and its denial audited instead.
    const rows = await auditRowsSince(db, before);
    const updated = rows.filter((row) => row.action === "note.updated").map((row) => row.entityId ?? "");
    // SQLite runs them in order of arrival; on PostgreSQL they take the write lock in whatever order their connections get it.
    expect(onPostgres ? updated.sort() : updated).toEqual(["note-0", "note-1", "note-2", "note-4", "note-5", "note-6", "note-7"]);
    expect(rows.filter((row) => row.action === "auth.access_denied").map((row) => row.entityId)).toEqual(["note-3"]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
