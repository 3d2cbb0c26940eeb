import { describe, expect, it } from "vitest";
import { emptyNote } from "@/lib/notes/empty-note";
import { completeNote } from "@/lib/notes/test-support";
import { noteBodySchema } from "./note";

const issuesOf = (note: unknown) => {
  const parsed = noteBodySchema.safeParse(note);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."));
};

describe("note body schema: C-SSRS skip logic", () => {
  it("accepts an empty draft and a complete note", () => {
    expect(issuesOf(emptyNote())).toEqual([]);
    expect(issuesOf(completeNote())).toEqual([]);
  });

  it("refuses answers to items 3–5 unless item 2 is yes", () => {
    const base = emptyNote();
    const note = { ...base, cssrs: { ...base.cssrs, suicidalThoughts: "no", method: "yes", plan: "no" } };
    expect(issuesOf(note)).toEqual(["cssrs.method", "cssrs.plan"]);
    expect(issuesOf({ ...note, cssrs: { ...note.cssrs, suicidalThoughts: "yes" } })).toEqual([]);
  });

  it("refuses the past-3-months answer unless item 6 is yes", () => {
    const base = emptyNote();
    const note = { ...base, cssrs: { ...base.cssrs, behavior: "no", behaviorPast3Months: "yes" } };
    expect(issuesOf(note)).toEqual(["cssrs.behaviorPast3Months"]);
    expect(issuesOf({ ...note, cssrs: { ...note.cssrs, behavior: "yes" } })).toEqual([]);
  });
});

describe("diagnoses and same-day codes", () => {
  const withCodes = (diagnoses: string[], sameDayCodes: string[] = []) => noteBodySchema.safeParse({ ...completeNote(), diagnoses, sameDayCodes });

  it("stores codes normalised, from the list or well formed outside it", () => {
    expect(withCodes(["f430", "T14.91XA", "F99.9"]).data?.diagnoses).toEqual(["F43.0", "T14.91XA", "F99.9"]);
    expect(withCodes([], ["99213", "g0017"]).data?.sameDayCodes).toEqual(["99213", "G0017"]);
  });

  it.each([["F3"], ["123.4"], ["F32..1"], ["<script>"], ["F43.0", "F43.0"], ["F43.0", "F41.1", "F32.1", "R45.851", "Z63.4"]])("refuses %s", (...codes) => {
    expect(withCodes(codes).success).toBe(false);
  });

  it("refuses a malformed service code", () => {
    expect(withCodes(["F43.0"], ["9921"]).success).toBe(false);
  });

  it("reads an older note without them as empty lists", () => {
    const { diagnoses: _d, sameDayCodes: _s, ...older } = completeNote();
    expect(noteBodySchema.parse(older)).toMatchObject({ diagnoses: [], sameDayCodes: [] });
  });
});

describe("hidden characters", () => {
  it("are stripped from note text before it is stored; line breaks stay", () => {
    const parsed = noteBodySchema.parse({ ...completeNote(), resources: "Sister\u0000 called\u202E\nstaying tonight" });
    expect(parsed.resources).toBe("Sister called\nstaying tonight");
  });
});
