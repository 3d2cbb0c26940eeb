import { describe, expect, it } from "vitest";

import { computeCrisisBilling } from "./compute";
import { PSYCHOTHERAPY_CONFLICT_CODES } from "./conflicts";
import { describeNextThreshold } from "./describe";
import type { PayerInput } from "./payer";
import { summarizeDay } from "./summarize-day";
import { codes, expectInputError, isoAt, seg } from "./test-support";
import { tryComputeCrisisBilling } from "./try-compute";
import type { BillingInput, BillingResult } from "./types";

const MEDICARE: PayerInput = { ruleSet: "medicare" };
const CPT: PayerInput = { ruleSet: "cpt" };

function bill(minutes: number, options: Omit<BillingInput, "segments" | "timeZone"> = {}): BillingResult {
  return computeCrisisBilling({ timeZone: "UTC", segments: [seg(0, minutes * 60)], ...options });
}

const warningCodes = (result: BillingResult) => result.warnings.map((w) => w.code);
const warning = (result: BillingResult, code: string) => result.warnings.find((w) => w.code === code);

describe("Medicare: G0017/G0018 in person at non-office sites (BILLING-RULES §8)", () => {
  it("a client seen in person at home (POS 12) for 80 minutes bills G0017 + G0018 ×1", () => {
    const result = bill(80, { payer: MEDICARE, modality: "in_person", placeOfService: "12" });
    expect(result.lines).toEqual([
      { code: "G0017", units: 1, modifiers: [], placeOfService: "12" },
      { code: "G0018", units: 1, modifiers: [], placeOfService: "12" },
    ]);
    expect(result.warnings).toEqual([]);
    expect(result.ruleSet).toBe("medicare");
  });

  it.each([
    [15, []],
    [16, ["90832×1"]],
    [29, ["90832×1"]],
    [30, ["G0017×1"]],
    [74, ["G0017×1"]],
    [75, ["G0017×1", "G0018×1"]],
    [104, ["G0017×1", "G0018×1"]],
    [105, ["G0017×1", "G0018×2"]],
    [134, ["G0017×1", "G0018×2"]],
    [135, ["G0017×1", "G0018×3"]],
  ])("at home, %i minutes bill %j (the CPT thresholds)", (minutes, expected) => {
    expect(codes(bill(minutes, { payer: MEDICARE, placeOfService: "12" }).lines)).toEqual(expected);
  });

  it.each(["03", "12", "15", "27"])("in person at POS %s bills G-codes", (placeOfService) => {
    expect(codes(bill(60, { payer: MEDICARE, placeOfService }).lines)).toEqual(["G0017×1"]);
  });

  it.each(["11", "23", "53", "99"])("in person at POS %s (office, facility or other) still bills 90839/90840", (placeOfService) => {
    const result = bill(80, { payer: MEDICARE, placeOfService });
    expect(codes(result.lines)).toEqual(["90839×1", "90840×1"]);
    expect(result.lines.every((line) => line.placeOfService === placeOfService)).toBe(true);
  });

  it("the office is the default setting, so a Medicare contact with no setting bills 90839/90840 at POS 11", () => {
    const result = bill(80, { payer: MEDICARE });
    expect(result.lines.map((line) => [line.code, line.placeOfService])).toEqual([["90839", "11"], ["90840", "11"]]);
  });

  it("never bills G-codes for telehealth, whatever the site list says", () => {
    const payer: PayerInput = { ruleSet: "medicare", nonOfficeCrisisSites: ["12", "10", "02"] };
    expect(codes(bill(80, { payer, modality: "video", clientAtHome: true, placeOfService: "12" }).lines)).toEqual(["90839×1", "90840×1"]);
    expect(codes(bill(80, { payer, modality: "audio_only", clientAtHome: false }).lines)).toEqual(["90839×1", "90840×1"]);
  });

  it("CPT bills 90839/90840 at home: the G-codes are Medicare's", () => {
    expect(codes(bill(80, { payer: CPT, placeOfService: "12" }).lines)).toEqual(["90839×1", "90840×1"]);
  });

  it("counts the next threshold in G-codes at a non-office site", () => {
    const running = { start: isoAt(0), end: null };
    const result = computeCrisisBilling({ timeZone: "UTC", segments: [running], now: isoAt(68 * 60), payer: MEDICARE, placeOfService: "12" });
    expect(result.nextThreshold).toEqual({ atMinutes: 75, minutesToGo: 7, adds: "G0018 ×1" });
    expect(describeNextThreshold(result.nextThreshold!)).toBe("7 more minutes reaches G0018 ×1 at 75 minutes in total.");
    const early = computeCrisisBilling({ timeZone: "UTC", segments: [running], now: isoAt(20 * 60), payer: MEDICARE, placeOfService: "12" });
    expect(early.nextThreshold).toEqual({ atMinutes: 30, minutesToGo: 10, adds: "G0017" });
  });

  it("sums a day's notes before assigning G-codes: two 40-minute home visits are G0017 + G0018 ×1", () => {
    const result = summarizeDay({
      timeZone: "UTC",
      payer: MEDICARE,
      placeOfService: "12",
      notes: [
        { noteId: "a", segments: [seg(0, 40 * 60)] },
        { noteId: "b", segments: [seg(3600, 3600 + 40 * 60)] },
      ],
    });
    expect(codes(result.lines)).toEqual(["G0017×1", "G0018×1"]);
    expect(result.ruleSet).toBe("medicare");
  });

  it.each(["04", "13", "14", "16"])("the shelter, assisted living, group home and lodging site %s bills G0017 under Medicare, 90839 under CPT", (site) => {
    expect(codes(bill(60, { payer: MEDICARE, placeOfService: site }).lines)).toEqual(["G0017×1"]);
    expect(codes(bill(60, { payer: { ruleSet: "cpt" }, placeOfService: site }).lines)).toEqual(["90839×1"]);
  });
});

