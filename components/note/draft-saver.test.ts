import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CallResult } from "@/lib/action-result";
import { emptyNote } from "@/lib/notes/empty-note";
import { IN_PERSON } from "@/lib/notes/test-support";
import type { NoteFormValues } from "@/lib/validation/session";
import { DraftSaver, type SaveState } from "./draft-saver";

const DEBOUNCE_MS = 3000;
const RETRY_MS = 15000;
const UNREACHABLE = "the server could not be reached. Your text is still here.";
const NEEDS_ATTENTION = "some fields need attention (marked in red).";

type Answer = CallResult<{ version: number }>;
type Request = { values: NoteFormValues; version: number; answer: (result: Answer) => Promise<void>; fail: (error: Error) => Promise<void> };

/** The form as the note page holds it, with only the precipitant typed into. */
const formWith = (precipitant: string): NoteFormValues => {
  const note = emptyNote();
  return { meta: IN_PERSON, timesAttested: false, note: { ...note, presentation: { ...note.presentation, precipitant } } };
};

/** Lets the saver's queued promises run (fake timers do not fake microtasks). */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
}

/**
 * A DraftSaver wired to a fake form and a server whose answers the test gives, one request at a
 * time, so what is in flight is always explicit.
 */
function setUp(version = 4) {
  let values = formWith("");
  let now = "2:14 PM";
  const states: SaveState[] = [];
  const requests: Request[] = [];
  const send = vi.fn((sent: NoteFormValues, sentVersion: number) => {
    return new Promise<Answer>((resolve, reject) => {
      requests.push({
        values: sent,
        version: sentVersion,
        answer: async (result) => {
          resolve(result);
          await settle();
        },
        fail: async (error: Error) => {
          reject(error);
          await settle();
        },
      });
    });
  });
  const validate = vi.fn(() => Promise.resolve(true));
  const saver = new DraftSaver({ getValues: () => values, validate, send, onState: (state) => states.push(state), clock: () => now }, version);
  return {
    saver,
    send,
    validate,
    states,
    requests,
    /** The user types: the form's values change and the form tells the saver. */
    type(precipitant: string) {
      values = formWith(precipitant);
      saver.changed();
    },
    setClock(time: string) {
      now = time;
    },
    request(index: number): Request {
      const found = requests[index];
      if (!found) throw new Error(`no request #${index} was sent (${requests.length} sent)`);
      return found;
    },
    lastState: () => states.at(-1),
  };
}

const ok = (version: number): Answer => ({ ok: true, data: { version } });

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("debouncing", () => {
  it("saves once, 3 s after the last change, with the latest values and the version it was opened at", async () => {
    const t = setUp(4);
    t.type("E");
    await vi.advanceTimersByTimeAsync(2000);
    t.type("Ev");
    await vi.advanceTimersByTimeAsync(1000);
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(t.send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(t.send).toHaveBeenCalledTimes(1);
    expect(t.send).toHaveBeenCalledWith(formWith("Eviction"), 4);
    expect(t.validate).toHaveBeenCalledTimes(1);
    expect(t.states).toEqual([{ kind: "pending" }, { kind: "pending" }, { kind: "pending" }, { kind: "saving" }]);
  });

  it("a change notice with the values as saved sends nothing and only confirms they are saved", async () => {
    const t = setUp();
    t.saver.changed();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.states).toEqual([{ kind: "saved", at: null }]);
    expect(t.send).not.toHaveBeenCalled();
    expect(t.saver.isDirty()).toBe(false);
  });

  it("sends the values as they were when the save started, even if typing goes on while it validates", async () => {
    const t = setUp();
    let passValidation = () => undefined as void;
    t.validate.mockImplementationOnce(() => new Promise<boolean>((resolve) => (passValidation = () => resolve(true))));
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    t.type("Eviction notice");
    passValidation();
    await settle();
    expect(t.request(0).values).toEqual(formWith("Eviction"));
    await t.request(0).answer(ok(5));
    // The later text is not taken for saved.
    expect(t.saver.isDirty()).toBe(true);
    expect(t.lastState()).toEqual({ kind: "pending" });
  });
});

