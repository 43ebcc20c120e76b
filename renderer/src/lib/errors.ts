// Turns whatever a failed API call threw into text and an optional stable code for the UI.
import type { ApiErrorCode } from '../../../preload/contract/schemas';

export interface UiError {
  message: string;
  code: ApiErrorCode | null;
}

const KNOWN_CODES: readonly ApiErrorCode[] = [
  'invalid_payload',
  'not_found',
  'conflict',
  'model_unavailable',
  'forbidden',
  'internal',
];

function isKnownCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (KNOWN_CODES as readonly string[]).includes(value);
}

/** Duck-typed rather than instanceof: errors crossing Electron's contextBridge lose their class. */
export function toUiError(error: unknown): UiError {
  if (typeof error === 'object' && error !== null) {
    const record = error as { code?: unknown; message?: unknown };
    const message = typeof record.message === 'string' && record.message.length > 0 ? record.message : null;
    return {
      message: message ?? 'Something went wrong.',
      code: isKnownCode(record.code) ? record.code : null,
    };
  }
  if (typeof error === 'string' && error.length > 0) return { message: error, code: null };
  return { message: 'Something went wrong.', code: null };
}