describe("telehealth modifiers per rule set (BILLING-RULES §8)", () => {
  it.each([
    ["medicare", "video", true, "10", []],
    ["medicare", "video", false, "02", []],
    ["medicare", "audio_only", true, "10", ["93"]],
    ["cpt", "video", true, "10", ["95"]],
    ["cpt", "video", false, "02", ["95"]],
    ["cpt", "audio_only", true, "10", ["93"]],
    ["cpt", "audio_only", false, "02", ["93"]],
  ] as const)("%s %s with the client at home = %s: POS %s, modifiers %j", (ruleSet, modality, clientAtHome, pos, modifiers) => {
    const result = bill(80, { payer: { ruleSet }, modality, clientAtHome });
    expect(result.lines.map((line) => [line.code, line.placeOfService, line.modifiers])).toEqual([
      ["90839", pos, modifiers],
      ["90840", pos, modifiers],
    ]);
  });

  it("Medicare video at home: no modifier, POS 10", () => {
    const result = bill(45, { payer: MEDICARE, modality: "video", clientAtHome: true });
    expect(result.lines).toEqual([{ code: "90839", units: 1, modifiers: [], placeOfService: "10" }]);
    expect(result.warnings).toEqual([]);
  });

  it("takes the payer's modifiers: FQ for audio only, 95 on Medicare video", () => {
    expect(bill(45, { payer: { ruleSet: "medicare", audioOnlyModifier: "FQ" }, modality: "audio_only", clientAtHome: true }).lines[0]?.modifiers).toEqual(["FQ"]);
    expect(bill(45, { payer: { ruleSet: "cpt", audioOnlyModifier: "fq" }, modality: "audio_only" }).lines[0]?.modifiers).toEqual(["FQ"]);
    expect(bill(45, { payer: { ruleSet: "medicare", videoModifier: "95" }, modality: "video" }).lines[0]?.modifiers).toEqual(["95"]);
    expect(bill(45, { payer: { ruleSet: "cpt", videoModifier: null }, modality: "video" }).lines[0]?.modifiers).toEqual([]);
  });
});

