// Latency of searchGuidance over the whole library. Run: npx tsx bench/guidance.bench.ts
import { performance } from "node:perf_hooks";
import { guidanceEntries, searchGuidance } from "../lib/guidance";

const TERMS = [
  "crisis", "90839", "+90840", "9083", "908", "family", "Family Psychotherapy", "safety plan",
  "988", "telehealth audio", "interactive complexity", "group", "evaluation with medical",
  "E/M", "suicide", "lethal means firearms", "16-37", "modifier 95", "CRISIS 988 text",
  "without client", "xyzzy", "a", "psychotherapy 60 minutes", "payers vary", "",
];
const ITERATIONS = 5000;
const WARMUP = 500;

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function termAt(i: number): string {
  return TERMS[i % TERMS.length] ?? "";
}

for (let i = 0; i < WARMUP; i++) searchGuidance(termAt(i));

const samples: number[] = [];
let results = 0;
for (let i = 0; i < ITERATIONS; i++) {
  const start = performance.now();
  results += searchGuidance(termAt(i)).length;
  samples.push(performance.now() - start);
}
samples.sort((a, b) => a - b);
const mean = samples.reduce((sum, s) => sum + s, 0) / samples.length;
const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;

console.log(`searchGuidance: ${ITERATIONS} queries, ${TERMS.length} distinct terms, ${guidanceEntries.length} entries`);
console.log(`mean ${us(mean)}  p50 ${us(percentile(samples, 50))}  p95 ${us(percentile(samples, 95))}  p99 ${us(percentile(samples, 99))}  max ${us(samples.at(-1) ?? Number.NaN)}`);
console.log(`(${results} results in total; node ${process.version})`);
