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
