/**
 * Load: N clinicians at once, spread over the app instances, each for a while repeatedly starting
 * a crisis session for their client, typing a segment, autosaving the note several times and
 * signing it. Every step is the app's own server action over HTTP with the clinician's sign-in
 * cookie, as the browser sends it (action ids from the build's server-reference manifest), so the
 * servers, not this process, do the work.
 *
 * It records every acknowledged write (HTTP 200 and `ok: true`), then: checks each one is in the
 * database (the note's version, its last saved text and status, and its audit rows, read back
 * through the data layer), runs `audit:verify` (one chain, no fork), and prints throughput and
 * latencies.
 *
 *   SQLite, a fresh file:   npx tsx --conditions=react-server bench/load.ts [--instances 1]
 *   PostgreSQL (empty db):  DATABASE_URL=postgres://… npx tsx --conditions=react-server bench/load.ts
 *   options: --clinicians 20 --seconds 60 --saves 4 --instances 2 (PostgreSQL) / 1 (SQLite)
 *
 * Build first (`npm run build:app`); the servers run the production build.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { listAuditEvents } from "@/db/audit-log";
import { newKeyring, serializeKeyring } from "@/db/audit-keyring";
import { getDb } from "@/db/client";
import { createClient } from "@/db/clients";
import type { DbContext } from "@/db/context";
import { completeSetup } from "@/db/practice";
import { getSession } from "@/db/sessions";
import { findActiveActor } from "@/db/sign-in";
import { changeOwnPassword, createUser, findUserIdByEmail } from "@/db/users";
import { IN_PERSON, completeNote } from "@/lib/notes/test-support";
import { setupSchema } from "@/lib/validation/setup";
import { type Server, signIn, startServerOn, stopServer } from "./server";

const { values } = parseArgs({
  options: {
    clinicians: { type: "string", default: "20" },
    seconds: { type: "string", default: "60" },
    saves: { type: "string", default: "4" },
    instances: { type: "string" },
  },
});
const CLINICIANS = Number(values.clinicians);
const SECONDS = Number(values.seconds);
const SAVES = Number(values.saves);
const TIME_ZONE = "America/New_York";
const PASSWORD = "load-test-password-1";

const givenUrl = process.env.DATABASE_URL ?? "";
const isPostgres = /^postgres(ql)?:\/\//.test(givenUrl);
const INSTANCES = Number(values.instances ?? (isPostgres ? 2 : 1));
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "crisisnote-load-"));
const databaseUrl = isPostgres ? givenUrl : `file:${path.join(workDir, "load.db")}`;

// One set of secrets for every instance and for this process's own data-layer writes (setup,
// users, the checks): the audit rows they all write belong to one chain under one keyring. The
// data layer reads both variables when it first connects, after this.
// Taken from the environment when set (to verify the database again afterwards), else made here.
const secrets = {
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || randomBytes(32).toString("base64url"),
  AUDIT_KEYRING: process.env.AUDIT_KEYRING || serializeKeyring(newKeyring()),
};
process.env.DATABASE_URL = databaseUrl;
process.env.AUDIT_KEYRING = secrets.AUDIT_KEYRING;

type Ctx = DbContext;
const db = (): Ctx => ({ db: getDb(), actor: null, ip: null });

async function actorOf(userId: string): Promise<Ctx> {
  const actor = await findActiveActor({ db: getDb() }, userId);
  if (!actor) throw new Error(`user ${userId} is not active`);
  return { db: getDb(), actor, ip: "load" };
}

// ---- the servers' server actions, called as the browser calls them ----

type ActionName = "startSessionAction" | "addSegmentAction" | "saveDraftAction" | "signSessionAction";

function actionIds(): Record<ActionName, string> {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const ids: Partial<Record<ActionName, string>> = {};
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename === "app/(app)/sessions/actions.ts" && entry.exportedName) ids[entry.exportedName as ActionName] = id;
  }
  for (const name of ["startSessionAction", "addSegmentAction", "saveDraftAction", "signSessionAction"] as const) {
    if (!ids[name]) throw new Error(`${name} is not in the build's server-reference manifest: run npm run build:app`);
  }
  return ids as Record<ActionName, string>;
}

type ActionOutcome = { status: number; result: { ok: boolean; data?: unknown; code?: string; message?: string } | null };

/** The action's result is one row of the RSC answer (`1:{"ok":…}`). */
function actionResult(text: string): ActionOutcome["result"] {
  for (const line of text.split("\n")) {
    const at = line.indexOf(":");
    const json = line.slice(at + 1);
    if (!json.startsWith('{"ok":')) continue;
    return JSON.parse(json) as ActionOutcome["result"];
  }
  return null;
}

