// Options of the model host client and of one generate call.
import type { HostLauncher } from './host-process';

export interface ModelHostClientOptions {
  launcher: HostLauncher;
  /** Delay before each restart after a crash; the last value repeats. */
  restartBackoffMs?: number[];
  pingIntervalMs?: number;
  /** No pong for this long means the host hangs: it is killed and treated as crashed. */
  hangTimeoutMs?: number;
  /** Crashes in a row (no successful load in between) before giving up with 'unavailable'. */
  maxConsecutiveFailures?: number;
  /** A host that has not said 'ready' after this long is killed and treated as crashed. */
  startTimeoutMs?: number;
  /** Receives every host log/output line (for the app's log file). */
  onHostLog?: (line: string) => void;
}

export interface GenerateOptions {
  signal?: AbortSignal;
  onDelta?: (text: string) => void;
}
