import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";

import { computeCrisisBilling } from "./compute";
import { PSYCHOTHERAPY_CONFLICT_CODES, isEmCode } from "./conflicts";
import { MODALITIES } from "./modalities";
import { MIDNIGHT_POLICIES, PAYER_RULE_DEFAULTS, RULE_SETS, payerRules } from "./payer";
import type { PayerInput } from "./payer";
import { IN_PERSON_PLACE_OPTIONS } from "./place-of-service";
import { summarizeDay } from "./summarize-day";
import { HOUR, instantArb, scenarioArb, toSegments, zoneArb } from "./test-arbitraries";
import { NON_OFFICE_CRISIS_CODES } from "./thresholds";
import type { BillingInput, BillingLine, BillingResult } from "./types";

const SAME_DAY_POOL = [
  "90791", "90792", "90832", "90833", "90834", "90836", "90837", "90838", "90846", "90847",
  "90785", "90853", "90863", "99202", "99213", "99215", "99221", "99239", "99283", "99304",
  "99350", "99201", "99216", "G0017", " 99213 ", "abc",
];

/** Everything about a contact except its time, as any caller could send it. */
const contactArb = fc.record(
  {
    modality: fc.constantFrom(...MODALITIES),
    clientAtHome: fc.boolean(),
    placeOfService: fc.constantFrom(...IN_PERSON_PLACE_OPTIONS.map((place) => place.code)),
    sameDayCodes: fc.array(fc.constantFrom(...SAME_DAY_POOL), { maxLength: 4 }),
    scheduledVisit: fc.boolean(),
  },
  { requiredKeys: [] },
);

const payerArb: fc.Arbitrary<PayerInput> = fc.record(
  {
    ruleSet: fc.constantFrom(...RULE_SETS),
    videoModifier: fc.constantFrom("95", "GT", null),
    audioOnlyModifier: fc.constantFrom("93", "FQ"),
    nonOfficeCrisisSites: fc.subarray(["03", "04", "12", "13", "14", "15", "16", "27", "99", "53"]),
    midnight: fc.constantFrom(...MIDNIGHT_POLICIES),
  },
  { requiredKeys: ["ruleSet"] },
);

const billArb = fc.tuple(scenarioArb, contactArb).map(([scenario, contact]) => ({
  ...contact,
  timeZone: scenario.zone,
  segments: scenario.segments,
}));

/** A bill without the fields only a payer adds. */
function withoutPayerFields(result: BillingResult): BillingResult {
  const { ruleSet: _ruleSet, payerRules: _payerRules, ...rest } = result;
  return rest;
}

const warningCodes = (result: BillingResult) => result.warnings.map((w) => w.code);
const hasEm = (input: BillingInput) => (input.sameDayCodes ?? []).some(isEmCode);
const hasPsychotherapyConflict = (input: BillingInput) =>
  (input.sameDayCodes ?? []).some((code) => PSYCHOTHERAPY_CONFLICT_CODES.has(code.trim().toUpperCase()));

/** G0017/G0018 read as the CPT codes they stand for. */
function asCptCodes(lines: readonly BillingLine[]): string[] {
  const back = Object.fromEntries(Object.entries(NON_OFFICE_CRISIS_CODES).map(([cpt, g]) => [g, cpt]));
  return lines.map((line) => `${back[line.code] ?? line.code}×${line.units}`);
}