describe("AUDIO_ONLY_NOT_HOME (BILLING-RULES §8, Medicare)", () => {
  it.each([false, undefined])("audio only with clientAtHome = %s under Medicare warns", (clientAtHome) => {
    const result = bill(45, { payer: MEDICARE, modality: "audio_only", clientAtHome });
    expect(result.warnings).toEqual([
      {
        code: "AUDIO_ONLY_NOT_HOME",
        message:
          "This audio-only contact does not record the client as being at home; Medicare pays for audio-only mental health care only when the client is at home. Use video if possible, or record that the client was at home if they were.",
      },
    ]);
    expect(codes(result.lines)).toEqual(["90839×1"]);
    expect(result.lines[0]?.placeOfService).toBe("02");
  });

  it("warns with the FQ modifier too", () => {
    expect(warningCodes(bill(45, { payer: { ruleSet: "medicare", audioOnlyModifier: "FQ" }, modality: "audio_only" }))).toEqual(["AUDIO_ONLY_NOT_HOME"]);
  });

  it.each([
    ["Medicare, client at home", { payer: MEDICARE, modality: "audio_only", clientAtHome: true }],
    ["Medicare video, client not at home", { payer: MEDICARE, modality: "video", clientAtHome: false }],
    ["Medicare in person", { payer: MEDICARE, modality: "in_person", clientAtHome: false }],
    ["CPT audio only, client not at home", { payer: CPT, modality: "audio_only", clientAtHome: false }],
    ["no payer, audio only, client not at home", { modality: "audio_only", clientAtHome: false }],
  ] as const)("does not warn: %s", (_, options) => {
    expect(warningCodes(bill(45, options))).toEqual([]);
  });
});

describe("same-day check on every line (BILLING-RULES §8)", () => {
  it("20 minutes with a same-day 90791 bills 90832 with SAME_DAY_CONFLICT", () => {
    const result = bill(20, { payer: CPT, sameDayCodes: ["90791"] });
    expect(codes(result.lines)).toEqual(["90832×1"]);
    expect(warning(result, "SAME_DAY_CONFLICT")?.message).toBe(
      "90791 was billed for this client on the same date; the same clinician cannot report it together with 90832.",
    );
  });

  it.each(["cpt", "medicare"] as const)("under %s, every psychotherapy conflict of 90832 is named", (ruleSet) => {
    for (const code of PSYCHOTHERAPY_CONFLICT_CODES) {
      const result = bill(25, { payer: { ruleSet }, sameDayCodes: [code] });
      expect(warningCodes(result), code).toEqual(["BELOW_CRISIS_MINIMUM", "SAME_DAY_CONFLICT"]);
    }
  });

  it.each(["90785", "90853", "90849", "90863", "90839"])("%s is not a conflict for 90832", (code) => {
    expect(warningCodes(bill(25, { payer: CPT, sameDayCodes: [code] }))).toEqual(["BELOW_CRISIS_MINIMUM"]);
  });

  it("without a payer a 16–29-minute day is still not checked (BILLING-RULES §4)", () => {
    expect(warningCodes(bill(20, { sameDayCodes: ["90791"] }))).toEqual(["BELOW_CRISIS_MINIMUM"]);
  });

  it("checks G-code lines against the crisis list", () => {
    const result = bill(60, { payer: MEDICARE, placeOfService: "12", sameDayCodes: ["90785", "90853"] });
    expect(warning(result, "SAME_DAY_CONFLICT")?.message).toBe(
      "90785, 90853 were billed for this client on the same date; the same clinician cannot report them together with G0017/G0018.",
    );
  });

  it("checks crisis lines under a payer as §4 does", () => {
    const withPayer = bill(60, { payer: CPT, sameDayCodes: ["90785"] });
    const without = bill(60, { sameDayCodes: ["90785"] });
    expect(withPayer.warnings).toEqual(without.warnings);
  });

  it("says nothing below 16 minutes, where no line is billed", () => {
    expect(warningCodes(bill(10, { payer: CPT, sameDayCodes: ["90791"] }))).toEqual(["BELOW_MINIMUM"]);
  });
});

