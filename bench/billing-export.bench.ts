/**
 * The billing CSV export on a year of a busy practice, end to end through the production server,
 * against the `sqlite3` shell writing the same rows to CSV in the same run. For two seeds (20,000
 * and 200,000 billing lines, scripts/bench-seed.ts, each in a temp file): start the server
 * (scripts/start.mjs), sign in as the admin, time GET /api/admin/billing/export over the last
 * 365 days with flagged days included, reading the whole streamed body, while sampling the
 * next-server process's resident memory every 50 ms. The export streams a week at a time, so its
 * peak memory should not grow with the row count; a third case exports a few weeks of the large
 * seed (about as many rows as the small seed's year, at the large seed's density) to tell the two
 * apart. Each case runs 3 rounds of (sqlite3, export) and reports medians: timings on a shared
 * machine drift, and the figure to compare between runs is the ratio.
 *
 * Run: npm run build:app && npx tsx bench/billing-export.bench.ts   (no assertions; prints a table)
 * Needs /usr/bin/sqlite3 and Linux /proc. Takes about three minutes on 2 cores, mostly the seeds.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

import { type Server, memoryMiB, signIn as signInAs, startServer, stopServer } from "./server";

/** Run from the repository root (npm scripts do): the server and the seed run from here. */
const ROOT = process.cwd();
const SQLITE3 = "/usr/bin/sqlite3";
const ADMIN = { email: "admin@bench.test", password: "crisisnote-demo" };
const SEEDS = [20_000, 200_000];
/** Clients per seed: one per 20 lines (10,000 for the large seed). */
const LINES_PER_CLIENT = 20;
/** Weeks of the large seed exported as the third case: about the small seed's year in rows. */
const SHORT_RANGE_DAYS = 36;
const SAMPLE_MS = 50;
const REQUEST_TIMEOUT_MS = 10 * 60_000;
/** Rounds per case, each a sqlite3 run then an export, so drift hits both; medians are reported. */
const ROUNDS = 3;

const dateOnly = (date: Date) => date.toISOString().slice(0, 10);
const daysAgo = (days: number) => dateOnly(new Date(Date.now() - days * 86_400_000));

// ---------------------------------------------------------------------------------------------
// The baseline: the sqlite3 shell, one row per billing line with what the export's billing
// columns come from (clients, the rendering clinician, the payer).

function baselineQuery(range: { from: string; to: string }): string {
  return `SELECT bl.date_of_service AS "Date of service", c.name AS "Client name", c.date_of_birth AS "Date of birth", c.external_id AS "External id",
      coalesce(bl.payer_name, p.name) AS "Payer", c.member_id AS "Member id", bl.diagnosis_codes AS "Diagnoses",
      u.name || coalesce(', ' || u.credentials, '') AS "Rendering clinician", u.npi AS "Rendering NPI",
      bl.code AS "Code", bl.units AS "Units", bl.modifiers AS "Modifiers", bl.place_of_service AS "POS", bl.day_minutes AS "Minutes (day total)", bl.session_ids AS "Note ids"
    FROM billing_lines bl
    JOIN clients c ON c.id = bl.client_id
    JOIN users u ON u.id = bl.clinician_id
    LEFT JOIN payers p ON p.id = c.payer_id
    WHERE bl.date_of_service BETWEEN '${range.from}' AND '${range.to}'
    ORDER BY bl.date_of_service, c.name, bl.code`;
}

/** Wall time of `sqlite3 -csv -header file query > outFile`, and the rows it wrote. */
function sqliteBaseline(file: string, range: { from: string; to: string }, outFile: string): { seconds: number; rows: number } {
  const out = fs.openSync(outFile, "w");
  const start = performance.now();
  const result = spawnSync(SQLITE3, ["-csv", "-header", file, baselineQuery(range)], { stdio: ["ignore", out, "inherit"] });
  const seconds = (performance.now() - start) / 1000;
  fs.closeSync(out);
  if (result.status !== 0) throw new Error(`sqlite3 exited with ${result.status}`);
  return { seconds, rows: countNewlines(fs.readFileSync(outFile)) - 1 };
}

