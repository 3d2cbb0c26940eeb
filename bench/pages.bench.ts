/**
 * The pages of issue 13's table through the production server, on a large seed
 * (`npm run bench:seed -- --sessions 200000`): throughput and latency of each page as a ratio to a
 * trivial page of the same build measured in the same run (the sign-in page, signed out), plus
 * the database file's size per session, the time from start to the first 200, and, with
 * --audit-page, the admin audit page with a health check requested beside it.
 *
 * Each page is loaded by CONCURRENCY closed loops for ROUND_SECONDS, in ROUNDS rounds that visit
 * every page in turn (the trivial page each round too), so drift on a shared machine hits them
 * all; the figures are over all rounds. The clinician is the seed's busiest (about 10,000 notes
 * at 200,000 sessions).
 *
 * Run: DATABASE_URL=file:/tmp/crisisnote-bench.db npx tsx bench/pages.bench.ts [--audit-page]
 * (after `npm run build:app`; needs /usr/bin/sqlite3 and Linux /proc). No assertions.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

import { memoryMiB, signIn, startServer, stopServer } from "./server";

const SQLITE3 = "/usr/bin/sqlite3";
const PASSWORD = "crisisnote-demo";
const CONCURRENCY = 4;
const ROUND_SECONDS = 4;
const ROUNDS = 3;
const WARM_UP_REQUESTS = 20;

function query<T>(file: string, sql: string): T[] {
  const result = spawnSync(SQLITE3, ["-json", "-readonly", file, sql], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`sqlite3: ${result.stderr}`);
  return result.stdout.trim() ? (JSON.parse(result.stdout) as T[]) : [];
}

type Sample = { latencies: number[]; seconds: number; errors: number };

/** CONCURRENCY loops requesting `url` for `seconds`; every body is read in full. */
async function load(url: string, cookie: string | null, seconds: number): Promise<Sample> {
  const latencies: number[] = [];
  let errors = 0;
  const headers: Record<string, string> = cookie ? { Cookie: cookie } : {};
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        const response = await fetch(url, { headers, redirect: "manual" });
        await response.arrayBuffer();
        if (response.status !== 200) errors += 1;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000, errors };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

