/**
 * Autosave (saveDraft) and signing (signSession) through the data layer, on a database file with
 * the production pragmas (WAL, synchronous=FULL), against a raw better-sqlite3 baseline measured
 * in the same run: one IMMEDIATE transaction that updates a note's JSON and inserts one row.
 * Timings on a shared machine drift, so the figure to compare between runs is the ratio to that
 * baseline. The three kinds of operation are interleaved in rounds so that drift hits all of them.
 *
 * Run: npx tsx --conditions=react-server bench/data-layer.bench.ts   (no assertions; prints a table)
 * `--synchronous=normal` measures the same with synchronous=NORMAL instead of the app's FULL (a
 * commit then survives a crash of the process but not of the machine): for comparison only.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { DateTime } from "luxon";

import { type Db, migrateSqliteDatabase, openDatabase } from "../db/client";
import { createClient } from "../db/clients";
import type { ActorContext } from "../db/context";
import { saveDraft, signSession } from "../db/notes";
import { completeSetup } from "../db/practice";
import { addSegment } from "../db/segments";
import { startSession } from "../db/sessions";
import { findActiveActor } from "../db/sign-in";
import { createUser } from "../db/users";
import { IN_PERSON, completeNote, completeSafetyPlan } from "../lib/notes/test-support";
import type { NoteBody } from "../lib/validation/note";

const SAVES = 500;
const SIGNS = 200;
const RAW_WRITES = 500;
const ROUNDS = 10;
const WARM_UP = { saves: 25, signs: 5, rawWrites: 25 };
const CONCURRENT_CLINICIANS = 20;
const SIGNS_EACH_CONCURRENT = 10;
const TIME_ZONE = "America/Chicago";
const IP = "bench";


/** A full note as a clinician leaves it mid-session; `i` makes every autosave a real change. */
function noteBody(i: number): NoteBody {
  return completeNote({
    safetyPlan: completeSafetyPlan(),
    clientResponse: `Calmer by the end, talked about Friday's appointment and her daughter (edit ${i})`,
  });
}

async function actorContext(db: ActorContext["db"], userId: string): Promise<ActorContext> {
  const actor = await findActiveActor({ db }, userId);
  if (!actor) throw new Error(`user ${userId} is not active`);
  return { db, actor, ip: IP };
}

/** A session for `clientId` with one 50-minute segment yesterday and a complete, attested note. */
async function signReadySession(clinician: ActorContext, clientId: string, day: string): Promise<{ sessionId: string; version: number }> {
  const { sessionId } = await startSession(clinician, { clientId, ...IN_PERSON, startTimer: false });
  await addSegment(clinician, { sessionId, start: `${day}T09:00`, end: `${day}T09:50` });
  const { version } = await saveDraft(clinician, { sessionId, version: 1, meta: IN_PERSON, timesAttested: true, note: noteBody(0) });
  return { sessionId, version };
}

/**
 * The part of the better-sqlite3 connection the baseline uses. drizzle puts the connection on
 * `db.$client`, but the `Db` type leaves it out (and better-sqlite3 may only be imported in db/).
 */
type RawConnection = {
  exec(sql: string): void;
  prepare(sql: string): { run(...params: unknown[]): { changes: number }; get(...params: unknown[]): unknown };
  pragma(source: string, options: { simple: true }): unknown;
  close(): void;
};

function rawConnection(db: Db): RawConnection {
  const client = (db as unknown as { $client?: RawConnection }).$client;
  if (!client) throw new Error("db.$client is missing: the baseline needs the better-sqlite3 connection");
  return client;
}