function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (const byte of bytes) if (byte === 0x0a) n += 1;
  return n;
}

type ExportRun = { rows: number; bytes: number; seconds: number; firstByteSeconds: number; rssBefore: number; rssPeak: number; samples: number };

async function timeExport(server: Server, cookie: string, range: { from: string; to: string }): Promise<ExportRun> {
  const url = `${server.base}/api/admin/billing/export?from=${range.from}&to=${range.to}&includeFlagged=true`;
  const rssBefore = memoryMiB(server.serverPid);
  let rssPeak = rssBefore;
  let samples = 0;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, memoryMiB(server.serverPid));
    samples += 1;
  }, SAMPLE_MS);
  try {
    const start = performance.now();
    const response = await fetch(url, { headers: { Cookie: cookie }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    if (!response.ok || !response.body) throw new Error(`export answered ${response.status}: ${await response.text()}`);
    let firstByteSeconds = Number.NaN;
    let newlines = 0;
    let bytes = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (Number.isNaN(firstByteSeconds)) firstByteSeconds = (performance.now() - start) / 1000;
      bytes += value.byteLength;
      newlines += countNewlines(value);
    }
    const seconds = (performance.now() - start) / 1000;
    rssPeak = Math.max(rssPeak, memoryMiB(server.serverPid));
    // Every record ends in CRLF and no seeded field holds a line break: rows are lines less the header.
    return { rows: newlines - 1, bytes, seconds, firstByteSeconds, rssBefore, rssPeak, samples };
  } finally {
    clearInterval(sampler);
  }
}

// ---------------------------------------------------------------------------------------------

type Result = { label: string; seedSeconds: number | null; baseline: { seconds: number; rows: number }; run: ExportRun; hwm: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** ROUNDS of (sqlite3, export): median times, the memory before the first export and the highest peak. */
async function measure(server: Server, cookie: string, file: string, range: { from: string; to: string }, scratch: string): Promise<Pick<Result, "baseline" | "run"> & { roundPeaks: number[] }> {
  const baselines: { seconds: number; rows: number }[] = [];
  const runs: ExportRun[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    baselines.push(sqliteBaseline(file, range, scratch));
    runs.push(await timeExport(server, cookie, range));
  }
  const [first] = runs;
  const rows = new Set([...runs.map((r) => r.rows), ...baselines.map((b) => b.rows)]);
  if (!first || rows.size !== 1) throw new Error(`the export and sqlite3 disagree on the rows: ${[...rows].join(", ")}`);
  return {
    baseline: { seconds: median(baselines.map((b) => b.seconds)), rows: first.rows },
    run: {
      rows: first.rows,
      bytes: first.bytes,
      seconds: median(runs.map((r) => r.seconds)),
      firstByteSeconds: median(runs.map((r) => r.firstByteSeconds)),
      rssBefore: first.rssBefore,
      rssPeak: Math.max(...runs.map((r) => r.rssPeak)),
      samples: runs.reduce((sum, r) => sum + r.samples, 0),
    },
    roundPeaks: runs.map((r) => r.rssPeak),
  };
}

function seed(file: string, lines: number): number {
  const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
  const start = performance.now();
  const clients = String(Math.max(20, Math.round(lines / LINES_PER_CLIENT)));
  const result = spawnSync(tsx, ["--conditions=react-server", "scripts/bench-seed.ts", "--lines", String(lines), "--clients", clients], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: `file:${file}` },
  });
  if (result.status !== 0) throw new Error(`the seed of ${lines} lines failed`);
  return (performance.now() - start) / 1000;
}

