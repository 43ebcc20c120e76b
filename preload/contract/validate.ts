// Boundary checks main runs on every incoming payload before any service sees it.
import { LIMITS } from './limits';
import { invokeChannels, isInvokeChannel, type InvokeChannel, type ParsedRequest } from './channels';
import { ApiError } from './envelope';

/** Byte size of a payload as it would be serialized; Infinity for values JSON cannot represent. */
export function payloadSize(payload: unknown): number {
  try {
    const json = JSON.stringify(payload);
    return json === undefined ? 0 : new TextEncoder().encode(json).byteLength;
  } catch {
    return Infinity;
  }
}

/** Parses a raw payload for a channel, or throws ApiError('invalid_payload') naming the problem. */
export function parseRequest<C extends InvokeChannel>(channel: C, raw: unknown): ParsedRequest<C>;
export function parseRequest(channel: unknown, raw: unknown): never;
export function parseRequest(channel: unknown, raw: unknown): unknown {
  if (!isInvokeChannel(channel))
    throw new ApiError('invalid_payload', `unknown channel ${String(channel).slice(0, 64)}`);
  const size = payloadSize(raw);
  if (size > LIMITS.payloadBytes) {
    throw new ApiError(
      'invalid_payload',
      `${channel}: payload too large (${size} bytes, limit ${LIMITS.payloadBytes})`,
    );
  }
  const result = invokeChannels[channel].request.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'payload';
    throw new ApiError('invalid_payload', `${channel}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