async function callAction(options: { base: string; cookie: string; page: string; id: string; input: unknown }): Promise<ActionOutcome> {
  const response = await fetch(`${options.base}${options.page}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Next-Action": options.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: options.base,
      Cookie: options.cookie,
    },
    body: JSON.stringify([options.input]),
  });
  const text = await response.text();
  return { status: response.status, result: response.ok ? actionResult(text) : null };
}

// ---- the run ----

type Clinician = { id: string; email: string; clientId: string; server: Server; cookie: string };
type Sample = { kind: ActionName; ms: number; isAcknowledged: boolean; failure?: string };
type SessionRecord = { clinician: Clinician; sessionId: string; savedVersions: number[]; lastMarker: string | null; isSigned: boolean };

async function setUp(servers: Server[]): Promise<Clinician[]> {
  const admin = setupSchema.parse({
    practiceName: "Load Practice",
    timeZone: TIME_ZONE,
    adminName: "Load Admin",
    adminEmail: "admin@load.test",
    password: PASSWORD,
    confirmPassword: PASSWORD,
  });
  const { adminId } = await completeSetup(db(), admin);
  const adminCtx = await actorOf(adminId);
  const clinicians: Clinician[] = [];
  for (let i = 0; i < CLINICIANS; i += 1) {
    const email = `clinician-${i}@load.test`;
    const { userId, temporaryPassword } = await createUser(adminCtx, { email, name: `Clinician ${i}`, role: "therapist", credentials: "LCSW", npi: null, supervisorId: null });
    const ctx = await actorOf(userId);
    await changeOwnPassword(ctx, { currentPassword: temporaryPassword, newPassword: PASSWORD, confirmPassword: PASSWORD });
    const client = await createClient(await actorOf(userId), { name: `Load Client ${i}`, dateOfBirth: "1980-01-01", externalId: `LOAD-${i}` });
    const server = servers[i % servers.length] as Server;
    clinicians.push({ id: userId, email, clientId: client.id, server, cookie: await signIn(server.base, { email, password: PASSWORD }) });
  }
  return clinicians;
}

async function clinicianLoop(options: { clinician: Clinician; ids: Record<ActionName, string>; until: number; samples: Sample[]; records: SessionRecord[] }) {
  const { clinician, ids, until, samples, records } = options;
  const call = async (kind: ActionName, page: string, input: unknown) => {
    const started = performance.now();
    const outcome = await callAction({ base: clinician.server.base, cookie: clinician.cookie, page, id: ids[kind], input });
    const isAcknowledged = outcome.status === 200 && outcome.result?.ok === true;
    const failure = isAcknowledged ? undefined : `${outcome.status} ${outcome.result?.code ?? "no result"}: ${outcome.result?.message ?? ""}`;
    samples.push({ kind, ms: performance.now() - started, isAcknowledged, failure });
    return isAcknowledged ? outcome.result?.data : undefined;
  };
  for (let round = 0; performance.now() < until; round += 1) {
    // Each round documents a contact on an earlier day, so rounds never overlap in the client's day.
    const day = DateTime.now().setZone(TIME_ZONE).minus({ days: round + 1 }).toISODate() ?? "";
    const started = (await call("startSessionAction", "/sessions/new", { clientId: clinician.clientId, ...IN_PERSON, startTimer: false })) as { sessionId: string } | undefined;
    if (!started) continue;
    const record: SessionRecord = { clinician, sessionId: started.sessionId, savedVersions: [], lastMarker: null, isSigned: false };
    records.push(record);
    const page = `/sessions/${started.sessionId}`;
    if ((await call("addSegmentAction", page, { sessionId: started.sessionId, start: `${day}T09:00`, end: `${day}T09:50` })) === undefined) continue;
    let version = 1;
    for (let save = 0; save < SAVES; save += 1) {
      const marker = `load ${started.sessionId} save ${save}`;
      const saved = (await call("saveDraftAction", page, {
        sessionId: started.sessionId,
        version,
        meta: IN_PERSON,
        timesAttested: save === SAVES - 1,
        note: completeNote({ clientResponse: marker }),
      })) as { version: number } | undefined;
      if (!saved) break;
      version = saved.version;
      record.savedVersions.push(version);
      record.lastMarker = marker;
    }
    if (record.savedVersions.length < SAVES) continue;
    if ((await call("signSessionAction", page, { sessionId: started.sessionId, version })) !== undefined) record.isSigned = true;
  }
}

/** Every acknowledged write, read back through the data layer: the problems found. */
async function missingWrites(records: SessionRecord[]): Promise<string[]> {
  const problems: string[] = [];
  const adminId = await findUserIdByEmail(db(), "admin@load.test");
  if (!adminId) return ["the admin is gone"];
  const admin = await actorOf(adminId);
  const updatedRows = new Map<string, number>();
  const signedRows = new Set<string>();
  for (const action of ["note.updated", "note.signed"] as const) {
    for (let before: number | undefined; ; ) {
      const { rows, hasOlder } = await listAuditEvents(admin, { action, before });
      for (const row of rows) {
        if (!row.entityId) continue;
        if (action === "note.signed") signedRows.add(row.entityId);
        else updatedRows.set(row.entityId, (updatedRows.get(row.entityId) ?? 0) + 1);
      }
      if (!hasOlder || rows.length === 0) break;
      before = rows.at(-1)?.seq;
    }
  }
  const owners = new Map<string, Ctx>();
  for (const record of records) {
    const { clinician, sessionId, savedVersions, lastMarker, isSigned } = record;
    const owner = owners.get(clinician.id) ?? (await actorOf(clinician.id));
    owners.set(clinician.id, owner);
    const stored = await getSession(owner, sessionId);
    const lastSaved = savedVersions.at(-1) ?? 1;
    const expectedVersion = lastSaved + (isSigned ? 1 : 0);
    if (stored.version < expectedVersion) problems.push(`${sessionId}: version ${stored.version}, acknowledged ${expectedVersion}`);
    if (lastMarker && stored.version === expectedVersion && stored.note.clientResponse !== lastMarker) problems.push(`${sessionId}: the last acknowledged text is not stored`);
    if (isSigned && stored.status === "draft") problems.push(`${sessionId}: signing was acknowledged, the note is a draft`);
    if ((updatedRows.get(sessionId) ?? 0) < savedVersions.length) problems.push(`${sessionId}: ${savedVersions.length} saves acknowledged, ${updatedRows.get(sessionId) ?? 0} audited`);
    if (isSigned && !signedRows.has(sessionId)) problems.push(`${sessionId}: signing acknowledged, not audited`);
  }
  return problems;
}

function auditVerify(): { ok: boolean; output: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/audit-verify.ts"], {
    env: { ...process.env, ...secrets, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

const loadAverage = () => os.loadavg().map((n) => n.toFixed(1)).join(" ");

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

function report(samples: Sample[], seconds: number): void {
  const rows: string[][] = [];
  const kinds: (ActionName | "all writes")[] = ["startSessionAction", "addSegmentAction", "saveDraftAction", "signSessionAction", "all writes"];
  for (const kind of kinds) {
    const of = samples.filter((s) => kind === "all writes" || s.kind === kind);
    const acknowledged = of.filter((s) => s.isAcknowledged);
    const ms = acknowledged.map((s) => s.ms).sort((a, b) => a - b);
    rows.push([kind, String(acknowledged.length), String(of.length - acknowledged.length), (acknowledged.length / seconds).toFixed(1), percentile(ms, 50).toFixed(0), percentile(ms, 99).toFixed(0)]);
  }
  console.log("| action | acknowledged | refused/failed | per s | p50 ms | p99 ms |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  const failures = new Map<string, number>();
  for (const sample of samples) if (sample.failure) failures.set(`${sample.kind} ${sample.failure}`, (failures.get(`${sample.kind} ${sample.failure}`) ?? 0) + 1);
  for (const [failure, count] of failures) console.log(`failed ×${count}: ${failure}`);
}

async function main(): Promise<number> {
  const ids = actionIds();
  console.log(`${isPostgres ? "PostgreSQL" : "SQLite"}, ${INSTANCES} instance(s), ${CLINICIANS} clinicians, ${SECONDS} s, ${SAVES} autosaves per note; logs in ${workDir}`);
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load average before ${loadAverage()}`);
  const servers: Server[] = [];
  try {
    // SQLite: start one after the other (its migrations take the file's write lock); PostgreSQL: at
    // the same moment (migrations run under an advisory lock).
    if (isPostgres) {
      servers.push(...(await Promise.all(Array.from({ length: INSTANCES }, (_, i) => startServerOn({ databaseUrl, logFile: path.join(workDir, `server-${i}.log`), secrets })))));
    } else {
      for (let i = 0; i < INSTANCES; i += 1) servers.push(await startServerOn({ databaseUrl, logFile: path.join(workDir, `server-${i}.log`), secrets }));
    }
    const clinicians = await setUp(servers);
    const samples: Sample[] = [];
    const records: SessionRecord[] = [];
    const started = performance.now();
    const until = started + SECONDS * 1000;
    await Promise.all(clinicians.map((clinician) => clinicianLoop({ clinician, ids, until, samples, records })));
    const elapsed = (performance.now() - started) / 1000;
    console.log(`load average after ${loadAverage()}`);
    report(samples, elapsed);
    console.log(`notes signed: ${records.filter((r) => r.isSigned).length} in ${elapsed.toFixed(1)} s (${(records.filter((r) => r.isSigned).length / elapsed).toFixed(2)} per s)`);
    for (const server of servers) await stopServer(server);
    const problems = await missingWrites(records);
    console.log(problems.length === 0 ? `every acknowledged write is in the database (${records.length} sessions checked)` : `MISSING ${problems.length}:\n${problems.slice(0, 20).join("\n")}`);
    const verdict = auditVerify();
    console.log(`audit:verify ${verdict.ok ? "passed" : "FAILED"}: ${verdict.output}`);
    return problems.length === 0 && verdict.ok ? 0 : 1;
  } finally {
    for (const server of servers) await stopServer(server);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