function percentile(sorted: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

type Row = { op: string; samples: number[] };

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length;
  return { n: sorted.length, mean, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

function printTable(rows: Row[], baseline: number[]): void {
  const baseMean = stats(baseline).mean;
  const header = ["op", "n", "mean ms", "p50 ms", "p99 ms", "ops/s", "× raw"];
  const lines = rows.map(({ op, samples }) => {
    const s = stats(samples);
    return [op, String(s.n), s.mean.toFixed(3), s.p50.toFixed(3), s.p99.toFixed(3), Math.round(1000 / s.mean).toLocaleString("en-US"), (s.mean / baseMean).toFixed(2)];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] ?? "").length)));
  const format = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  console.log(format(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const line of lines) console.log(format(line));
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crisisnote-bench-"));
  const file = path.join(dir, "bench.db");
  const db = openDatabase(file);
  const raw = rawConnection(db);
  try {
    migrateSqliteDatabase(db);
    const isNormal = process.argv.includes("--synchronous=normal");
    if (isNormal) raw.pragma("synchronous = NORMAL", { simple: true });
    const synchronous = raw.pragma("synchronous", { simple: true }) as number;
    const journal = raw.pragma("journal_mode", { simple: true }) as string;
    if (synchronous !== (isNormal ? 1 : 2)) throw new Error(`expected synchronous=${isNormal ? "NORMAL (1)" : "FULL (2)"}, got ${synchronous}`);

    // Practice, admin, a supervisor and the supervised therapist who writes every note.
    const password = "bench-admin-password";
    const { adminId } = await completeSetup(
        { db, actor: null, ip: IP },
        { practiceName: "Bench Practice", timeZone: TIME_ZONE, adminName: "Ada Admin", adminEmail: "admin@bench.example", password, confirmPassword: password },
      );
    const admin = await actorContext(db, adminId);
    const supervisor = await createUser(admin, { email: "sup@bench.example", name: "Sam Supervisor", role: "supervisor", credentials: "LCSW", npi: null, supervisorId: null });
    const therapist = await createUser(admin, { email: "ther@bench.example", name: "Tess Therapist", role: "therapist", credentials: "LCSW", npi: null, supervisorId: supervisor.userId });
    const clinician = await actorContext(db, therapist.userId);
    const newClient = async (i: number) => (await createClient(clinician, { name: `Robin Client ${i}`, dateOfBirth: "1988-03-14", externalId: `MRN-${i}` })).id;

    // Segments may not lie in the future: yesterday in the practice zone.
    const day = DateTime.now().setZone(TIME_ZONE).minus({ days: 1 }).toISODate() ?? "";

    // Autosave target: one draft, saved over and over with the version the last save returned.
    const draftClient = await newClient(0);
    const { sessionId: draftId } = await startSession(clinician, { clientId: draftClient, ...IN_PERSON, startTimer: false });
    let draftVersion = 1;

    // Signing targets: one session per client (so each sign rebills a day of its own), prepared now.
    const toSign: { sessionId: string; version: number }[] = [];
    for (let i = 1; i <= SIGNS + WARM_UP.signs; i += 1) toSign.push(await signReadySession(clinician, await newClient(i), day));

    // Baseline: a draft of its own and a scratch table, written with raw SQL.
    const { sessionId: baselineId } = await startSession(clinician, { clientId: draftClient, ...IN_PERSON, startTimer: false });
    raw.exec("CREATE TABLE bench_scratch (id INTEGER PRIMARY KEY, at TEXT NOT NULL, detail TEXT NOT NULL)");
    const updateNote = raw.prepare("UPDATE crisis_sessions SET note = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?");
    const insertScratch = raw.prepare("INSERT INTO bench_scratch (at, detail) VALUES (?, ?)");
    let baselineVersion = 1;

    let edit = 0;
    const saveOnce = async (): Promise<number> => {
      edit += 1;
      const start = performance.now();
      const { version } = await saveDraft(clinician, { sessionId: draftId, version: draftVersion, meta: IN_PERSON, timesAttested: false, note: noteBody(edit) });
      const elapsed = performance.now() - start;
      draftVersion = version;
      return elapsed;
    };
    const signOnce = async (): Promise<number> => {
      const next = toSign.shift();
      if (!next) throw new Error("ran out of prepared sessions");
      const start = performance.now();
      await signSession(clinician, next);
      return performance.now() - start;
    };
    const rawWriteOnce = (): number => {
      edit += 1;
      const start = performance.now();
      const now = new Date().toISOString();
      raw.exec("BEGIN IMMEDIATE");
      try {
        const changed = updateNote.run(JSON.stringify(noteBody(edit)), baselineVersion + 1, now, baselineId, baselineVersion).changes;
        if (changed !== 1) throw new Error("baseline update matched no row");
        insertScratch.run(now, JSON.stringify({ version: baselineVersion + 1 }));
        raw.exec("COMMIT");
      } catch (error) {
        raw.exec("ROLLBACK");
        throw error;
      }
      const elapsed = performance.now() - start;
      baselineVersion += 1;
      return elapsed;
    };

    for (let i = 0; i < WARM_UP.rawWrites; i += 1) rawWriteOnce();
    for (let i = 0; i < WARM_UP.saves; i += 1) await saveOnce();
    for (let i = 0; i < WARM_UP.signs; i += 1) await signOnce();

    const rawSamples: number[] = [];
    const saveSamples: number[] = [];
    const signSamples: number[] = [];
    const started = performance.now();
    for (let round = 0; round < ROUNDS; round += 1) {
      for (let i = 0; i < RAW_WRITES / ROUNDS; i += 1) rawSamples.push(rawWriteOnce());
      for (let i = 0; i < SAVES / ROUNDS; i += 1) saveSamples.push(await saveOnce());
      for (let i = 0; i < SIGNS / ROUNDS; i += 1) signSamples.push(await signOnce());
    }
    const measuredMs = performance.now() - started;

    // The work was really done: every save bumped the version, every note left draft.
    const signed = raw.prepare("SELECT count(*) AS n FROM crisis_sessions WHERE status <> 'draft'").get() as { n: number };
    if (draftVersion !== 1 + WARM_UP.saves + SAVES) throw new Error(`draft at version ${draftVersion}, expected ${1 + WARM_UP.saves + SAVES}`);
    if (signed.n !== WARM_UP.signs + SIGNS) throw new Error(`${signed.n} signed notes, expected ${WARM_UP.signs + SIGNS}`);

    // 20 clinicians signing at once, each in a loop: the one connection serialises their
    // transactions, so a sign's time includes its wait behind the others (as in the server).
    const crowd: { ctx: ActorContext; notes: { sessionId: string; version: number }[] }[] = [];
    for (let c = 0; c < CONCURRENT_CLINICIANS; c += 1) {
      const user = await createUser(admin, { email: `crowd${c}@bench.example`, name: `Clinician ${c}`, role: "therapist", credentials: "LCSW", npi: null, supervisorId: null });
      const ctx = await actorContext(db, user.userId);
      const notes = [];
      for (let i = 0; i < SIGNS_EACH_CONCURRENT; i += 1) {
        const client = (await createClient(ctx, { name: `Crowd Client ${c}-${i}`, dateOfBirth: "1988-03-14", externalId: `MRN-C${c}-${i}` })).id;
        notes.push(await signReadySession(ctx, client, day));
      }
      crowd.push({ ctx, notes });
    }
    const concurrentSamples: number[] = [];
    // Count the commits (group commit: signs waiting together share one, db/commit-queue.ts).
    let commits = 0;
    const exec = raw.exec.bind(raw);
    raw.exec = (source: string) => {
      if (source === "COMMIT") commits += 1;
      exec(source);
    };
    const concurrentStarted = performance.now();
    await Promise.all(
      crowd.map(async ({ ctx, notes }) => {
        for (const note of notes) {
          const start = performance.now();
          await signSession(ctx, note);
          concurrentSamples.push(performance.now() - start);
        }
      }),
    );
    const concurrentMs = performance.now() - concurrentStarted;
    raw.exec = exec;

    const noteBytes = Buffer.byteLength(JSON.stringify(noteBody(0)));
    console.log(`data layer vs raw better-sqlite3; node ${process.version}; journal_mode=${journal}, synchronous=${isNormal ? "NORMAL (comparison only)" : "FULL"}; database file in ${os.tmpdir()}`);
    console.log(`note body ${noteBytes} bytes; ${ROUNDS} interleaved rounds after warm-up; ${(measuredMs / 1000).toFixed(1)} s measured`);
    printTable(
      [
        { op: "raw write (baseline)", samples: rawSamples },
        { op: "saveDraft", samples: saveSamples },
        { op: "signSession", samples: signSamples },
        { op: `signSession, ${CONCURRENT_CLINICIANS} at once`, samples: concurrentSamples },
      ],
      rawSamples,
    );
    console.log(`${CONCURRENT_CLINICIANS} clinicians × ${SIGNS_EACH_CONCURRENT} signs at once: ${concurrentSamples.length} signs in ${(concurrentMs / 1000).toFixed(2)} s (${Math.round((concurrentSamples.length * 1000) / concurrentMs)} signs/s) and ${commits} commits; each time includes the wait behind the others`);
    console.log(`× raw = mean per op / mean raw write (UPDATE note JSON + INSERT one row, BEGIN IMMEDIATE … COMMIT)`);
  } finally {
    raw.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
