// Key/value settings stored as JSON and validated with zod on the way out.
import type { Database, Statement } from 'better-sqlite3';
import type { z } from 'zod';
import { StoreValidationError } from './errors';
import { assertSettingKey } from './validation';

/** Why a stored value was ignored; handed to the optional onInvalid hook for logging. */
export type InvalidSettingReason = 'invalid-json' | 'schema-mismatch';

export interface SettingsRepositoryOptions {
  onInvalid?: (key: string, reason: InvalidSettingReason, detail: string) => void;
}

export class SettingsRepository {
  private readonly getStmt: Statement<[string], { value: string }>;
  private readonly upsertStmt: Statement<[string, string]>;
  private readonly deleteStmt: Statement<[string]>;

  constructor(
    db: Database,
    private readonly options: SettingsRepositoryOptions = {},
  ) {
    this.getStmt = db.prepare(`SELECT value FROM settings WHERE key = ?`);
    this.upsertStmt = db.prepare(
      `INSERT INTO settings (key, value) VALUES (?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    );
    this.deleteStmt = db.prepare(`DELETE FROM settings WHERE key = ?`);
  }

  /**
   * The stored value if it parses and matches `schema`, otherwise `fallback`. Never throws on bad
   * stored data: a hand-edited or outdated setting must not stop the app from starting.
   */
  get<T>(key: string, schema: z.ZodType<T>, fallback: T): T {
    const row = this.getStmt.get(assertSettingKey(key));
    if (!row) return fallback;
    let parsed: unknown;
    try {
      parsed = JSON.parse(row.value);
    } catch (error) {
      this.options.onInvalid?.(key, 'invalid-json', error instanceof Error ? error.message : String(error));
      return fallback;
    }
    const result = schema.safeParse(parsed);
    if (!result.success) {
      this.options.onInvalid?.(key, 'schema-mismatch', result.error.message);
      return fallback;
    }
    return result.data;
  }

  /** Stores any JSON-serialisable value; throws StoreValidationError for undefined, functions, BigInt… */
  set(key: string, value: unknown): void {
    const settingKey = assertSettingKey(key);
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch (error) {
      throw new StoreValidationError(`Setting "${settingKey}" is not JSON-serialisable`, { cause: error });
    }
    if (json === undefined) {
      throw new StoreValidationError(`Setting "${settingKey}" is not JSON-serialisable`);
    }
    this.upsertStmt.run(settingKey, json);
  }

  /** Removes the setting so get() returns its fallback. Returns false if it was not set. */
  delete(key: string): boolean {
    return this.deleteStmt.run(assertSettingKey(key)).changes > 0;
  }
}
