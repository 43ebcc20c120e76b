// Errors the model host client rejects with; each names what happened in words a user can act on.

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

/** The client was disposed while the request was in flight. */
export class HostDisposedError extends ModelHostError {
  override name = 'HostDisposedError';
}
