// The live region's text as a tiny store. Each message first empties the region, then fills it a moment
// later: screen readers announce a change of text, so the same message twice in a row is still heard.

/** Long enough for the empty region to be seen by the accessibility tree before the text arrives. */
export const ANNOUNCE_DELAY_MS = 100;

export interface Announcer {
  announce(message: string): void;
  /** The region's current text. */
  current(): string;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createAnnouncer(timers: Timers = realTimers): Announcer {
  let text = '';
  let pending: unknown = null;
  const listeners = new Set<() => void>();
  const setText = (next: string) => {
    if (next === text) return;
    text = next;
    for (const listener of listeners) listener();
  };
  const cancel = () => {
    if (pending !== null) timers.clear(pending);
    pending = null;
  };
  return {
    announce(message) {
      const trimmed = message.trim();
      if (trimmed === '') return;
      cancel(); // a newer message replaces one still waiting
      setText('');
      pending = timers.set(() => {
        pending = null;
        setText(trimmed);
      }, ANNOUNCE_DELAY_MS);
    },
    current: () => text,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      cancel();
      listeners.clear();
    },
  };
}
