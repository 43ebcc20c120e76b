// HTTP to an OpenAI-compatible server with Node's own fetch: streaming requests with first-byte and stall
// timeouts, abort by closing the request, JSON probes. The only network code of the remote engine.
import { RemoteEngineError, redact } from './errors';
import { connectionError, httpError } from './http-errors';
import { errorBodyOf, interpretEvent, SseDecoder } from './sse';
import { endpointUrl, type ServerAddress } from './url-policy';

export interface RemoteTimeouts {
  /** From sending an answer request until the server starts to reply (it may queue and read the prompt first). */
  firstByteMs: number;
  /** Longest silence between two pieces of a streaming reply (keep-alive comments count as life). */
  stallMs: number;
  /** A whole probe: /health, /v1/models, /tokenize, /lora-adapters. */
  probeMs: number;
}

export const DEFAULT_TIMEOUTS: Readonly<RemoteTimeouts> = Object.freeze({
  firstByteMs: 120_000,
  stallMs: 60_000,
  probeMs: 10_000,
});

export interface OpenAiClientOptions {
  address: ServerAddress;
  /** Sent as `Authorization: Bearer …`; never logged, never in an error message. */
  apiKey: string | null;
  fetch?: typeof fetch;
  timeouts?: Partial<RemoteTimeouts>;
}

/** How a stream ended: `[DONE]`, the connection closed cleanly without it, or the caller aborted. */
export type StreamEnd = 'done' | 'eof' | 'aborted';

export interface StreamOptions {
  signal?: AbortSignal;
  /** Each JSON payload of the stream (a non-streaming JSON reply arrives as one payload). */
  onPayload: (payload: Record<string, unknown>) => void;
}

export interface JsonReply {
  status: number;
  body: unknown;
  headers: Headers;
}

/** Aborts a request when a timer runs out; remembers which timer it was. */
class Deadline {
  readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  expired: 'timeout' | 'stalled' | null = null;
  /** The length of the timer armed last, for messages. */
  ms = 0;

  arm(ms: number, kind: 'timeout' | 'stalled'): void {
    this.clear();
    this.ms = ms;
    this.timer = setTimeout(() => {
      this.expired = kind;
      this.controller.abort();
    }, ms);
  }

  clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Ends the request (closes the connection when the body is still open). */
  close(): void {
    this.clear();
    this.controller.abort();
  }
}

export class OpenAiClient {
  readonly address: ServerAddress;
  private readonly apiKey: string | null;
  private readonly fetchImpl: typeof fetch;
  readonly timeouts: RemoteTimeouts;

  constructor(options: OpenAiClientOptions) {
    this.address = options.address;
    this.apiKey = options.apiKey;
    this.fetchImpl = options.fetch ?? fetch;
    this.timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  }

  /**
   * POSTs a streaming request and hands each payload to onPayload. Resolves 'aborted' when the caller's signal
   * stops it (the request is closed); rejects with RemoteEngineError for every failure.
   */
  async stream(path: string, body: Record<string, unknown>, options: StreamOptions): Promise<StreamEnd> {
    const { signal, onPayload } = options;
    if (signal?.aborted) return 'aborted';
    const deadline = new Deadline();
    const linked = signal ? AbortSignal.any([signal, deadline.controller.signal]) : deadline.controller.signal;
    let finished = false;
    try {
      deadline.arm(this.timeouts.firstByteMs, 'timeout');
      let response: Response;
      try {
        response = await this.fetchImpl(endpointUrl(this.address, path), {
          method: 'POST',
          headers: this.headers('text/event-stream'),
          body: JSON.stringify(body),
          signal: linked,
          redirect: 'manual',
        });
      } catch (error) {
        if (signal?.aborted) return 'aborted';
        throw this.failure(error, deadline, 'before');
      }
      deadline.arm(this.timeouts.stallMs, 'stalled');
      if (!response.ok) throw await this.errorOf(response);

      const type = response.headers.get('content-type') ?? '';
      if (/\bjson\b/i.test(type)) {
        // The server ignored stream: true and sent the whole answer at once.
        const text = await this.readText(response, signal, deadline);
        if (text === null) return 'aborted';
        const event = interpretEvent(undefined, text);
        if (event.type === 'invalid') throw this.notOpenAi('a JSON body it could not read');
        if (event.type === 'error') throw this.streamErrorEvent(event.message, event.status);
        if (event.type === 'payload') onPayload(event.payload);
        finished = true;
        return 'done';
      }
      if (!/^text\/event-stream\b/i.test(type)) throw this.notOpenAi(type === '' ? 'no content type' : type);
      if (!response.body) throw this.notOpenAi('an empty body');

      const reader = response.body.getReader();
      const decoder = new SseDecoder();
      for (;;) {
        let chunk: Awaited<ReturnType<typeof reader.read>>;
        try {
          chunk = await reader.read();
        } catch (error) {
          if (signal?.aborted) return 'aborted';
          throw this.failure(error, deadline, 'during');
        }
        const items = chunk.done ? decoder.end() : decoder.push(chunk.value);
        if (!chunk.done) deadline.arm(this.timeouts.stallMs, 'stalled');
        for (const item of items) {
          if (item.kind === 'comment') continue;
          // Named events other than errors are extensions this client does not need.
          if (item.event !== undefined && item.event !== 'message' && item.event !== 'error') continue;
          const event = interpretEvent(item.event, item.data);
          if (event.type === 'done') {
            finished = true;
            reader.cancel().catch(() => {});
            return 'done';
          }
          if (event.type === 'error') throw this.streamErrorEvent(event.message, event.status);
          if (event.type === 'invalid') throw this.notOpenAi('an event that is not JSON');
          onPayload(event.payload);
          if (signal?.aborted) return 'aborted';
        }
        if (chunk.done) {
          finished = true;
          return 'eof';
        }
      }
    } finally {
      deadline.clear();
      // Anything but a clean end (abort, error, timeout) closes the request so the server stops generating.
      if (!finished) deadline.close();
    }
  }