describe("E/M the same day (BILLING-RULES §8)", () => {
  it("25 minutes with a same-day 99213 bills +90833 with EM_ADD_ON", () => {
    const result = bill(25, { payer: CPT, sameDayCodes: ["99213"] });
    expect(result.lines).toEqual([{ code: "90833", units: 1, modifiers: [], placeOfService: "11" }]);
    expect(result.warnings).toEqual([
      {
        code: "BELOW_CRISIS_MINIMUM",
        message:
          "25 minutes of crisis time counted; crisis codes need at least 30 minutes, so this is billed as 30-minute psychotherapy added to the E/M visit (+90833).",
      },
      {
        code: "EM_ADD_ON",
        message:
          "99213 was billed for this client on the same date (an E/M visit), so this psychotherapy is reported as the add-on to that visit, +90833, instead of 90832.",
      },
    ]);
  });

  it.each(["99202", "99215", "99221", "99239", "99281", "99285", "99304", "99350"])("%s turns 16–29 minutes into +90833", (code) => {
    for (const minutes of [16, 29]) {
      expect(codes(bill(minutes, { payer: MEDICARE, sameDayCodes: [code] }).lines)).toEqual(["90833×1"]);
    }
  });

  it("names every E/M visit of the day once", () => {
    const result = bill(20, { payer: CPT, sameDayCodes: ["99213", " 99232", "99213"] });
    expect(warning(result, "EM_ADD_ON")?.message).toMatch(/^99213, 99232 were billed .* \(E\/M visits\), so/);
  });

  it.each([30, 74, 80])("from 30 minutes (%i) the crisis codes apply, with no warning for the E/M", (minutes) => {
    const result = bill(minutes, { payer: CPT, sameDayCodes: ["99213"] });
    expect(result.lines.map((line) => line.code)).toEqual(minutes < 75 ? ["90839"] : ["90839", "90840"]);
    expect(result.warnings).toEqual([]);
  });

  it("at a Medicare non-office site, 16–29 minutes with an E/M is +90833 and 30 minutes G0017", () => {
    expect(codes(bill(20, { payer: MEDICARE, placeOfService: "12", sameDayCodes: ["99349"] }).lines)).toEqual(["90833×1"]);
    expect(codes(bill(30, { payer: MEDICARE, placeOfService: "12", sameDayCodes: ["99349"] }).lines)).toEqual(["G0017×1"]);
  });

  it("checks +90833 against the psychotherapy list too", () => {
    const result = bill(20, { payer: CPT, sameDayCodes: ["99213", "90836"] });
    expect(warningCodes(result)).toEqual(["BELOW_CRISIS_MINIMUM", "EM_ADD_ON", "SAME_DAY_CONFLICT"]);
    expect(warning(result, "SAME_DAY_CONFLICT")?.message).toMatch(/together with \+90833\.$/);
  });

  it("counts towards +90833 while the session runs", () => {
    const result = computeCrisisBilling({ timeZone: "UTC", segments: [{ start: isoAt(0), end: null }], now: isoAt(0), payer: CPT, sameDayCodes: ["99213"] });
    expect(result.nextThreshold).toEqual({ atMinutes: 16, minutesToGo: 16, adds: "90833" });
  });

  it("without a payer an E/M changes nothing (BILLING-RULES §1–§4)", () => {
    const result = bill(25, { sameDayCodes: ["99213"] });
    expect(codes(result.lines)).toEqual(["90832×1"]);
    expect(warningCodes(result)).toEqual(["BELOW_CRISIS_MINIMUM"]);
  });
});