describe("after a successful save", () => {
  it("reports the time, takes the server's version and sends it with the next save", async () => {
    const t = setUp(4);
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await t.request(0).answer(ok(5));
    expect(t.states).toEqual([{ kind: "pending" }, { kind: "saving" }, { kind: "saved", at: "2:14 PM" }]);
    expect(t.saver.currentVersion()).toBe(5);
    expect(t.saver.isDirty()).toBe(false);

    t.type("Eviction notice");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.send).toHaveBeenCalledTimes(2);
    expect(t.request(1)).toMatchObject({ values: formWith("Eviction notice"), version: 5 });
  });

  it("text typed while the request was out stays unsaved and is saved after a new pause", async () => {
    const t = setUp(4);
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    t.type("Eviction notice");
    await vi.advanceTimersByTimeAsync(1000);
    await t.request(0).answer(ok(5));
    expect(t.states).toEqual([{ kind: "pending" }, { kind: "saving" }, { kind: "pending" }, { kind: "pending" }]);
    expect(t.saver.isDirty()).toBe(true);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(t.send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.send).toHaveBeenCalledTimes(2);
    expect(t.request(1)).toMatchObject({ values: formWith("Eviction notice"), version: 5 });
  });
});

describe("one request at a time, in order", () => {
  it("a save that falls due while one is out waits for its answer, then goes with the new version", async () => {
    const t = setUp(4);
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    t.type("Eviction notice");
    // The second save falls due (and the retry period passes) with the first still unanswered.
    await vi.advanceTimersByTimeAsync(RETRY_MS * 2);
    expect(t.send).toHaveBeenCalledTimes(1);

    await t.request(0).answer(ok(5));
    expect(t.send).toHaveBeenCalledTimes(2);
    expect(t.request(1)).toMatchObject({ values: formWith("Eviction notice"), version: 5 });
    await t.request(1).answer(ok(6));
    expect(t.saver.currentVersion()).toBe(6);
    expect(t.lastState()).toEqual({ kind: "saved", at: "2:14 PM" });
    // Nothing left to do: the timer set after the first answer finds the values saved.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.send).toHaveBeenCalledTimes(2);
  });
});

describe("flush (on blur, before signing)", () => {
  it("with nothing changed resolves true and sends nothing", async () => {
    const t = setUp();
    await expect(t.saver.flush()).resolves.toBe(true);
    expect(t.send).not.toHaveBeenCalled();
    expect(t.states).toEqual([]);
  });

  it("sends at once without waiting for the pause, and the pending timer does not send again", async () => {
    const t = setUp(4);
    t.type("Eviction");
    const flushed = t.saver.flush();
    await settle();
    expect(t.send).toHaveBeenCalledTimes(1);
    expect(t.request(0)).toMatchObject({ values: formWith("Eviction"), version: 4 });
    await t.request(0).answer(ok(5));
    await expect(flushed).resolves.toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.send).toHaveBeenCalledTimes(1);
  });

  it("behind a request in flight: waits, then sends the newer text with the new version", async () => {
    const t = setUp(4);
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    t.type("Eviction notice");
    const flushed = t.saver.flush();
    await settle();
    expect(t.send).toHaveBeenCalledTimes(1);
    await t.request(0).answer(ok(5));
    expect(t.request(1)).toMatchObject({ values: formWith("Eviction notice"), version: 5 });
    await t.request(1).answer(ok(6));
    await expect(flushed).resolves.toBe(true);
    expect(t.saver.currentVersion()).toBe(6);
  });

  it("with the text already on its way, waits for that request and sends no second one", async () => {
    const t = setUp(4);
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    const flushed = t.saver.flush();
    await t.request(0).answer(ok(5));
    await expect(flushed).resolves.toBe(true);
    expect(t.send).toHaveBeenCalledTimes(1);
  });

  it("resolves false when the save fails", async () => {
    const t = setUp();
    t.type("Eviction");
    const flushed = t.saver.flush();
    await settle();
    await t.request(0).fail(new TypeError("Failed to fetch"));
    await expect(flushed).resolves.toBe(false);
  });
});

describe("conflict (the note changed elsewhere)", () => {
  const conflict: Answer = { ok: false, code: "CONFLICT", message: "This note was changed in another tab." };

  it("reports the server's message and stops autosave for good", async () => {
    const t = setUp(4);
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await t.request(0).answer(conflict);
    expect(t.states).toEqual([{ kind: "pending" }, { kind: "saving" }, { kind: "conflict", message: "This note was changed in another tab." }]);
    expect(t.saver.currentVersion()).toBe(4);

    // No retry, no save on further typing, on flush, or on release after signing.
    await vi.advanceTimersByTimeAsync(RETRY_MS * 4);
    t.type("Eviction notice");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS * 2);
    await expect(t.saver.flush()).resolves.toBe(false);
    t.saver.hold(true);
    t.saver.hold(false);
    await settle();
    expect(t.send).toHaveBeenCalledTimes(1);
    expect(t.states).toHaveLength(3);
    // Nothing is left for autosave to send, but the typed text is on this page only: leaving asks.
    expect(t.saver.isDirty()).toBe(false);
    expect(t.saver.hasUnsavedText()).toBe(true);
  });

  it("a save queued behind the conflicting one is dropped", async () => {
    const t = setUp();
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    t.type("Eviction notice");
    const flushed = t.saver.flush();
    await t.request(0).answer(conflict);
    await expect(flushed).resolves.toBe(false);
    expect(t.send).toHaveBeenCalledTimes(1);
  });
});