type Page = { label: string; path: string; signedIn: boolean };

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Set DATABASE_URL to the seeded bench database (npm run bench:seed).");
  const file = path.resolve(url.replace(/^file:/, ""));
  if (!path.basename(file).includes("bench")) throw new Error(`not a bench database: ${file}`);
  const withAuditPage = process.argv.includes("--audit-page");

  // The busiest clinician, their oldest notes (the last page) and a signed note and client of theirs.
  const [busiest] = query<{ id: string; email: string; n: number }>(file, "SELECT u.id, u.email, count(*) AS n FROM crisis_sessions s JOIN users u ON u.id = s.clinician_id GROUP BY u.id ORDER BY n DESC LIMIT 1");
  if (!busiest) throw new Error("no notes in the bench database");
  const [lastPage] = query<{ createdAt: string; id: string }>(file, `SELECT created_at AS createdAt, id FROM crisis_sessions WHERE clinician_id = '${busiest.id}' ORDER BY created_at ASC, id ASC LIMIT 1 OFFSET 25`);
  const [signed] = query<{ id: string; clientId: string }>(file, `SELECT id, client_id AS clientId FROM crisis_sessions WHERE clinician_id = '${busiest.id}' AND status = 'final' ORDER BY created_at DESC LIMIT 1`);
  const [counts] = query<{ sessions: number; audit: number; pages: number; pageSize: number; free: number }>(
    file,
    "SELECT (SELECT count(*) FROM crisis_sessions) AS sessions, (SELECT count(*) FROM audit_events) AS audit, (SELECT page_count FROM pragma_page_count) AS pages, (SELECT page_size FROM pragma_page_size) AS pageSize, (SELECT freelist_count FROM pragma_freelist_count) AS free",
  );
  if (!lastPage || !signed || !counts) throw new Error("the bench database lacks the notes this benchmark reads");
  const bytesPerSession = ((counts.pages - counts.free) * counts.pageSize) / counts.sessions;
  const tables = query<{ name: string; bytes: number }>(file, "SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 12");

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crisisnote-bench-pages-"));
  const server = await startServer(file, path.join(dir, "server.log"));
  const results: { page: Page; sample: Sample; baseline: Sample }[] = [];
  try {
    const cookie = await signIn(server.base, { email: busiest.email, password: PASSWORD });
    const pages: Page[] = [
      { label: "trivial page (sign-in, signed out)", path: "/login", signedIn: false },
      { label: `dashboard (${busiest.n.toLocaleString("en-US")} notes)`, path: "/", signedIn: true },
      { label: "notes list, newest page", path: "/sessions", signedIn: true },
      { label: "notes list, last page", path: `/sessions?after=${encodeURIComponent(`${lastPage.createdAt}_${lastPage.id}`)}`, signedIn: true },
      { label: "client page", path: `/clients/${signed.clientId}`, signedIn: true },
      { label: "signed note page", path: `/sessions/${signed.id}`, signedIn: true },
      { label: "print", path: `/sessions/${signed.id}/print`, signedIn: true },
    ];
    for (const page of pages) {
      for (let i = 0; i < WARM_UP_REQUESTS; i += 1) {
        const response = await fetch(`${server.base}${page.path}`, { headers: page.signedIn ? { Cookie: cookie } : {}, redirect: "manual" });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}`);
      }
    }
    const all = new Map(pages.map((page) => [page.path, { latencies: [] as number[], seconds: 0, errors: 0 }]));
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const page of pages) {
        const sample = await load(`${server.base}${page.path}`, page.signedIn ? cookie : null, ROUND_SECONDS);
        const total = all.get(page.path);
        if (!total) continue;
        total.latencies.push(...sample.latencies);
        total.seconds += sample.seconds;
        total.errors += sample.errors;
      }
    }
    const baseline = all.get("/login");
    if (!baseline) throw new Error("no baseline");
    for (const page of pages) {
      const sample = all.get(page.path);
      if (sample) results.push({ page, sample, baseline });
    }

    let auditLine = "";
    if (withAuditPage) {
      const admin = await signIn(server.base, { email: "admin@bench.test", password: PASSWORD });
      const rssBefore = memoryMiB(server.serverPid);
      let rssPeak = rssBefore;
      const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, memoryMiB(server.serverPid))), 50);
      const auditTimes: number[] = [];
      const healthTimes: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const t0 = performance.now();
        const audit = fetch(`${server.base}/admin/audit`, { headers: { Cookie: admin } }).then(async (r) => (await r.arrayBuffer(), auditTimes.push(performance.now() - t0)));
        const h0 = performance.now();
        const health = fetch(`${server.base}/api/health`).then(async (r) => (await r.arrayBuffer(), healthTimes.push(performance.now() - h0)));
        await Promise.all([audit, health]);
      }
      clearInterval(sampler);
      const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
      auditLine = `admin audit page: p50 ${percentile(sorted(auditTimes), 50).toFixed(0)} ms, max ${Math.max(...auditTimes).toFixed(0)} ms (5 requests); a health check sent with it answered in at most ${Math.max(...healthTimes).toFixed(0)} ms; RSS ${rssBefore.toFixed(0)} → peak ${rssPeak.toFixed(0)} MiB`;
    }

    const rate = (s: Sample) => s.latencies.length / s.seconds;
    console.log(`\n${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    console.log(`${counts.sessions.toLocaleString("en-US")} sessions, ${counts.audit.toLocaleString("en-US")} audit rows; ${CONCURRENCY} concurrent loops, ${ROUNDS} rounds × ${ROUND_SECONDS} s per page\n`);
    console.log("| what | req/s | × trivial page | p50 ms | p99 ms | non-200 |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (const { page, sample, baseline: base } of results) {
      const sorted = [...sample.latencies].sort((a, b) => a - b);
      console.log(`| ${page.label} | ${rate(sample).toFixed(0)} | ${((rate(sample) / rate(base)) * 100).toFixed(0)} % | ${percentile(sorted, 50).toFixed(1)} | ${percentile(sorted, 99).toFixed(1)} | ${sample.errors} |`);
    }
    console.log(`\ndatabase: ${((counts.pages * counts.pageSize) / 2 ** 20).toFixed(0)} MiB file, ${(bytesPerSession / 1024).toFixed(2)} KiB per session (pages in use / sessions)`);
    console.log(`largest tables and indexes: ${tables.map((t) => `${t.name} ${(t.bytes / 2 ** 20).toFixed(0)} MiB`).join(", ")}`);
    console.log(`start (built) to first 200: ${(server.startedInMs / 1000).toFixed(2)} s`);
    if (auditLine) console.log(auditLine);
  } finally {
    await stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