describe("midnight policy (BILLING-RULES §1, §8)", () => {
  const NY = "America/New_York";
  const acrossMidnight = [{ start: "2026-03-09T23:30:00-04:00", end: "2026-03-10T00:45:00-04:00" }];

  it("split (the default for both rule sets) leaves out the time after midnight", () => {
    for (const payer of [MEDICARE, CPT]) {
      const result = computeCrisisBilling({ timeZone: NY, segments: acrossMidnight, payer });
      expect(result.totalMinutes).toBe(30);
      expect(codes(result.lines)).toEqual(["90839×1"]);
      expect(warningCodes(result)).toEqual(["CROSSES_MIDNIGHT"]);
    }
  });

  it("start_date bills a continuous 23:30–00:45 contact as 75 minutes on the date it began", () => {
    const result = computeCrisisBilling({ timeZone: NY, segments: acrossMidnight, payer: { ruleSet: "medicare", midnight: "start_date" } });
    expect(result.totalMinutes).toBe(75);
    expect(codes(result.lines)).toEqual(["90839×1", "90840×1"]);
    expect(result.warnings).toEqual([
      {
        code: "COUNTED_PAST_MIDNIGHT",
        message:
          "45 minutes of this time ran past local midnight and were counted on the date the contact began (2026-03-09, America/New_York): this payer bills continuous time on its start date.",
      },
    ]);
  });

  it("start_date counts a segment in full even past a second midnight", () => {
    const segments = [{ start: "2026-03-09T23:00:00Z", end: "2026-03-11T01:00:00Z" }];
    const result = computeCrisisBilling({ timeZone: "UTC", segments, payer: { ruleSet: "cpt", midnight: "start_date" } });
    expect(result.totalMinutes).toBe(26 * 60);
    expect(warning(result, "COUNTED_PAST_MIDNIGHT")?.message).toMatch(/^1500 minutes of this time ran past/);
  });

  it("start_date does not count a segment that began after midnight, and says so", () => {
    const segments = [
      { start: "2026-03-09T23:30:00Z", end: "2026-03-10T00:10:00Z" },
      { start: "2026-03-10T00:30:00Z", end: "2026-03-10T00:50:00Z" },
    ];
    const result = computeCrisisBilling({ timeZone: "UTC", segments, payer: { ruleSet: "cpt", midnight: "start_date" } });
    expect(result.totalMinutes).toBe(40);
    expect(result.warnings.map((w) => w.message)).toEqual([
      "20 minutes of this time fell outside the date of service (2026-03-09, UTC) and were not counted.",
      "10 minutes of this time ran past local midnight and were counted on the date the contact began (2026-03-09, UTC): this payer bills continuous time on its start date.",
    ]);
  });

  it("start_date gives a segment that began the day before to that day, not to a later date of service", () => {
    const segments = [{ start: "2026-03-09T23:30:00Z", end: "2026-03-10T00:40:00Z" }];
    const result = computeCrisisBilling({ timeZone: "UTC", segments, dateOfService: "2026-03-10", payer: { ruleSet: "cpt", midnight: "start_date" } });
    expect(result.totalMinutes).toBe(0);
    expect(warningCodes(result)).toEqual(["BELOW_MINIMUM", "CROSSES_MIDNIGHT"]);
  });

  it("start_date says so even when less than a minute ran past midnight", () => {
    const segments = [{ start: "2026-03-09T23:20:00Z", end: "2026-03-10T00:00:30Z" }];
    const result = computeCrisisBilling({ timeZone: "UTC", segments, payer: { ruleSet: "cpt", midnight: "start_date" } });
    expect(result.totalMinutes).toBe(40);
    expect(warning(result, "COUNTED_PAST_MIDNIGHT")?.message).toMatch(/^Less than a minute of this time ran past local midnight and was counted/);
  });

  it("start_date changes nothing for a contact within one date", () => {
    const { payerRules: startDateRules, ...startDate } = bill(80, { payer: { ruleSet: "medicare", midnight: "start_date" } });
    const { payerRules: splitRules, ...split } = bill(80, { payer: MEDICARE });
    expect(startDate).toEqual(split);
    expect(startDateRules).toEqual({ ...splitRules, midnight: "start_date" });
  });
});