function printTable(results: Result[]): void {
  const header = ["case", "rows", "export s", "first byte s", "sqlite3 s", "× sqlite3", "RSS before MiB", "RSS peak MiB", "VmHWM MiB", "seed s"];
  const lines = results.map(({ label, seedSeconds, baseline, run, hwm }) => [
    label,
    run.rows.toLocaleString("en-US"),
    run.seconds.toFixed(2),
    run.firstByteSeconds.toFixed(2),
    baseline.seconds.toFixed(2),
    (run.seconds / baseline.seconds).toFixed(1),
    run.rssBefore.toFixed(0),
    run.rssPeak.toFixed(0),
    hwm.toFixed(0),
    seedSeconds === null ? "" : seedSeconds.toFixed(0),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] ?? "").length)));
  const format = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  console.log(format(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const line of lines) console.log(format(line));
}

async function main(): Promise<void> {
  if (!fs.existsSync(SQLITE3)) throw new Error(`${SQLITE3} is missing: the baseline needs the sqlite3 shell`);
  if (!fs.existsSync(path.join(ROOT, "scripts", "start.mjs"))) throw new Error("Run from the repository root.");
  // Builds only when the sources changed since the last build (a no-op otherwise).
  if (spawnSync(process.execPath, ["scripts/start.mjs", "--build-only"], { cwd: ROOT, stdio: "inherit" }).status !== 0) throw new Error("the build failed");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crisisnote-bench-export-"));
  const year = { from: daysAgo(365), to: daysAgo(0) };
  const results: Result[] = [];
  let server: Server | null = null;
  try {
    for (const lines of SEEDS) {
      const label = `${lines / 1000}k lines`;
      const file = path.join(dir, `export-${lines}-bench.db`);
      console.log(`\nseeding ${label} into ${file}`);
      const seedSeconds = seed(file, lines);
      const ranges = [{ label: `${label}, 365 days`, range: year }];
      // The short range first, on a fresh server: its peak is not the year's heap left over.
      if (lines === Math.max(...SEEDS)) ranges.unshift({ label: `${label}, last ${SHORT_RANGE_DAYS} days`, range: { from: daysAgo(SHORT_RANGE_DAYS), to: year.to } });
      server = await startServer(file, path.join(dir, `server-${lines}.log`));
      const cookie = await signInAs(server.base, ADMIN);
      // One day first: loads the route's code, so the timed export measures the export.
      await timeExport(server, cookie, { from: daysAgo(1), to: daysAgo(1) });
      for (const [index, { label: caseLabel, range }] of ranges.entries()) {
        const { baseline, run, roundPeaks } = await measure(server, cookie, file, range, path.join(dir, "sqlite3.csv"));
        results.push({ label: caseLabel, seedSeconds: index === 0 ? seedSeconds : null, baseline, run, hwm: memoryMiB(server.serverPid, "VmHWM") });
        console.log(`${caseLabel}: ${run.rows.toLocaleString("en-US")} rows (${(run.bytes / 1_048_576).toFixed(1)} MiB), export ${run.seconds.toFixed(2)} s, sqlite3 ${baseline.seconds.toFixed(2)} s (medians of ${ROUNDS}); ${run.samples} RSS samples, peak MiB by round ${roundPeaks.map((peak) => peak.toFixed(0)).join(", ")}`);
      }
      await stopServer(server);
      server = null;
      fs.rmSync(file, { force: true });
      for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
    }
  } finally {
    if (server) await stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nbilling export vs sqlite3 shell; node ${process.version}; ${os.cpus().length} cores; ${year.from} to ${year.to}; includeFlagged=true`);
  printTable(results);
  const [small, large] = results.filter((result) => result.label.endsWith("365 days"));
  if (small && large) {
    const growth = large.run.rssPeak - small.run.rssPeak;
    console.log(`peak RSS ${growth >= 0 ? "grew" : "fell"} by ${Math.abs(growth).toFixed(0)} MiB from ${small.label} to ${large.label} (${(large.run.rows / small.run.rows).toFixed(1)}× the rows)`);
  }
  console.log(`times are medians of ${ROUNDS} rounds of (sqlite3, export); × sqlite3 = export wall time / \`sqlite3 -csv -header\` writing the same rows to a file`);
  console.log(`RSS before = next-server VmRSS before the case's first export; peak = highest VmRSS sampled every ${SAMPLE_MS} ms during its exports; VmHWM = kernel peak since the server started`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
