/**
 * Throughput of computeCrisisBilling for 1, 4 and 20 segments.
 * Run: npx tsx bench/billing.bench.ts   (no assertions; prints ops/sec)
 */
import { performance } from "node:perf_hooks";

import { computeCrisisBilling } from "../lib/billing";
import type { BillingInput, SegmentInput } from "../lib/billing";

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

let sink = 0;
console.log(`node ${process.version}; ${MEASURE_MS} ms per case after ${WARM_UP_MS} ms warm-up`);
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
// Printing the sink keeps the calls from being optimised away.
console.log(`checksum ${sink}`);