describe("overriding one option keeps the other defaults (BILLING-RULES §8)", () => {
  it("Medicare with modifier 95 on video still bills G-codes at home and has no other change", () => {
    const payer: PayerInput = { ruleSet: "medicare", videoModifier: "95" };
    expect(bill(45, { payer, modality: "video", clientAtHome: true }).lines[0]?.modifiers).toEqual(["95"]);
    expect(codes(bill(80, { payer, placeOfService: "12" }).lines)).toEqual(["G0017×1", "G0018×1"]);
    expect(warningCodes(bill(45, { payer, modality: "audio_only" }))).toEqual(["AUDIO_ONLY_NOT_HOME"]);
    expect(bill(45, { payer, modality: "audio_only" }).lines[0]?.modifiers).toEqual(["93"]);
  });

  it("Medicare with its own site list: G-codes there only, the rest of Medicare unchanged", () => {
    const payer: PayerInput = { ruleSet: "medicare", nonOfficeCrisisSites: ["15"] };
    expect(codes(bill(45, { payer, placeOfService: "15" }).lines)).toEqual(["G0017×1"]);
    expect(codes(bill(45, { payer, placeOfService: "12" }).lines)).toEqual(["90839×1"]);
    expect(bill(45, { payer, modality: "video" }).lines[0]?.modifiers).toEqual([]);
    expect(bill(45, { payer }).payerRules).toEqual({
      ruleSet: "medicare",
      videoModifier: null,
      audioOnlyModifier: "93",
      nonOfficeCrisisSites: ["15"],
      midnight: "split",
    });
  });

  it("a CPT payer given non-office sites bills G-codes there and keeps modifier 95", () => {
    const payer: PayerInput = { ruleSet: "cpt", nonOfficeCrisisSites: ["12"] };
    expect(codes(bill(80, { payer, placeOfService: "12" }).lines)).toEqual(["G0017×1", "G0018×1"]);
    expect(bill(45, { payer, modality: "video" }).lines[0]?.modifiers).toEqual(["95"]);
  });
});

describe("the rule set on the result (BILLING-RULES §8)", () => {
  it("says which rule set and which resolved rules the bill was computed under", () => {
    const result = bill(45, { payer: { ruleSet: "cpt", audioOnlyModifier: "FQ" } });
    expect(result.ruleSet).toBe("cpt");
    expect(result.payerRules).toEqual({ ruleSet: "cpt", videoModifier: "95", audioOnlyModifier: "FQ", nonOfficeCrisisSites: [], midnight: "split" });
  });

  it("adds no field at all when no payer is given", () => {
    const result = bill(45);
    expect(Object.keys(result).sort()).toEqual(["lines", "nextThreshold", "totalMinutes", "warnings"]);
  });

  it("hands out its own copy of the rules, which a caller may change", () => {
    const result = bill(45, { payer: MEDICARE });
    expect(Object.isFrozen(result.payerRules)).toBe(false);
    expect(() => (result.payerRules?.nonOfficeCrisisSites as string[]).push("99")).not.toThrow();
    expect(bill(45, { payer: MEDICARE }).payerRules?.nonOfficeCrisisSites).toHaveLength(8);
  });

  it("rejects a payer it cannot apply, as input", () => {
    const input = { timeZone: "UTC", segments: [seg(0, 60)], payer: { ruleSet: "aetna" } } as unknown as BillingInput;
    expectInputError(() => computeCrisisBilling(input), "INVALID_PAYER", /rule set "aetna"/);
    const attempt = tryComputeCrisisBilling(input);
    expect(attempt.ok).toBe(false);
  });

  it("orders every warning: time table, midnight, audio only, E/M, conflict, scheduled", () => {
    const result = computeCrisisBilling({
      timeZone: "UTC",
      segments: [
        { start: "2026-03-09T23:50:00Z", end: "2026-03-10T00:10:00Z" },
        { start: "2026-03-10T00:20:00Z", end: "2026-03-10T00:25:00Z" },
      ],
      payer: { ruleSet: "medicare", midnight: "start_date" },
      modality: "audio_only",
      sameDayCodes: ["99213", "90791"],
      scheduledVisit: true,
    });
    expect(codes(result.lines)).toEqual(["90833×1"]);
    expect(warningCodes(result)).toEqual([
      "BELOW_CRISIS_MINIMUM",
      "CROSSES_MIDNIGHT",
      "COUNTED_PAST_MIDNIGHT",
      "AUDIO_ONLY_NOT_HOME",
      "EM_ADD_ON",
      "SAME_DAY_CONFLICT",
      "SCHEDULED_VISIT",
    ]);
  });

  it("keeps the scheduled-visit wording under a payer", () => {
    expect(bill(45, { payer: MEDICARE, scheduledVisit: true }).warnings).toEqual(bill(45, { scheduledVisit: true }).warnings);
  });
});
