// Closing the app's services, bounded in time: a hung close must not leave an invisible process
// behind that holds the single-instance lock (relaunching would then do nothing).

export type CloseOutcome = { kind: 'closed' } | { kind: 'failed'; error: unknown } | { kind: 'timed-out' };

export interface DeadlineTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: DeadlineTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Runs `close` and settles when it does or when `deadlineMs` has passed, whichever comes first. */
export function closeWithDeadline(
  close: () => Promise<void>,
  deadlineMs: number,
  timers: DeadlineTimers = realTimers,
): Promise<CloseOutcome> {
  return new Promise((resolve) => {
    const timer = timers.setTimeout(() => resolve({ kind: 'timed-out' }), deadlineMs);
    const settle = (outcome: CloseOutcome): void => {
      timers.clearTimeout(timer);
      resolve(outcome);
    };
    let closing: Promise<void>;
    try {
      closing = close();
    } catch (error) {
      settle({ kind: 'failed', error });
      return;
    }
    closing.then(
      () => settle({ kind: 'closed' }),
      (error: unknown) => settle({ kind: 'failed', error }),
    );
  });
}