describe("payer properties (BILLING-RULES §8)", () => {
  it("{ ruleSet: cpt } bills as no payer outside 16–29 minutes, adding only ruleSet and payerRules", () => {
    fc.assert(
      fc.property(billArb, (input) => {
        const without = computeCrisisBilling(input);
        const cpt = computeCrisisBilling({ ...input, payer: { ruleSet: "cpt" } });
        expect(cpt.ruleSet).toBe("cpt");
        expect(cpt.payerRules).toEqual(PAYER_RULE_DEFAULTS.cpt);
        if (without.totalMinutes >= 30) expect(withoutPayerFields(cpt)).toEqual(without);
        if (without.totalMinutes < 16) {
          // Counting towards +90833 rather than 90832 on a day with an E/M visit.
          const adds = hasEm(input) ? "90833" : "90832";
          const next = without.nextThreshold && { ...without.nextThreshold, adds };
          expect(withoutPayerFields(cpt)).toEqual({ ...without, nextThreshold: next });
        }
      }),
    );
  });

  it("{ ruleSet: cpt } at 16–29 minutes differs only by the E/M add-on and the same-day check", () => {
    const shortArb = fc
      .tuple(zoneArb, instantArb, fc.integer({ min: 16 * 60_000, max: 30 * 60_000 - 1 }), contactArb)
      .map(([zone, startMs, length, contact]) => ({
        ...contact,
        timeZone: zone,
        dateOfService: DateTime.fromMillis(startMs, { zone }).toISODate() ?? "",
        segments: toSegments([{ startMs, endMs: startMs + length }], zone),
      }));
    fc.assert(
      fc.property(shortArb, (input) => {
        const without = computeCrisisBilling(input);
        const cpt = computeCrisisBilling({ ...input, payer: { ruleSet: "cpt" } });
        if (without.lines.length === 0) return; // cut to under 16 minutes by local midnight
        const code = hasEm(input) ? "90833" : "90832";
        expect(cpt.lines).toEqual(without.lines.map((line) => ({ ...line, code })));
        const expected = warningCodes(without).flatMap((w) => {
          if (w !== "SCHEDULED_VISIT") return [w];
          return [
            ...(hasEm(input) ? ["EM_ADD_ON"] : []),
            ...(hasPsychotherapyConflict(input) ? ["SAME_DAY_CONFLICT"] : []),
            w,
          ];
        });
        if (!input.scheduledVisit) {
          if (hasEm(input)) expected.push("EM_ADD_ON");
          if (hasPsychotherapyConflict(input)) expected.push("SAME_DAY_CONFLICT");
        }
        expect(warningCodes(cpt)).toEqual(expected);
        expect(cpt.nextThreshold).toEqual(without.nextThreshold);
      }),
    );
  });

  it("G-code units equal 90839/90840 units for the same minutes, and so does the next threshold", () => {
    fc.assert(
      fc.property(fc.tuple(scenarioArb, fc.constantFrom("03", "12", "15", "27")), ([{ zone, segments }, placeOfService]) => {
        const atSite = computeCrisisBilling({ timeZone: zone, segments, placeOfService, payer: { ruleSet: "medicare" } });
        const atOffice = computeCrisisBilling({ timeZone: zone, segments, placeOfService: "11", payer: { ruleSet: "medicare" } });
        expect(atSite.totalMinutes).toBe(atOffice.totalMinutes);
        expect(asCptCodes(atSite.lines)).toEqual(asCptCodes(atOffice.lines));
        expect(atSite.nextThreshold?.atMinutes).toBe(atOffice.nextThreshold?.atMinutes);
        expect(atSite.lines.some((line) => line.code === "90839" || line.code === "90840")).toBe(false);
        if (atSite.totalMinutes >= 30) expect(atSite.lines[0]?.code).toBe("G0017");
      }),
    );
  });

  it("G-codes appear only in person at one of the payer's sites", () => {
    fc.assert(
      fc.property(billArb, payerArb, (input, payer) => {
        const result = computeCrisisBilling({ ...input, payer });
        const rules = payerRules(payer);
        const isSite = (input.modality ?? "in_person") === "in_person" && rules.nonOfficeCrisisSites.includes(input.placeOfService ?? "11");
        const hasGCode = result.lines.some((line) => line.code.startsWith("G"));
        expect(hasGCode).toBe(isSite && result.totalMinutes >= 30);
      }),
    );
  });

  it("lines never mix families: G0018 only with G0017, crisis codes never with 90832 or +90833", () => {
    fc.assert(
      fc.property(billArb, payerArb, (input, payer) => {
        const lineCodes = computeCrisisBilling({ ...input, payer }).lines.map((line) => line.code);
        if (lineCodes.includes("G0018")) expect(lineCodes).toEqual(["G0017", "G0018"]);
        if (lineCodes.includes("90840")) expect(lineCodes).toEqual(["90839", "90840"]);
        if (lineCodes.includes("90832") || lineCodes.includes("90833")) expect(lineCodes).toHaveLength(1);
      }),
    );
  });

  it("warns AUDIO_ONLY_NOT_HOME exactly for Medicare audio only with the client not at home", () => {
    fc.assert(
      fc.property(billArb, payerArb, (input, payer) => {
        const result = computeCrisisBilling({ ...input, payer });
        const expected = payer.ruleSet === "medicare" && input.modality === "audio_only" && input.clientAtHome !== true;
        expect(warningCodes(result).includes("AUDIO_ONLY_NOT_HOME")).toBe(expected);
      }),
    );
  });

  it("warns EM_ADD_ON exactly when an E/M day bills +90833, which is exactly 16–29 minutes", () => {
    fc.assert(
      fc.property(billArb, payerArb, (input, payer) => {
        const result = computeCrisisBilling({ ...input, payer });
        const isShort = result.totalMinutes >= 16 && result.totalMinutes < 30;
        const isAddOn = result.lines.some((line) => line.code === "90833");
        expect(isAddOn).toBe(isShort && hasEm(input));
        expect(warningCodes(result).includes("EM_ADD_ON")).toBe(isAddOn);
      }),
    );
  });

  it("every line carries the payer's telehealth modifier, or none", () => {
    fc.assert(
      fc.property(billArb, payerArb, (input, payer) => {
        const rules = payerRules(payer);
        const modality = input.modality ?? "in_person";
        const modifier = modality === "video" ? rules.videoModifier : modality === "audio_only" ? rules.audioOnlyModifier : null;
        for (const line of computeCrisisBilling({ ...input, payer }).lines) {
          expect(line.modifiers).toEqual(modifier === null ? [] : [modifier]);
        }
      }),
    );
  });

  it("start_date counts every segment that began on the date of service in full, and never less than split", () => {
    fc.assert(
      fc.property(scenarioArb, ({ zone, intervals, segments }) => {
        const payer = (midnight: "split" | "start_date"): PayerInput => ({ ruleSet: "cpt", midnight });
        const startDate = computeCrisisBilling({ timeZone: zone, segments, payer: payer("start_date") });
        const split = computeCrisisBilling({ timeZone: zone, segments, payer: payer("split") });
        const firstDate = DateTime.fromMillis(intervals[0]?.startMs ?? 0, { zone }).toISODate();
        const onDate = intervals.filter((i) => DateTime.fromMillis(i.startMs, { zone }).toISODate() === firstDate);
        const ms = onDate.reduce((sum, i) => sum + (i.endMs - i.startMs), 0);
        expect(startDate.totalMinutes).toBe(Math.floor(ms / 60_000));
        expect(startDate.totalMinutes).toBeGreaterThanOrEqual(split.totalMinutes);
        const dayEndMs = DateTime.fromISO(firstDate ?? "", { zone }).plus({ days: 1 }).toMillis();
        const ranPast = onDate.some((i) => i.endMs > dayEndMs);
        expect(warningCodes(startDate).includes("COUNTED_PAST_MIDNIGHT")).toBe(ranPast);
        if (!warningCodes(split).includes("CROSSES_MIDNIGHT")) expect(withoutPayerFields(startDate)).toEqual(withoutPayerFields(split));
      }),
    );
  });

  it("billed time never decreases as a session grows, under any payer", () => {
    fc.assert(
      fc.property(zoneArb, instantArb, fc.integer({ min: 1, max: 6 * HOUR }), fc.integer({ min: 1, max: 6 * HOUR }), payerArb, contactArb, (zone, startMs, a, b, payer, contact) => {
        const bill = (length: number) =>
          computeCrisisBilling({ ...contact, timeZone: zone, payer, segments: toSegments([{ startMs, endMs: startMs + length }], zone) });
        const [shorter, longer] = [bill(Math.min(a, b)), bill(Math.max(a, b))];
        expect(longer.totalMinutes).toBeGreaterThanOrEqual(shorter.totalMinutes);
        const units = (r: BillingResult) => r.lines.reduce((sum, line) => sum + line.units, 0) + (r.lines.some((l) => /^(90839|G0017)$/.test(l.code)) ? 1 : 0);
        expect(units(longer)).toBeGreaterThanOrEqual(units(shorter));
      }),
    );
  });

  it("summarizeDay over any split into notes equals one note with every segment, under any payer", () => {
    const arb = fc.tuple(billArb, payerArb).chain(([input, payer]) =>
      fc.tuple(fc.constant(input), fc.constant(payer), fc.array(fc.nat({ max: 2 }), { minLength: input.segments.length, maxLength: input.segments.length })),
    );
    fc.assert(
      fc.property(arb, ([{ segments, ...options }, payer, noteOf]) => {
        const notes = [0, 1, 2].map((n) => ({ noteId: `note-${n}`, segments: segments.filter((_, i) => noteOf[i] === n) }));
        expect(summarizeDay({ ...options, payer, notes })).toEqual(computeCrisisBilling({ ...options, payer, segments }));
      }),
    );
  });

  it("the order of segments does not matter under any payer", () => {
    const arb = fc.tuple(billArb, payerArb).chain(([input, payer]) =>
      fc.tuple(fc.constant(input), fc.constant(payer), fc.shuffledSubarray(input.segments, { minLength: input.segments.length })),
    );
    fc.assert(
      fc.property(arb, ([input, payer, shuffled]) => {
        expect(computeCrisisBilling({ ...input, payer, segments: shuffled })).toEqual(computeCrisisBilling({ ...input, payer }));
      }),
    );
  });

  it("payerRules: each option given replaces its default alone", () => {
    fc.assert(
      fc.property(payerArb, (payer) => {
        const rules = payerRules(payer);
        const defaults = PAYER_RULE_DEFAULTS[payer.ruleSet];
        expect(rules).toEqual({
          ruleSet: payer.ruleSet,
          videoModifier: payer.videoModifier === undefined ? defaults.videoModifier : payer.videoModifier,
          audioOnlyModifier: payer.audioOnlyModifier ?? defaults.audioOnlyModifier,
          nonOfficeCrisisSites: payer.nonOfficeCrisisSites ?? defaults.nonOfficeCrisisSites,
          midnight: payer.midnight ?? defaults.midnight,
        });
        expect(payerRules(rules)).toEqual(rules);
      }),
    );
  });
});
