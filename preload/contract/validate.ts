// Boundary checks main runs on every incoming payload before any service sees it.
import { LIMITS } from './limits';
import { invokeChannels, isInvokeChannel, type InvokeChannel, type ParsedRequest } from './channels';
import { ApiError } from './envelope';
import { payloadProblem } from './payload-guard';

/** Longest error message sent back: a refused payload is never echoed whole (keys can be huge). */
const MESSAGE_CHARS = 300;

/** Parses a raw payload for a channel, or throws ApiError('invalid_payload') naming the problem. */
export function parseRequest<C extends InvokeChannel>(channel: C, raw: unknown): ParsedRequest<C>;
export function parseRequest(channel: unknown, raw: unknown): never;
export function parseRequest(channel: unknown, raw: unknown): unknown {
  if (!isInvokeChannel(channel)) throw invalid(`unknown channel ${String(channel).slice(0, 64)}`);
  // Size, depth, prototype keys and non-data values first, so zod only ever walks small plain data.
  const problem = payloadProblem(raw, { bytes: LIMITS.payloadBytes, depth: LIMITS.payloadDepth });
  if (problem) throw invalid(`${channel}: ${problem}`);
  let result;
  try {
    result = invokeChannels[channel].request.safeParse(raw);
  } catch {
    // A value that changes or throws while being read (getters, proxies): refuse it like any bad input.
    throw invalid(`${channel}: payload could not be read`);
  }
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'payload';
    throw invalid(`${channel}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

function invalid(message: string): ApiError {
  const short = message.length > MESSAGE_CHARS ? `${message.slice(0, MESSAGE_CHARS)}…` : message;
  return new ApiError('invalid_payload', printable(short));
}

/**
 * The message with control characters and unpaired surrogates (echoed from a bad key, or half a
 * pair cut by the slice) shown as U+FFFD, so the renderer always gets clean, displayable text.
 */
function printable(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const control = unit < 0x20 || unit === 0x7f;
    const unpaired = unit >= 0xd800 && unit <= 0xdfff && !isPairedSurrogate(text, i);
    out += control || unpaired ? '\uFFFD' : text[i];
  }
  return out;
}

function isPairedSurrogate(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (unit <= 0xdbff) return (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00;
  return (text.charCodeAt(index - 1) & 0xfc00) === 0xd800;
}
