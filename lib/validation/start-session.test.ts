import { describe, expect, it } from "vitest";
import { startSessionFormSchema } from "./session";

const base = {
  clientId: "client-1",
  modality: "in_person",
  placeOfService: "11",
  clientAtHome: false,
  audioOnlyReason: "",
  contactStart: "walk_in",
  startTimer: true,
} as const;

const issuesOf = (input: unknown) => {
  const parsed = startSessionFormSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("start-session form schema", () => {
  it("accepts an in-person walk-in", () => {
    expect(issuesOf(base)).toEqual([]);
  });

  it("requires why video was not used for an audio-only contact (BILLING-RULES §3)", () => {
    expect(issuesOf({ ...base, modality: "audio_only", audioOnlyReason: "   " })).toEqual(["audioOnlyReason: Say why video was not used."]);
    expect(issuesOf({ ...base, modality: "audio_only", audioOnlyReason: "No camera on the client's phone" })).toEqual([]);
  });

  it("asks for the reason even while other fields are missing", () => {
    const { contactStart: _c, ...rest } = base;
    expect(issuesOf({ ...rest, modality: "audio_only" })).toEqual(["contactStart: Choose how the contact started.", "audioOnlyReason: Say why video was not used."]);
  });

  it("clears fields that do not apply to the modality", () => {
    const inPerson = startSessionFormSchema.parse({ ...base, clientAtHome: true, audioOnlyReason: "left over" });
    expect(inPerson).toMatchObject({ clientAtHome: false, audioOnlyReason: "" });
    const video = startSessionFormSchema.parse({ ...base, modality: "video", clientAtHome: true, audioOnlyReason: "left over" });
    expect(video).toMatchObject({ clientAtHome: true, audioOnlyReason: "" });
  });

  it("asks for modality and contact start when none was chosen", () => {
    const { modality: _m, contactStart: _c, ...rest } = base;
    expect(issuesOf(rest)).toEqual(["modality: Choose how you met the client.", "contactStart: Choose how the contact started."]);
  });

  it("refuses an unknown setting and a missing button choice", () => {
    expect(issuesOf({ ...base, placeOfService: "42" })).toEqual(["placeOfService: Choose the setting."]);
    const { startTimer: _s, ...rest } = base;
    expect(issuesOf(rest)).toHaveLength(1);
  });
});
