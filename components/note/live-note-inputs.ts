import type { NoteFormValues, SessionMeta } from "@/lib/validation/session";

/** What the live billing panel takes from the note form: how the contact happened, the day's other services. */
export type BillingInputs = { meta: Omit<SessionMeta, "audioOnlyReason">; sameDayCodes: readonly string[] };

const current = new Map<string, BillingInputs>();
const keys = new Map<string, string>();
const listeners = new Set<() => void>();

/**
 * The note form publishes these as they are edited; the live billing panel (outside the form)
 * reads them, so it follows the form without the form re-rendering, and only when they change.
 */
export function publishBillingInputs(sessionId: string, values: NoteFormValues): void {
  // Not the audio-only reason: its text does not change the lines, and is typed key by key.
  const { modality, placeOfService, clientAtHome, contactStart } = values.meta;
  const inputs: BillingInputs = { meta: { modality, placeOfService, clientAtHome, contactStart }, sameDayCodes: values.note.sameDayCodes ?? [] };
  const key = JSON.stringify(inputs);
  if (keys.get(sessionId) === key) return;
  keys.set(sessionId, key);
  // Copies: the form keeps mutating its own value objects.
  current.set(sessionId, JSON.parse(key) as BillingInputs);
  for (const listener of listeners) listener();
}

export function subscribeBillingInputs(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export const billingInputsOf = (sessionId: string): BillingInputs | undefined => current.get(sessionId);
