import type { SaveState } from "./draft-saver";

export type SaveStateStore = {
  get: () => SaveState;
  set: (state: SaveState) => void;
  subscribe: (listener: () => void) => () => void;
};

const sameState = (a: SaveState, b: SaveState): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The draft's save state outside React: the autosave writes it on every keystroke ("pending"),
 * and only the save status line reads it, so typing re-renders that line (and only when the
 * state really changes), never the form around it.
 */
export function createSaveStateStore(initial: SaveState): SaveStateStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (state) => {
      if (sameState(state, current)) return;
      current = state;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
