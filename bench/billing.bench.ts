/**
 * Throughput of computeCrisisBilling for 1, 4 and 20 segments, and the engine's time-zone work
 * (read every instant, the local date of the earliest, the two midnights of that day) done by the
 * fast path (lib/billing/zone-time.ts) and by luxon (lib/billing/luxon-reference.ts, what the
 * engine did before) in the same run: their ratio is the speed-up.
 * The whole call is also timed against the engine as it was before the fast path (lib/billing at
 * BEFORE_FAST_PATH, taken from git into node_modules/.cache and imported), in the same run.
 * Run from the repository root: npx tsx bench/billing.bench.ts   (no assertions; prints ops/sec)
 */
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

import { computeCrisisBilling } from "../lib/billing";
import type { BillingInput, SegmentInput } from "../lib/billing";
import { parseInstant } from "../lib/billing/instants";
import { luxonDateOf, luxonInstant, luxonMidnight } from "../lib/billing/luxon-reference";
import { localDateOf, requireTimeZone, serviceDay } from "../lib/billing/service-day";

const WARM_UP_MS = 500;
const MEASURE_MS = 2_000;
const SEGMENT_MS = 4 * 60_000;
const GAP_MS = 60_000;

/** `count` back-to-back segments with short gaps, written with a local offset like the UI sends. */
function segments(count: number): SegmentInput[] {
  const first = Date.parse("2026-03-09T14:00:00Z");
  return Array.from({ length: count }, (_, i) => {
    const start = first + i * (SEGMENT_MS + GAP_MS);
    const iso = (ms: number) => new Date(ms - 4 * 3_600_000).toISOString().replace("Z", "-04:00");
    return { start: iso(start), end: iso(start + SEGMENT_MS) };
  });
}

function input(count: number): BillingInput {
  return {
    segments: segments(count),
    timeZone: "America/New_York",
    modality: "video",
    clientAtHome: true,
    sameDayCodes: ["90834", "99213"],
  };
}

/** Runs `fn` repeatedly for `durationMs`; returns calls per second. */
function run(fn: () => number, durationMs: number): { opsPerSec: number; sink: number } {
  let calls = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < durationMs) {
    for (let i = 0; i < 100; i += 1) sink += fn();
    calls += 100;
    elapsed = performance.now() - start;
  }
  return { opsPerSec: (calls / elapsed) * 1000, sink };
}

/** The engine's time-zone work for one call, the fast way. */
function zoneWorkFast(data: BillingInput): number {
  const zone = requireTimeZone(data.timeZone);
  let earliest = Infinity;
  for (const segment of data.segments) {
    const start = parseInstant(segment.start);
    const end = parseInstant(segment.end);
    if (start.ok && end.ok) earliest = Math.min(earliest, start.epochMs);
  }
  const day = serviceDay(localDateOf(earliest, zone), zone);
  return day.endMs - day.startMs;
}

/** The same work through luxon, as the engine did it before. */
function zoneWorkLuxon(data: BillingInput): number {
  let earliest = Infinity;
  for (const segment of data.segments) {
    const start = luxonInstant(String(segment.start));
    const end = luxonInstant(String(segment.end));
    if (start !== null && end !== null) earliest = Math.min(earliest, start);
  }
  const [year, month, day] = luxonDateOf(earliest, data.timeZone).split("-").map(Number);
  const date = { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  const end = luxonMidnight({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() }, data.timeZone) ?? 0;
  return end - (luxonMidnight(date, data.timeZone) ?? 0);
}

/** The last commit whose billing engine did its time-zone work with luxon. */
const BEFORE_FAST_PATH = "60670ce";

async function engineBefore(): Promise<typeof computeCrisisBilling | null> {
  const dir = path.resolve("node_modules/.cache/crisisnote-billing-before");
  try {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    execSync(`git archive ${BEFORE_FAST_PATH} lib/billing | tar -x -C ${dir}`, { stdio: ["ignore", "ignore", "pipe"] });
    const engine = (await import(path.join(dir, "lib/billing/compute.ts"))) as { computeCrisisBilling: typeof computeCrisisBilling };
    return engine.computeCrisisBilling;
  } catch (error) {
    console.log(`(no engine from ${BEFORE_FAST_PATH} to compare with: ${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}

async function main(): Promise<void> {
  let sink = 0;
  console.log(`node ${process.version}; ${MEASURE_MS} ms per case after ${WARM_UP_MS} ms warm-up`);
  const before = await engineBefore();
  if (before) {
    console.log(`computeCrisisBilling before the fast path (${BEFORE_FAST_PATH}, luxon) vs now, same run, interleaved`);
    for (const count of [1, 4, 20]) {
      const data = input(count);
      if (JSON.stringify(before(data)) !== JSON.stringify(computeCrisisBilling(data))) throw new Error("the engines disagree");
      sink += run(() => before(data).totalMinutes, WARM_UP_MS).sink + run(() => computeCrisisBilling(data).totalMinutes, WARM_UP_MS).sink;
      let old = 0;
      let now = 0;
      for (let round = 0; round < 4; round += 1) {
        const a = run(() => before(data).totalMinutes, MEASURE_MS / 4);
        const b = run(() => computeCrisisBilling(data).totalMinutes, MEASURE_MS / 4);
        old += 1e6 / a.opsPerSec / 4;
        now += 1e6 / b.opsPerSec / 4;
        sink += a.sink + b.sink;
      }
      console.log(`${String(count).padStart(2)} segment(s): before ${old.toFixed(1).padStart(6)} µs, now ${now.toFixed(1).padStart(6)} µs  (${(old / now).toFixed(1)}× faster)`);
    }
  }
  for (const count of [1, 4, 20]) {
    const data = input(count);
    const call = () => computeCrisisBilling(data).totalMinutes;
    sink += run(call, WARM_UP_MS).sink;
    const measured = run(call, MEASURE_MS);
    sink += measured.sink;
    const ops = Math.round(measured.opsPerSec).toLocaleString("en-US");
    const micros = (1e6 / measured.opsPerSec).toFixed(1);
    console.log(`${String(count).padStart(2)} segment(s): ${ops.padStart(9)} ops/sec  (${micros} µs/call)`);
  }
  console.log("time-zone work of one call: luxon (before) vs the fast path, same run");
  for (const count of [1, 4, 20]) {
    const data = input(count);
    if (zoneWorkFast(data) !== zoneWorkLuxon(data)) throw new Error("the fast path and luxon disagree");
    sink += run(() => zoneWorkLuxon(data), WARM_UP_MS).sink + run(() => zoneWorkFast(data), WARM_UP_MS).sink;
    const luxon = run(() => zoneWorkLuxon(data), MEASURE_MS);
    const fast = run(() => zoneWorkFast(data), MEASURE_MS);
    sink += luxon.sink + fast.sink;
    const micros = (m: { opsPerSec: number }) => (1e6 / m.opsPerSec).toFixed(1);
    console.log(`${String(count).padStart(2)} segment(s): luxon ${micros(luxon).padStart(6)} µs, fast ${micros(fast).padStart(5)} µs  (${(fast.opsPerSec / luxon.opsPerSec).toFixed(1)}× faster)`);
  }
  // Printing the sink keeps the calls from being optimised away.
  console.log(`checksum ${sink}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
