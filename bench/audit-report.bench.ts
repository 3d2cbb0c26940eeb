/**
 * `npx tsx --conditions=react-server bench/audit-report.bench.ts`: the audit report's queries
 * on a log of 1.26M rows (written straight into a throwaway file, not through the chain: the
 * hashes do not matter to a read). Prints the time of each report page and of a full filtered export.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { exportAuditEvents, listAuditEvents } from "../db/audit-log";
import { migrateSqliteDatabase, openDatabase } from "../db/client";
import type { ActorContext } from "../db/context";

const ROWS = 1_260_000;
const file = path.join(os.tmpdir(), "crisisnote-audit-report-bench", "bench.db");
fs.mkdirSync(path.dirname(file), { recursive: true });
const fresh = !fs.existsSync(file);
const db = openDatabase(file);
const sqlite = db.$client;
if (fresh) {
  migrateSqliteDatabase(db);
  const now = new Date().toISOString();
  sqlite.prepare("insert into practice_settings (id, name, time_zone, created_at, updated_at) values (1, 'Bench', 'America/Chicago', ?, ?)").run(now, now);
  const users = Array.from({ length: 40 }, (_, i) => ({ id: randomUUID(), name: `User ${i}` }));
  const addUser = sqlite.prepare("insert into users (id, email, name, role, password_hash, created_at, updated_at) values (?, ?, ?, ?, 'x', ?, ?)");
  users.forEach((u, i) => addUser.run(u.id, `u${i}@bench.test`, u.name, i === 0 ? "admin" : "therapist", now, now));
  const clients = Array.from({ length: 2000 }, (_, i) => ({ id: randomUUID(), name: `Client ${i}`, clinician: users[1 + (i % 39)]!.id }));
  const addClient = sqlite.prepare("insert into clients (id, name, date_of_birth, primary_clinician_id, created_at, updated_at) values (?, ?, '1980-01-01', ?, ?, ?)");
  const sessions: { id: string; client: string }[] = [];
  const addSession = sqlite.prepare(
    "insert into crisis_sessions (id, client_id, clinician_id, modality, place_of_service, contact_start, created_at, updated_at) values (?, ?, ?, 'in_person', '11', 'walk_in', ?, ?)",
  );
  const addAudit = sqlite.prepare("insert into audit_events (seq, at, actor_id, action, entity_type, entity_id, ip, outcome, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, '10.0.0.1', ?, '{}', 'x', 'x')");
  const start = Date.now() - 365 * 24 * 3600 * 1000;
  // One explicit transaction for the bulk load (the unit of work is for the app's writes).
  sqlite.exec("begin");
  {
    for (const c of clients) {
      addClient.run(c.id, c.name, c.clinician, now, now);
      for (let k = 0; k < 5; k += 1) {
        const id = randomUUID();
        sessions.push({ id, client: c.id });
        addSession.run(id, c.id, c.clinician, now, now);
      }
    }
    for (let seq = 1; seq <= ROWS; seq += 1) {
      const actor = users[seq % 40]!.id;
      const at = new Date(start + Math.floor((seq / ROWS) * 365 * 24 * 3600 * 1000)).toISOString();
      const kind = seq % 10;
      if (kind < 6) addAudit.run(seq, at, actor, "note.viewed", "crisis_session", sessions[seq % sessions.length]!.id, "success");
      else if (kind < 8) addAudit.run(seq, at, actor, "client.viewed", "client", clients[seq % clients.length]!.id, "success");
      else if (kind < 9) addAudit.run(seq, at, actor, "auth.sign_in", "user", actor, "success");
      else addAudit.run(seq, at, actor, seq % 100 === 9 ? "auth.access_denied" : "dashboard.viewed", "dashboard", null, seq % 100 === 9 ? "denied" : "success");
    }
  }
  sqlite.exec("commit");
  sqlite.prepare("insert into audit_chain_head (id, last_seq, last_hash) values (1, ?, 'x')").run(ROWS);
  sqlite.exec("analyze");
}
const admin = sqlite.prepare("select id, email, name, role from users where role = 'admin'").get() as { id: string; email: string; name: string; role: "admin" };
const aUser = (sqlite.prepare("select id from users where role = 'therapist' limit 1").get() as { id: string }).id;
const aClient = (sqlite.prepare("select id from clients limit 1 offset 17").get() as { id: string }).id;
const ctx: ActorContext = { db, actor: { ...admin, mustChangePassword: false }, ip: null };

async function time(label: string, run: () => Promise<unknown>): Promise<void> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(58)} median ${times[2]!.toFixed(1)} ms`);
}

async function main(): Promise<void> {
  const deep = ROWS - 600_000;
  await time("newest page, no filter", () => listAuditEvents(ctx));
  await time("page deep in the log (before = 660k)", () => listAuditEvents(ctx, { before: deep }));
  await time("oldest first", () => listAuditEvents(ctx, { dir: "asc" }));
  await time("user filter (31.5k rows), newest page", () => listAuditEvents(ctx, { user: aUser }));
  await time("user filter, deep page", () => listAuditEvents(ctx, { user: aUser, before: deep }));
  await time("client filter (about 630 rows)", () => listAuditEvents(ctx, { client: aClient }));
  await time("action filter auth.sign_in (126k rows)", () => listAuditEvents(ctx, { action: "auth.sign_in" }));
  await time("outcome denied (12.6k rows)", () => listAuditEvents(ctx, { outcome: "denied" }));
  await time("one week in the middle", () => listAuditEvents(ctx, { from: "2026-05-01", to: "2026-05-07" }));
  await time("user + action", () => listAuditEvents(ctx, { user: aUser, action: "auth.sign_in" }));
  await time("sort by user, client filter", () => listAuditEvents(ctx, { client: aClient, sort: "user" }));
  await time("sort by user, no filter (refused: falls back)", () => listAuditEvents(ctx, { sort: "user" }));
  await time("export: client filter, all rows", async () => {
    for await (const _ of exportAuditEvents(ctx, { client: aClient })) void _;
  });
  await time("export: user + action (3.1k rows)", async () => {
    for await (const _ of exportAuditEvents(ctx, { user: aUser, action: "auth.sign_in" })) void _;
  });
}

void main();
