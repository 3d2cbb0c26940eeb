import { describe, expect, it } from "vitest";
import { emptyNote } from "./empty-note";
import { safetyPlanTemplateItems } from "./guidance-panel";
import { noteBodySchema } from "@/lib/validation/note";

describe("a new note", () => {
  const note = emptyNote(safetyPlanTemplateItems());

  it("fits the note schema, with nothing answered", () => {
    expect(noteBodySchema.parse(note)).toEqual(note);
    expect(Object.values(note.cssrs).every((answer) => answer === null)).toBe(true);
  });

  it("pre-fills only the universal crisis services; personal steps start empty", () => {
    expect(note.safetyPlan["professional-contacts"].map((item) => item.text)).toEqual([
      "988 Suicide & Crisis Lifeline: call or text 988, or chat at 988lifeline.org (24/7)",
      "Veterans and service members: call 988 and press 1, or text 838255",
      "Crisis Text Line: text HOME to 741741",
      "In immediate danger: call 911",
    ]);
    for (const step of ["warning-signs", "internal-coping", "social-distraction", "help-contacts", "safe-environment", "reasons-for-living"] as const) {
      expect(note.safetyPlan[step]).toEqual([]);
    }
  });
});
