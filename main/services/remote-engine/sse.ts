// Server-sent events of an OpenAI-compatible stream: bytes in (split anywhere, even inside a UTF-8 character
// or a field name), events and keep-alive comments out; then what each event means for the answer.
import { createParser, type EventSourceParser } from 'eventsource-parser';

export type SseItem = { kind: 'event'; event: string | undefined; data: string } | { kind: 'comment'; text: string };

export class SseDecoder {
  // stream: true keeps a multi-byte character split across chunks until its last byte arrives.
  private readonly text = new TextDecoder('utf-8');
  private readonly parser: EventSourceParser;
  private items: SseItem[] = [];

  constructor() {
    this.parser = createParser({
      onEvent: (message) => this.items.push({ kind: 'event', event: message.event, data: message.data }),
      onComment: (comment) => this.items.push({ kind: 'comment', text: comment }),
    });
  }

  /** Feeds the next bytes; returns the events and comments they completed. */
  push(bytes: Uint8Array): SseItem[] {
    this.parser.feed(this.text.decode(bytes, { stream: true }));
    return this.take();
  }

  /** The stream ended: an event without its closing blank line is dropped, as the SSE standard says. */
  end(): SseItem[] {
    const rest = this.text.decode();
    if (rest !== '') this.parser.feed(rest);
    this.parser.reset();
    return this.take();
  }

  private take(): SseItem[] {
    const items = this.items;
    this.items = [];
    return items;
  }
}

/** What one event of an OpenAI-compatible stream says. */
export type StreamEvent =
  | { type: 'done' }
  | { type: 'error'; message: string; status: number | null }
  | { type: 'payload'; payload: Record<string, unknown> }
  | { type: 'invalid'; data: string };

export function interpretEvent(event: string | undefined, data: string): StreamEvent {
  if (data.trim() === '[DONE]') return { type: 'done' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return event === 'error' ? { type: 'error', message: data, status: null } : { type: 'invalid', data };
  }
  if (!isRecord(parsed)) return { type: 'invalid', data };
  if (event === 'error' || parsed.error !== undefined) return { type: 'error', ...errorBodyOf(parsed) };
  return { type: 'payload', payload: parsed };
}

/**
 * The message and status in a server's error body: llama-server and newer vLLM send {error: {message, code}},
 * older vLLM {object: 'error', message, code}, Ollama {error: 'text'}.
 */
export function errorBodyOf(body: unknown): { message: string; status: number | null } {
  if (!isRecord(body)) return { message: '', status: null };
  const inner = body.error;
  if (typeof inner === 'string') return { message: inner, status: statusOf(body.code) };
  const source = isRecord(inner) ? inner : body;
  const message = typeof source.message === 'string' ? source.message : '';
  return { message, status: statusOf(source.code) };
}

function statusOf(code: unknown): number | null {
  return typeof code === 'number' && Number.isInteger(code) && code >= 100 && code <= 599 ? code : null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
