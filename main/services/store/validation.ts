// Input checks shared by the repositories; each throws StoreValidationError with a readable message.
import { safetyNoticeKindSchema } from '../../../preload/contract/safety-notices';
import { StoreValidationError } from './errors';
import type { SafetyNoticeKind } from './types';

export const TITLE_MAX_CHARS = 200;
export const CONTENT_MAX_BYTES = 1024 * 1024;
export const LABEL_MAX_CHARS = 200;
export const ERROR_MAX_CHARS = 10_000;
export const QUERY_MAX_CHARS = 500;
export const LIST_LIMIT_DEFAULT = 200;
export const LIST_LIMIT_MAX = 1000;
export const SETTING_KEY_MAX_CHARS = 200;
export const ADAPTER_SCALE_MAX = 2;

/** Counts code points, not UTF-16 units, so an emoji counts as one character. */
function charCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export function assertId(value: unknown, what = 'id'): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new StoreValidationError(`${what} must be a positive integer, got ${String(value)}`);
  }
  return value;
}

/** Collapses whitespace runs (a newline in a title would break the sidebar) and trims. */
export function normalizeTitle(value: unknown): string {
  if (typeof value !== 'string') throw new StoreValidationError('Title must be a string');
  const title = value.replace(/\s+/g, ' ').trim();
  const length = charCount(title);
  if (length < 1 || length > TITLE_MAX_CHARS) {
    throw new StoreValidationError(`Title must be 1-${TITLE_MAX_CHARS} characters after trimming, got ${length}`);
  }
  return title;
}

export function assertContent(value: unknown, { allowEmpty }: { allowEmpty: boolean }): string {
  if (typeof value !== 'string') throw new StoreValidationError('Message content must be a string');
  if (!allowEmpty && value.trim() === '') {
    throw new StoreValidationError('Message content must not be empty');
  }
  // Cheap pre-check: every UTF-16 unit is at most 3 UTF-8 bytes, so short strings skip the byte count.
  if (value.length * 3 > CONTENT_MAX_BYTES) {
    const bytes = Buffer.byteLength(value, 'utf8');
    if (bytes > CONTENT_MAX_BYTES) {
      throw new StoreValidationError(
        `Message content is ${bytes} bytes; the limit is ${CONTENT_MAX_BYTES} bytes (1 MB)`,
      );
    }
  }
  return value;
}

/** Optional short label such as a model name or profile: null, or a non-blank string. */
export function assertOptionalLabel(value: unknown, what: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || value.trim() === '' || charCount(value) > LABEL_MAX_CHARS) {
    throw new StoreValidationError(
      `${what} must be null or a non-empty string of at most ${LABEL_MAX_CHARS} characters`,
    );
  }
  return value;
}

export function assertOptionalCount(value: unknown, what: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new StoreValidationError(`${what} must be null or a non-negative integer, got ${String(value)}`);
  }
  return value;
}

export function assertOptionalRate(value: unknown, what: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new StoreValidationError(`${what} must be null or a finite number >= 0, got ${String(value)}`);
  }
  return value;
}

export function assertOptionalErrorText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new StoreValidationError('error must be null or a string');
  // Keep whatever fits; a huge stack trace is not worth refusing the whole finish() for.
  return value.length > ERROR_MAX_CHARS ? value.slice(0, ERROR_MAX_CHARS) : value;
}

export function normalizeLimit(value: unknown): number {
  if (value === undefined) return LIST_LIMIT_DEFAULT;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > LIST_LIMIT_MAX) {
    throw new StoreValidationError(`limit must be an integer 1-${LIST_LIMIT_MAX}, got ${String(value)}`);
  }
  return value;
}

/** Returns the trimmed query, or null when there is nothing to search for. */
export function normalizeQuery(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new StoreValidationError('Search query must be a string');
  const query = value.trim();
  if (query === '') return null;
  if (charCount(query) > QUERY_MAX_CHARS) {
    throw new StoreValidationError(`Search query must be at most ${QUERY_MAX_CHARS} characters`);
  }
  return query;
}

export function assertSettingKey(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > SETTING_KEY_MAX_CHARS) {
    throw new StoreValidationError(
      `Setting key must be a non-empty string of at most ${SETTING_KEY_MAX_CHARS} characters`,
    );
  }
  return value;
}

/** A conversation's adapter choice: a boolean and a finite scale 0–2 (the schema CHECKs the same). */
export function assertAdapterChoice(value: unknown): { enabled: boolean; scale: number } {
  const choice = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (typeof choice.enabled !== 'boolean') throw new StoreValidationError('Adapter on/off must be true or false');
  const { scale } = choice;
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale < 0 || scale > ADAPTER_SCALE_MAX) {
    throw new StoreValidationError(
      `Adapter scale must be a number from 0 to ${ADAPTER_SCALE_MAX}, got ${String(scale)}`,
    );
  }
  return { enabled: choice.enabled, scale };
}

/** A list of distinct, known safety notice kinds (stored as a JSON array on an answer). */
export function assertNotices(value: unknown): SafetyNoticeKind[] {
  if (!Array.isArray(value)) throw new StoreValidationError('notices must be an array of notice kinds');
  const kinds = value.map((kind) => {
    const parsed = safetyNoticeKindSchema.safeParse(kind);
    if (!parsed.success) throw new StoreValidationError(`Unknown safety notice kind: ${String(kind)}`);
    return parsed.data;
  });
  return [...new Set(kinds)];
}
