import { describe, expect, it, vi } from "vitest";
import { emptyNote } from "@/lib/notes/empty-note";
import { IN_PERSON, completeNote } from "@/lib/notes/test-support";
import type { NoteFormValues } from "@/lib/validation/session";
import { billingInputsOf, publishBillingInputs, subscribeBillingInputs } from "./live-note-inputs";
import { NoteProgressStore, noteProgress } from "./note-progress";
import { createSaveStateStore } from "./save-state-store";

const context = { credentials: "LCSW", segments: [], dateOfService: "2026-11-20" };

/** What typing does to the form: one field's text grows, the value objects are mutated in place. */
function typeInto(values: NoteFormValues, text: string): void {
  values.note.presentation.precipitant = text;
}

describe("the save status store: typing re-renders the status line only when it changes", () => {
  it("tells its reader once per change of state, not once per keystroke", () => {
    const store = createSaveStateStore({ kind: "saved", at: null });
    const reader = vi.fn();
    store.subscribe(reader);
    for (let key = 0; key < 10; key += 1) store.set({ kind: "pending" });
    expect(reader).toHaveBeenCalledTimes(1);
    store.set({ kind: "saving" });
    store.set({ kind: "saved", at: "2:14 PM" });
    store.set({ kind: "saved", at: "2:14 PM" });
    expect(reader).toHaveBeenCalledTimes(3);
    expect(store.get()).toEqual({ kind: "saved", at: "2:14 PM" });
  });
});

describe("the note's progress store: the checklist follows the form without re-rendering it", () => {
  it("computes what the sign rules and the consistency prompts say about the form", () => {
    const values: NoteFormValues = { meta: IN_PERSON, timesAttested: true, note: emptyNote() };
    const progress = noteProgress(values, context);
    expect(progress.missing.map((m) => m.field)).toContain("note.presentation.precipitant");
  });

  it("tells its readers when an item is completed or reopened, never for text typed into a field already filled in", () => {
    const values: NoteFormValues = { meta: IN_PERSON, timesAttested: true, note: completeNote({ presentation: { precipitant: "", currentState: "Tearful", whyUrgent: "Hopeless" } }) };
    const store = new NoteProgressStore(() => values, context);
    const reader = vi.fn();
    store.subscribe(reader);
    expect(store.get().missing.map((m) => m.field)).toContain("note.presentation.precipitant");

    typeInto(values, "E");
    store.update();
    expect(reader).toHaveBeenCalledTimes(1);
    expect(store.get().missing.map((m) => m.field)).not.toContain("note.presentation.precipitant");

    const before = store.get();
    for (const text of ["Ev", "Evi", "Evic", "Evict", "Eviction notice"]) {
      typeInto(values, text);
      store.update();
    }
    expect(reader).toHaveBeenCalledTimes(1);
    expect(store.get()).toBe(before);

    typeInto(values, "");
    store.update();
    expect(reader).toHaveBeenCalledTimes(2);
  });
});

describe("the note's progress store: a consistency prompt's words follow the form", () => {
  it("tells its readers when the risk level the prompt names changes, though the prompt stays", () => {
    const screen = { wishDead: "yes", suicidalThoughts: "yes", method: "no", intent: "yes", plan: "no", behavior: "no", behaviorPast3Months: null } as const;
    const values: NoteFormValues = { meta: IN_PERSON, timesAttested: true, note: completeNote({ cssrs: screen, riskLevel: "low" }) };
    const store = new NoteProgressStore(() => values, context);
    const reader = vi.fn();
    store.subscribe(reader);
    const prompt = () => store.get().prompts.find((p) => p.id === "risk-below-screen")?.message;
    expect(prompt()).toBe("Risk level Low is below the C-SSRS screen's High.");

    values.note.riskLevel = "moderate";
    store.update();
    expect(reader).toHaveBeenCalledTimes(1);
    expect(prompt()).toBe("Risk level Moderate is below the C-SSRS screen's High.");
  });
});

describe("the live billing inputs: the billing panel follows the form's contact details", () => {
  it("publishes a change of modality or same-day services once, and ignores text that does not change the lines", () => {
    const values: NoteFormValues = { meta: { ...IN_PERSON }, timesAttested: false, note: emptyNote() };
    const reader = vi.fn();
    const stop = subscribeBillingInputs(reader);
    publishBillingInputs("s1", values);
    expect(reader).toHaveBeenCalledTimes(1);
    publishBillingInputs("s1", values);
    values.meta.audioOnlyReason = "The client had no camera";
    publishBillingInputs("s1", values);
    values.note.presentation.precipitant = "Eviction";
    publishBillingInputs("s1", values);
    expect(reader).toHaveBeenCalledTimes(1);

    values.meta.modality = "audio_only";
    values.note.sameDayCodes = ["90832"];
    publishBillingInputs("s1", values);
    expect(reader).toHaveBeenCalledTimes(2);
    expect(billingInputsOf("s1")).toEqual({ meta: { modality: "audio_only", placeOfService: IN_PERSON.placeOfService, clientAtHome: false, contactStart: IN_PERSON.contactStart }, sameDayCodes: ["90832"] });
    // A copy: the form's later edits in place do not leak into what the panel shows.
    values.note.sameDayCodes.push("99213");
    expect(billingInputsOf("s1")?.sameDayCodes).toEqual(["90832"]);
    expect(billingInputsOf("s2")).toBeUndefined();
    stop();
  });
});
