import { describe, expect, it } from "vitest";

import { computeCrisisBilling } from "./compute";
import { IN_PERSON_PLACE_OPTIONS, IN_PERSON_PLACES_OF_SERVICE, placeAndModifiers } from "./place-of-service";
import { expectInputError, seg } from "./test-support";

describe("IN_PERSON_PLACE_OPTIONS", () => {
  it("lists every in-person setting once, in the contract's order (not code order)", () => {
    expect(IN_PERSON_PLACE_OPTIONS.map((place) => place.code)).toEqual(["11", "12", "23", "53", "15", "27", "03", "04", "13", "14", "16", "99"]);
    expect(IN_PERSON_PLACE_OPTIONS.map((place) => place.code).sort()).toEqual(Object.keys(IN_PERSON_PLACES_OF_SERVICE).sort());
    expect(IN_PERSON_PLACE_OPTIONS[2]).toEqual({ code: "23", label: "Emergency room" });
  });
});

describe("placeAndModifiers (BILLING-RULES §3)", () => {
  it("defaults to in person at the office (11) with no modifier", () => {
    expect(placeAndModifiers({})).toEqual({ placeOfService: "11", modifiers: [] });
  });

  it.each(["11", "12", "23", "53", "15", "27", "03", "04", "13", "14", "16", "99"])(
    "in person keeps the setting %s",
    (placeOfService) => {
      expect(placeAndModifiers({ modality: "in_person", placeOfService })).toEqual({
        placeOfService,
        modifiers: [],
      });
    },
  );

  it("trims a setting code typed with spaces", () => {
    expect(placeAndModifiers({ placeOfService: " 23 " }).placeOfService).toBe("23");
  });

  it.each([
    ["video", true, "10", "95"],
    ["video", false, "02", "95"],
    ["video", undefined, "02", "95"],
    ["audio_only", true, "10", "93"],
    ["audio_only", false, "02", "93"],
  ] as const)("%s with client at home = %s bills POS %s, modifier %s", (modality, home, pos, mod) => {
    expect(placeAndModifiers({ modality, clientAtHome: home })).toEqual({
      placeOfService: pos,
      modifiers: [mod],
    });
  });

  it("telehealth ignores a valid in-person setting", () => {
    expect(placeAndModifiers({ modality: "video", placeOfService: "23" }).placeOfService).toBe("02");
  });

  it("in person ignores clientAtHome", () => {
    expect(placeAndModifiers({ modality: "in_person", clientAtHome: true }).placeOfService).toBe("11");
  });

  it.each(["02", "10", "3", "1", "", "office", "21"])("rejects setting %j", (placeOfService) => {
    expectInputError(
      () => computeCrisisBilling({ timeZone: "UTC", placeOfService, segments: [seg(0, 60)] }),
      "INVALID_PLACE_OF_SERVICE",
      /accepted settings: 11, 12, 23, 53, 15, 27, 03, 04, 13, 14, 16, 99\.$/,
    );
  });
});
