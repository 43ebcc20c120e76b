// Error classes thrown by the store, so callers can tell "bad input" from "newer file" from "bug".

/** Base class for every error the store throws on purpose. */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The file was written by a newer app version; opening it could lose data, so we refuse. */
export class DatabaseTooNewError extends StoreError {
  constructor(
    readonly fileVersion: number,
    readonly knownVersion: number,
  ) {
    super(
      `This data file was written by a newer version of the app (schema ${fileVersion}, ` +
        `this app knows up to ${knownVersion}); refusing to open it so nothing is lost`,
    );
  }
}

/** A migration failed; the whole upgrade was rolled back, so the file still has the schema it had. */
export class MigrationError extends StoreError {
  constructor(
    readonly version: number,
    readonly migrationName: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Database migration ${version} (${migrationName}) failed and was rolled back: ${reason}`, { cause });
  }
}

/** An argument broke a documented rule (empty title, oversized content, bad id...). */
export class StoreValidationError extends StoreError {}

/** The row asked for does not exist (or is soft-deleted where that counts as gone). */
export class StoreNotFoundError extends StoreError {
  constructor(
    readonly entity: 'conversation' | 'message' | 'deck' | 'card' | 'note',
    readonly id: number,
  ) {
    super(`No ${entity} with id ${id}`);
  }
}

/** The row exists but is in the wrong state for the operation (e.g. finishing a finished answer). */
export class StoreStateError extends StoreError {}
