import { type CallResult, isInterruption } from "@/lib/action-result";
import type { NoteFormValues } from "@/lib/validation/session";

export type SaveState =
  | { kind: "saved"; at: string | null }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "failed"; message: string }
  | { kind: "conflict"; message: string };

// Long enough not to save on every keystroke, short enough that a closed laptop loses little.
const DEBOUNCE_MS = 3000;
// After a network or server failure, try again even if nothing else is typed.
const RETRY_MS = 15000;

type Deps = {
  getValues: () => NoteFormValues;
  /** Client-side check with the form's zod schema; false leaves the errors on the fields. */
  validate: () => Promise<boolean>;
  /** Through `callAction`: offline or signed out, it answers with an interruption, never throws. */
  send: (values: NoteFormValues, version: number) => Promise<CallResult<{ version: number }>>;
  onState: (state: SaveState) => void;
  /** "2:14 PM" in the practice zone, for "Saved at …". */
  clock: () => string;
};

/**
 * Autosave of a draft, outside React so its timers and queue are plain code. One request at a
 * time, in order, with optimistic locking. A failure never touches the form's values: the next
 * change (or the retry) sends them again. A conflict stops autosave for good.
 */
export class DraftSaver {
  private version: number;
  private savedJson: string;
  private savedAt: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<boolean> = Promise.resolve(true);
  private stopped = false;
  private held = false;

  constructor(private readonly deps: Deps, version: number) {
    this.version = version;
    this.savedJson = JSON.stringify(deps.getValues());
  }

  /** Changes autosave still has to send (none once a conflict stopped it). */
  isDirty = (): boolean => !this.stopped && this.hasUnsavedText();

  /**
   * The form differs from what the server holds, whether or not autosave may still send it: after a
   * conflict the clinician's text lives only on this page, so leaving it must still ask.
   */
  hasUnsavedText = (): boolean => JSON.stringify(this.deps.getValues()) !== this.savedJson;

  currentVersion = (): number => this.version;

  /** Any change to the form: save once the typing pauses. */
  changed = (): void => {
    // Typed and undone: the status must not stay "unsaved" or "failed". Queued, so a request in
    // flight answers first; nothing is sent when the values are still the saved ones.
    if (!this.isDirty()) {
      void this.save();
      return;
    }
    this.deps.onState({ kind: "pending" });
    this.schedule(DEBOUNCE_MS);
  };

  /** Saves now if anything changed (on blur, before signing). True when everything is saved. */
  flush = (): Promise<boolean> => (this.isDirty() ? this.save() : this.queue.then(() => !this.stopped && !this.isDirty()));

  /** Holds autosave while signing so no save races the signature; released if signing fails. */
  hold = (on: boolean): void => {
    this.held = on;
    if (!on && this.isDirty()) void this.save();
  };

  /** The connection is back (online again, or signed in again): send what is waiting now. */
  resume = (): void => {
    if (this.isDirty()) void this.save();
  };

  dispose = (): void => clearTimeout(this.timer);

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), ms);
  }

  /** Queued behind any request in flight, so versions are never sent out of order. */
  private save(): Promise<boolean> {
    clearTimeout(this.timer);
    this.queue = this.queue.then(this.run, this.run);
    return this.queue;
  }

  private run = async (): Promise<boolean> => {
    if (this.stopped || this.held) return false;
    const values = this.deps.getValues();
    const json = JSON.stringify(values);
    if (json === this.savedJson) {
      this.deps.onState({ kind: "saved", at: this.savedAt });
      return true;
    }
    if (!(await this.deps.validate())) {
      this.deps.onState({ kind: "failed", message: "some fields need attention (marked in red)." });
      return false;
    }
    this.deps.onState({ kind: "saving" });
    let result: CallResult<{ version: number }> | null = null;
    try {
      result = await this.deps.send(values, this.version);
    } catch {
      // Network down or server gone: the values stay in the form.
    }
    if (result?.ok) {
      this.version = result.data.version;
      this.savedJson = json;
      this.savedAt = this.deps.clock();
      const clean = !this.isDirty();
      this.deps.onState(clean ? { kind: "saved", at: this.savedAt } : { kind: "pending" });
      if (!clean) this.schedule(DEBOUNCE_MS);
      return clean;
    }
    if (result?.code === "CONFLICT") {
      this.stopped = true;
      this.deps.onState({ kind: "conflict", message: result.message });
      return false;
    }
    this.deps.onState({ kind: "failed", message: result?.message ?? "the server could not be reached. Your text is still here." });
    // Offline or signed out, `resume` sends it once the connection is back; a retry now would
    // only fail again. Anything else is retried after a while.
    if (!result || !isInterruption(result)) this.schedule(RETRY_MS);
    return false;
  };
}
