import { AsyncResource } from "node:async_hooks";
import type Database from "better-sqlite3";

export type TransactionMode = "read" | "write";

type Job = { mode: TransactionMode; run: () => Promise<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };

/**
 * Most units of work one commit carries (its first caller waits for the whole group).
 * BENCH_MAX_GROUP=1 turns grouping off, for bench/data-layer.bench.ts to measure the difference;
 * nothing else sets it.
 */
const MAX_GROUP = Number(process.env.BENCH_MAX_GROUP) || 32;

/**
 * The connection's units of work, one at a time and in order of arrival, with group commit: the
 * write units already waiting when a write transaction starts run in that same transaction, each
 * inside its own savepoint, and one COMMIT (one fsync under synchronous=FULL) makes them all
 * durable. Nothing changes for a caller: its promise settles only after the COMMIT that holds its
 * writes has returned (durability is unchanged), a unit that throws is rolled back to its
 * savepoint alone (the others carry on), and a failed COMMIT fails every unit in the group (none
 * of them is stored). On a quiet server a group is one unit, exactly as before. Reads run in a
 * transaction of their own and end a group: units run in the order they arrived.
 */
export class CommitQueue {
  private readonly jobs: Job[] = [];
  private isDraining = false;

  constructor(private readonly sqlite: Database.Database) {}

  run<T>(mode: TransactionMode, body: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      // The body runs in its caller's async context, not in that of whoever started the queue.
      this.jobs.push({ mode, run: AsyncResource.bind(body), resolve: resolve as (value: unknown) => void, reject });
      if (!this.isDraining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.isDraining = true;
    try {
      for (let job = this.jobs.shift(); job; job = this.jobs.shift()) {
        if (job.mode === "read") await this.runRead(job);
        else await this.runWriteGroup(job);
      }
    } finally {
      this.isDraining = false;
    }
  }

  private async runRead(job: Job): Promise<void> {
    const { sqlite } = this;
    try {
      sqlite.exec("BEGIN");
      const value = await job.run();
      sqlite.exec("COMMIT");
      job.resolve(value);
    } catch (error) {
      this.rollBack();
      job.reject(error);
    }
  }

  private async runWriteGroup(first: Job): Promise<void> {
    const { sqlite } = this;
    try {
      // BEGIN IMMEDIATE takes the write lock up front: a read-then-write body never fails halfway.
      sqlite.exec("BEGIN IMMEDIATE");
    } catch (error) {
      first.reject(error);
      return;
    }
    const done: { job: Job; value: unknown }[] = [];
    let units = 0;
    for (let job: Job | undefined = first; job; ) {
      units += 1;
      try {
        sqlite.exec("SAVEPOINT unit_of_work");
        const value = await job.run();
        sqlite.exec("RELEASE unit_of_work");
        done.push({ job, value });
      } catch (error) {
        job.reject(error);
        if (!this.rollBackUnit()) {
          // The whole transaction is gone (SQLite ended it on an I/O error or a full disk, or the
          // savepoint could not be undone): nothing of the group is stored.
          this.rollBack();
          for (const finished of done) finished.job.reject(error);
          return;
        }
      }
      job = this.jobs[0]?.mode === "write" && units < MAX_GROUP ? this.jobs.shift() : undefined;
    }
    try {
      sqlite.exec("COMMIT");
    } catch (error) {
      this.rollBack();
      for (const finished of done) finished.job.reject(error);
      return;
    }
    for (const finished of done) finished.job.resolve(finished.value);
  }

  /**
   * Ends the transaction after a failure. A ROLLBACK that itself fails (the database busy, a
   * statement still open) must not escape the queue: every caller is settled with the original
   * error, and the next unit's BEGIN reports whatever state the connection is in.
   */
  private rollBack(): void {
    try {
      if (this.sqlite.inTransaction) this.sqlite.exec("ROLLBACK");
    } catch {
      // The original error is what the callers hear.
    }
  }

  /** Undoes the failed unit's writes alone; false when that is not possible. */
  private rollBackUnit(): boolean {
    if (!this.sqlite.inTransaction) return false;
    try {
      this.sqlite.exec("ROLLBACK TO unit_of_work");
      this.sqlite.exec("RELEASE unit_of_work");
      return true;
    } catch {
      return false;
    }
  }
}