describe("failures", () => {
  it("a network failure keeps the text, says so, and retries the same values and version after 15 s", async () => {
    const t = setUp(4);
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await t.request(0).fail(new TypeError("Failed to fetch"));
    expect(t.states).toEqual([{ kind: "pending" }, { kind: "saving" }, { kind: "failed", message: UNREACHABLE }]);
    expect(t.saver.isDirty()).toBe(true);
    expect(t.saver.currentVersion()).toBe(4);

    await vi.advanceTimersByTimeAsync(RETRY_MS - 1);
    expect(t.send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.send).toHaveBeenCalledTimes(2);
    expect(t.request(1)).toMatchObject({ values: formWith("Eviction"), version: 4 });
    await t.request(1).answer(ok(5));
    expect(t.lastState()).toEqual({ kind: "saved", at: "2:14 PM" });
    expect(t.saver.currentVersion()).toBe(5);
  });

  it("an error answer shows the server's message and is retried too", async () => {
    const t = setUp(4);
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await t.request(0).answer({ ok: false, code: "INTERNAL", message: "Something went wrong on our side." });
    expect(t.lastState()).toEqual({ kind: "failed", message: "Something went wrong on our side." });
    await vi.advanceTimersByTimeAsync(RETRY_MS);
    expect(t.send).toHaveBeenCalledTimes(2);
    expect(t.request(1).version).toBe(4);
  });

  it("keeps retrying every 15 s while the server stays unreachable", async () => {
    const t = setUp();
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    for (let i = 0; i < 3; i += 1) {
      await t.request(i).fail(new TypeError("Failed to fetch"));
      await vi.advanceTimersByTimeAsync(RETRY_MS);
    }
    expect(t.send).toHaveBeenCalledTimes(4);
  });

  it("typing after a failure saves after the usual pause, not the retry period", async () => {
    const t = setUp(4);
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await t.request(0).fail(new TypeError("Failed to fetch"));
    t.type("Eviction notice");
    expect(t.lastState()).toEqual({ kind: "pending" });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.send).toHaveBeenCalledTimes(2);
    expect(t.request(1)).toMatchObject({ values: formWith("Eviction notice"), version: 4 });
    await t.request(1).answer(ok(5));
    // The retry timer was replaced, not added to.
    await vi.advanceTimersByTimeAsync(RETRY_MS * 2);
    expect(t.send).toHaveBeenCalledTimes(2);
  });

  it("invalid fields: nothing is sent, the fields are pointed at, and only the next change tries again", async () => {
    const t = setUp(4);
    t.validate.mockResolvedValueOnce(false);
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.states).toEqual([{ kind: "pending" }, { kind: "failed", message: NEEDS_ATTENTION }]);
    await vi.advanceTimersByTimeAsync(RETRY_MS * 4);
    expect(t.send).not.toHaveBeenCalled();
    expect(t.validate).toHaveBeenCalledTimes(1);

    t.type("Eviction notice");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.validate).toHaveBeenCalledTimes(2);
    expect(t.send).toHaveBeenCalledTimes(1);
    expect(t.request(0)).toMatchObject({ values: formWith("Eviction notice"), version: 4 });
  });

  it("flush with invalid fields resolves false without a request", async () => {
    const t = setUp();
    t.validate.mockResolvedValueOnce(false);
    t.type("Eviction");
    await expect(t.saver.flush()).resolves.toBe(false);
    expect(t.send).not.toHaveBeenCalled();
  });
});

