/**
 * Does the server keep answering while an admin re-verifies a large audit chain? Builds a database
 * with a practice (first-run setup through the data layer, admin `admin@bench.test`, the demo
 * password) and ROWS keyed audit rows appended with the chain's own rules (the current audit key,
 * each row linked to the one before; bulk-inserted for speed), starts the production server on it,
 * signs in as the admin, then times GET /api/health back to back: first on an idle server (the
 * baseline), then while POST /api/admin/audit-chain?scope=full walks the whole chain. Reports the
 * health check's p50/p99 during the walk as a ratio to the idle baseline, the walk's rows per
 * second, and next-server's resident memory before and at its peak.
 *
 * Run: npm run build:app && npx tsx --conditions=react-server bench/audit-verify.bench.ts [rows]
 * (no assertions; prints a table). Needs Linux /proc.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sealAuditChain } from "../db/audit-chain";
import { currentKey, keyringOf } from "../db/audit-keyring";
import { migrateSqliteDatabase, openDatabase } from "../db/client";
import { DEMO_PASSWORD } from "../db/demo-seed";
import { completeSetup } from "../db/practice";
import { auditHmac } from "../lib/audit/hash";
import { memoryMiB, signIn, startServer, stopServer } from "./server";

const ROWS = Number(process.argv[2] ?? 1_000_000);
const ADMIN = { email: "admin@bench.test", password: DEMO_PASSWORD };
const IDLE_SAMPLES = 200;

async function seed(file: string): Promise<void> {
  const db = openDatabase(file);
  migrateSqliteDatabase(db);
  await sealAuditChain(db);
  await completeSetup(
    { db, actor: null, ip: null },
    { practiceName: "Bench Audit", timeZone: "America/Chicago", adminName: "Ada Admin", adminEmail: ADMIN.email, password: ADMIN.password, confirmPassword: ADMIN.password },
  );
  const key = currentKey(keyringOf(db));
  const sqlite = db.$client;
  const head = sqlite.prepare("SELECT last_seq AS seq, last_hash AS hash FROM audit_chain_head WHERE id = 1").get() as { seq: number; hash: string };
  const insert = sqlite.prepare(
    "INSERT INTO audit_events (seq, at, actor_id, action, entity_type, entity_id, ip, outcome, detail, prev_hash, hash, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  let { seq, hash } = head;
  const actorId = randomUUID();
  const started = Date.now() - ROWS * 1000;
  sqlite.pragma("synchronous = OFF");
  const batch = 50_000;
  for (let done = 0; done < ROWS; done += batch) {
    sqlite.exec("BEGIN");
    for (let i = 0; i < Math.min(batch, ROWS - done); i += 1) {
      seq += 1;
      const fields = {
        seq,
        at: new Date(started + seq * 1000).toISOString(),
        actorId,
        action: seq % 3 === 0 ? "note.viewed" : "clients.listed",
        entityType: seq % 3 === 0 ? "crisis_session" : "client",
        entityId: seq % 3 === 0 ? randomUUID() : null,
        ip: "198.51.100.7",
        outcome: "success",
        detail: seq % 3 === 0 ? "{}" : JSON.stringify({ count: seq % 50, page: 1 }),
        prevHash: hash,
      };
      hash = auditHmac(key.secret, { ...fields, keyId: key.id });
      insert.run(fields.seq, fields.at, fields.actorId, fields.action, fields.entityType, fields.entityId, fields.ip, fields.outcome, fields.detail, fields.prevHash, hash, key.id);
    }
    sqlite.prepare("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1").run(seq, hash);
    sqlite.exec("COMMIT");
  }
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
}

async function healthMs(base: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${base}/api/health`);
  await response.text();
  return performance.now() - start;
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crisisnote-bench-audit-"));
  const file = path.join(dir, "bench-audit.db");
  let started = performance.now();
  await seed(file);
  console.log(`seeded ${ROWS.toLocaleString("en-US")} audit rows in ${((performance.now() - started) / 1000).toFixed(1)} s (${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MiB)`);
  const server = await startServer(file, path.join(dir, "server.log"));
  try {
    const cookie = await signIn(server.base, ADMIN);
    for (let i = 0; i < 20; i += 1) await healthMs(server.base);
    const idle: number[] = [];
    for (let i = 0; i < IDLE_SAMPLES; i += 1) idle.push(await healthMs(server.base));
    const rssBefore = memoryMiB(server.serverPid);
    let rssPeak = rssBefore;
    const during: number[] = [];
    let isWalking = true;
    started = performance.now();
    const walk = fetch(`${server.base}/api/admin/audit-chain?scope=full`, { method: "POST", headers: { Cookie: cookie } })
      .then(async (response) => (await response.json()) as { ok: boolean; rows: number; problem?: string })
      .finally(() => {
        isWalking = false;
      });
    while (isWalking) {
      during.push(await healthMs(server.base));
      rssPeak = Math.max(rssPeak, memoryMiB(server.serverPid));
    }
    const verdict = await walk;
    const seconds = (performance.now() - started) / 1000;
    if (!verdict.ok) throw new Error(`the chain did not verify: ${verdict.problem ?? ""}`);
    const row = (label: string, values: number[]) =>
      `| ${label} | ${values.length} | ${percentile(values, 50).toFixed(1)} | ${percentile(values, 99).toFixed(1)} | ${Math.max(...values).toFixed(1)} |`;
    console.log(`\nFull verification: ${verdict.rows.toLocaleString("en-US")} rows in ${seconds.toFixed(1)} s (${Math.round(verdict.rows / seconds).toLocaleString("en-US")} rows/s)`);
    console.log(`next-server RSS: ${rssBefore.toFixed(0)} MiB before, ${rssPeak.toFixed(0)} MiB peak during the walk\n`);
    console.log("| GET /api/health | samples | p50 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |");
    console.log(row("idle server (baseline)", idle));
    console.log(row("during the full walk", during));
    console.log(`\nduring / idle: p50 ${(percentile(during, 50) / percentile(idle, 50)).toFixed(1)}×, p99 ${(percentile(during, 99) / percentile(idle, 99)).toFixed(1)}×`);
  } finally {
    await stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