  /** A JSON request that resolves with whatever status came back; rejects only when no answer came. */
  async requestJson(
    method: 'GET' | 'POST',
    path: string,
    body?: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<JsonReply> {
    signal?.throwIfAborted();
    const deadline = new Deadline();
    const linked = signal ? AbortSignal.any([signal, deadline.controller.signal]) : deadline.controller.signal;
    deadline.arm(this.timeouts.probeMs, 'timeout');
    try {
      let response: Response;
      try {
        response = await this.fetchImpl(endpointUrl(this.address, path), {
          method,
          headers: this.headers('application/json', body !== undefined),
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal: linked,
          redirect: 'manual',
        });
      } catch (error) {
        signal?.throwIfAborted();
        throw this.failure(error, deadline, 'before');
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        signal?.throwIfAborted();
        throw this.failure(error, deadline, 'during');
      }
      return { status: response.status, body: parseJson(text) ?? text, headers: response.headers };
    } finally {
      deadline.close();
    }
  }

  /** The RemoteEngineError for a non-2xx JSON reply. */
  errorOfReply(reply: JsonReply): RemoteEngineError {
    const { message } = errorBodyOf(reply.body);
    const text = message !== '' ? message : typeof reply.body === 'string' ? reply.body : '';
    return httpError(reply.status, text, reply.headers.get('retry-after'), this.context());
  }

  private headers(accept: string, hasBody = true): Record<string, string> {
    return {
      accept,
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...(this.apiKey ? { authorization: `Bearer ${this.apiKey}` } : {}),
    };
  }

  private async errorOf(response: Response): Promise<RemoteEngineError> {
    let text = '';
    try {
      text = await response.text();
    } catch {
      // The status alone still says what went wrong.
    }
    return this.errorOfReply({ status: response.status, body: parseJson(text) ?? text, headers: response.headers });
  }

  /** The body as text, or null when the caller aborted meanwhile. */
  private async readText(
    response: Response,
    signal: AbortSignal | undefined,
    deadline: Deadline,
  ): Promise<string | null> {
    try {
      return await response.text();
    } catch (error) {
      if (signal?.aborted) return null;
      throw this.failure(error, deadline, 'during');
    }
  }

  private failure(error: unknown, deadline: Deadline, when: 'before' | 'during'): RemoteEngineError {
    const { host } = this.address;
    if (deadline.expired === 'timeout') {
      return new RemoteEngineError(
        'timeout',
        `${host} did not answer within ${seconds(deadline.ms)}. It may be overloaded; try again later.`,
        { cause: error },
      );
    }
    if (deadline.expired === 'stalled') {
      return new RemoteEngineError(
        'stalled',
        `${host} stopped sending for ${seconds(deadline.ms)} in the middle of the answer. The part that ` +
          "arrived is kept; try again, or switch this conversation back to this computer's model.",
        { cause: error },
      );
    }
    if (when === 'before') return connectionError(error, this.context());
    return new RemoteEngineError(
      'stream_error',
      `The connection to ${host} broke in the middle of the answer. The part that arrived is kept; try again, ` +
        "or switch this conversation back to this computer's model.",
      { cause: error },
    );
  }

  private streamErrorEvent(message: string, status: number | null): RemoteEngineError {
    const said = redact(message, this.apiKey);
    const { host } = this.address;
    if (status !== null && status >= 400 && status < 500) {
      const mapped = httpError(status, message, null, this.context());
      return new RemoteEngineError(mapped.code, mapped.message, { status });
    }
    return new RemoteEngineError(
      'stream_error',
      `The server at ${host} reported an error in the middle of the answer${said === '' ? '' : `: ${said}`}. ` +
        'The part that arrived is kept; try again.',
      { status },
    );
  }

  private notOpenAi(what: string): RemoteEngineError {
    return new RemoteEngineError(
      'bad_response',
      `The server at ${this.address.host} answered with ${redact(what, this.apiKey)}, not an OpenAI-compatible ` +
        'reply. Check the address (it should point at llama-server, vLLM or Ollama).',
    );
  }

  private context(): { host: string; apiKey: string | null } {
    return { host: this.address.host, apiKey: this.apiKey };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}
