// Options of the model host client and of one generate call.
import type { HostLauncher } from './host-process';

export interface ModelHostClientOptions {
  launcher: HostLauncher;
  /** Delay before each restart after a crash; the last value repeats. */
  restartBackoffMs?: number[];
  /** How often the watchdog pings the host (default 500 ms). */
  pingIntervalMs?: number;
  /** No pong for this long means the host hangs: it is killed and treated as crashed (default 2000 ms). */
  hangTimeoutMs?: number;
  /** Crashes in a row (no successful load in between) before giving up with 'unavailable'. */
  maxConsecutiveFailures?: number;
  /** A host that has not said 'ready' after this long is killed and treated as crashed. */
  startTimeoutMs?: number;
  /** After Stop, a host that has not ended the request within this long is killed (default 2000). */
  stopDeadlineMs?: number;
  /** Receives every host log/output line (for the app's log file). */
  onHostLog?: (line: string) => void;
}

export interface GenerateOptions {
  signal?: AbortSignal;
  onDelta?: (text: string) => void;
}