describe("offline or signed out", () => {
  const offline: Answer = { ok: false, code: "OFFLINE", message: "You are offline, so nothing was sent." };

  it("says why, does not retry on a timer, and sends the kept text as soon as the connection is back", async () => {
    const t = setUp(4);
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await t.request(0).answer(offline);
    expect(t.lastState()).toEqual({ kind: "failed", message: "You are offline, so nothing was sent." });
    await vi.advanceTimersByTimeAsync(RETRY_MS * 4);
    expect(t.send).toHaveBeenCalledTimes(1);
    expect(t.saver.isDirty()).toBe(true);
    t.saver.resume();
    await settle();
    expect(t.send).toHaveBeenCalledTimes(2);
    expect(t.request(1)).toMatchObject({ values: formWith("Eviction"), version: 4 });
    await t.request(1).answer(ok(5));
    expect(t.lastState()).toEqual({ kind: "saved", at: "2:14 PM" });
  });

  it("resuming with nothing unsaved sends nothing", async () => {
    const t = setUp();
    t.saver.resume();
    await settle();
    expect(t.send).not.toHaveBeenCalled();
  });
});

describe("hold while signing", () => {
  it("a save that falls due while held is not sent; releasing sends it at once", async () => {
    const t = setUp(4);
    t.type("Eviction");
    t.saver.hold(true);
    await vi.advanceTimersByTimeAsync(RETRY_MS * 2);
    expect(t.send).not.toHaveBeenCalled();
    expect(t.validate).not.toHaveBeenCalled();

    t.saver.hold(false);
    await settle();
    expect(t.send).toHaveBeenCalledTimes(1);
    expect(t.request(0)).toMatchObject({ values: formWith("Eviction"), version: 4 });
  });

  it("flush while held resolves false and sends nothing", async () => {
    const t = setUp();
    t.type("Eviction");
    t.saver.hold(true);
    await expect(t.saver.flush()).resolves.toBe(false);
    expect(t.send).not.toHaveBeenCalled();
  });

  it("releasing with everything saved sends nothing", async () => {
    const t = setUp();
    t.saver.hold(true);
    t.saver.hold(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.send).not.toHaveBeenCalled();
    expect(t.states).toEqual([]);
  });
});

describe("dispose", () => {
  it("cancels a save that has not started", async () => {
    const t = setUp();
    t.type("Eviction");
    t.saver.dispose();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.send).not.toHaveBeenCalled();
  });
});

describe("status when the text goes back to what is saved", () => {
  it("typing and undoing it reports saved again, not 'unsaved changes' for good, and sends nothing", async () => {
    const t = setUp();
    t.type("E");
    t.type("");
    await settle();
    expect(t.states).toEqual([{ kind: "pending" }, { kind: "saved", at: null }]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.send).not.toHaveBeenCalled();
    expect(t.states).toHaveLength(2);
  });

  it("after a save, undoing later typing reports the time of that save", async () => {
    const t = setUp(4);
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await t.request(0).answer(ok(5));
    t.setClock("2:20 PM");
    t.type("Eviction notice");
    t.type("Eviction");
    await settle();
    expect(t.lastState()).toEqual({ kind: "saved", at: "2:14 PM" });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.send).toHaveBeenCalledTimes(1);
  });

  it("after a failed save, undoing the edit clears the failure and the retry sends nothing", async () => {
    const t = setUp();
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await t.request(0).fail(new TypeError("Failed to fetch"));
    t.type("");
    await settle();
    expect(t.lastState()).toEqual({ kind: "saved", at: null });
    await vi.advanceTimersByTimeAsync(RETRY_MS * 2);
    expect(t.send).toHaveBeenCalledTimes(1);
  });

  it("after invalid fields, undoing the edit clears the message", async () => {
    const t = setUp();
    t.validate.mockResolvedValueOnce(false);
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.lastState()).toEqual({ kind: "failed", message: NEEDS_ATTENTION });
    t.type("");
    await settle();
    expect(t.lastState()).toEqual({ kind: "saved", at: null });
  });

  it("undoing while a save is out waits for its answer, then saves the undone text", async () => {
    const t = setUp(4);
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    t.type("");
    await settle();
    // Not "saved" while the request is out: the server is about to hold "Eviction".
    expect(t.lastState()).toEqual({ kind: "saving" });
    await t.request(0).answer(ok(5));
    expect(t.send).toHaveBeenCalledTimes(2);
    expect(t.request(1)).toMatchObject({ values: formWith(""), version: 5 });
    await t.request(1).answer(ok(6));
    expect(t.lastState()).toEqual({ kind: "saved", at: "2:14 PM" });
  });

  it("after a conflict, undoing does not hide the conflict", async () => {
    const t = setUp();
    t.type("Eviction");
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    await t.request(0).answer({ ok: false, code: "CONFLICT", message: "Changed elsewhere." });
    t.type("");
    await settle();
    expect(t.lastState()).toEqual({ kind: "conflict", message: "Changed elsewhere." });
  });
});
