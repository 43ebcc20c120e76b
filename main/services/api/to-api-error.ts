// Translates errors services throw on purpose into the contract's typed error codes.
import { ApiError } from '../../../preload/contract/envelope';
import { EngineUnsupportedError } from '../engine/engine';
import { RemoteEngineError } from '../remote-engine/errors';
import { StoreNotFoundError, StoreStateError, StoreValidationError } from '../store';

/** Returns the typed error for an expected failure, or null for a bug (reported as 'internal'). */
export function toApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (error instanceof StoreNotFoundError) return new ApiError('not_found', error.message);
  if (error instanceof StoreValidationError) return new ApiError('invalid_payload', error.message);
  if (error instanceof StoreStateError) return new ApiError('conflict', error.message);
  // A server that failed (its messages say which server and why, never the API key) or lacks a feature.
  if (error instanceof RemoteEngineError || error instanceof EngineUnsupportedError) {
    return new ApiError('model_unavailable', error.message);
  }
  return null;
}
