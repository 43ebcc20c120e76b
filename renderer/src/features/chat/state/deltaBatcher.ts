// Coalesces token deltas so the UI updates at most once per frame instead of once per token.

export type Schedule = (callback: () => void) => () => void;

export interface DeltaBatcher {
  push(requestId: string, text: string): void;
  /** Emits everything pending right now (used before applying a final message). */
  flush(): void;
  dispose(): void;
}

export function createDeltaBatcher(schedule: Schedule, emit: (requestId: string, text: string) => void): DeltaBatcher {
  let pending = new Map<string, string>();
  let cancel: (() => void) | null = null;

  function flush(): void {
    cancel?.();
    cancel = null;
    const batch = pending;
    pending = new Map();
    for (const [requestId, text] of batch) emit(requestId, text);
  }

  return {
    push(requestId, text) {
      if (text === '') return;
      pending.set(requestId, (pending.get(requestId) ?? '') + text);
      cancel ??= schedule(flush);
    },
    flush,
    dispose() {
      cancel?.();
      cancel = null;
      pending = new Map();
    },
  };
}

/** Browser scheduler: next animation frame. */
export const animationFrameSchedule: Schedule = (callback) => {
  const id = requestAnimationFrame(callback);
  return () => cancelAnimationFrame(id);
};
