// Errors the model host client rejects with; each names what happened in words a user can act on.
import type { HostExitInfo } from './host-process';
import type { HostErrorCode } from './protocol';

export class ModelHostError extends Error {
  override name = 'ModelHostError';
}

/** The host process died or hung; the request was lost. The client restarts the host itself. */
export class HostCrashedError extends ModelHostError {
  override name = 'HostCrashedError';
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly signal: string | null,
    readonly logTail: string[],
  ) {
    super(message);
  }
}

/** The model (or LoRA) file could not be loaded; the host itself is fine. */
export class ModelLoadError extends ModelHostError {
  override name = 'ModelLoadError';
  constructor(
    message: string,
    readonly log: string[],
  ) {
    super(message);
  }
}

/** Nothing is loaded (or the host gave up after repeated crashes). */
export class NoModelLoadedError extends ModelHostError {
  override name = 'NoModelLoadedError';
}

/** The host answered a request with an error (busy conversation, generation failure, ...). */
export class HostRequestError extends ModelHostError {
  override name = 'HostRequestError';
  constructor(
    message: string,
    readonly code: string,
    readonly log: string[] = [],
  ) {
    super(message);
  }
}

/** A scoring request was stopped by its caller. */
export class ScoringAbortedError extends ModelHostError {
  override name = 'ScoringAbortedError';
}

/** The client was disposed while the request was in flight. */
export class HostDisposedError extends ModelHostError {
  override name = 'HostDisposedError';
}

/** The error a request is rejected with when the host answers it with an error reply. */
export function errorFromHostReply(code: HostErrorCode, message: string, log: string[]): ModelHostError {
  if (code === 'LOAD_FAILED') return new ModelLoadError(message, log);
  if (code === 'NO_MODEL') return new NoModelLoadedError(message);
  return new HostRequestError(message, code, log);
}

const CRASH_LOG_LINES = 8;
const LOG_MARKER = ' Last log lines:';

/** The error for a host that exited on its own or was killed: how it died and its last log lines. */
export function hostExitError(info: HostExitInfo, killReason: string | null, hostLog: string[]): HostCrashedError {
  const how = info.signal ? `signal ${info.signal}` : `exit code ${info.code ?? 'unknown'}`;
  const head = killReason
    ? `The model host ${killReason} and was killed (${how}).`
    : `The model host crashed (${how}).`;
  // The client's own lines ("killing it") say nothing about why the host died.
  const tail = hostLog.filter((line) => !line.startsWith('[client]')).slice(-CRASH_LOG_LINES);
  const message = tail.length ? `${head}${LOG_MARKER}\n${tail.join('\n')}` : head;
  return new HostCrashedError(message, info.code, info.signal, tail);
}

/** The first line of a crash message: the status shows one line; the log tail stays on the error. */
export function crashSummary(error: HostCrashedError): string {
  return error.message.split(LOG_MARKER)[0] ?? error.message;
}

/** The message of a thrown value, whatever was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
