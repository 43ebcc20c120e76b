// A real HTTP server on 127.0.0.1 that plays an OpenAI-compatible server (llama-server, vLLM, Ollama) with
// scripted behaviour per test: streams split anywhere, keep-alive comments, errors mid-stream, dropped
// connections, slow and stalled streams, HTTP errors. It records every request it received.
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body as JSON (undefined when it is not JSON). */
  json: unknown;
  /** Resolves when the connection of this request closed; `closedEarly` then says whether the client hung up. */
  closed: Promise<void>;
  /** True when the client closed the request before the server finished its reply (Stop, timeouts). */
  closedEarly: boolean;
}

export type FakeHandler = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>;

/** One step of a scripted reply body. */
export type StreamStep =
  | string
  | Buffer
  | { delayMs: number }
  /** Destroy the connection here (the server "dies" mid-answer). */
  | { destroy: true }
  /** Send nothing more and keep the connection open (a stalled stream). */
  | { hang: true };

export class FakeOpenAiServer {
  readonly requests: RecordedRequest[] = [];
  private readonly routes = new Map<string, FakeHandler>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeOpenAiServer> {
    let fake: FakeOpenAiServer | null = null;
    const server = createServer((req, res) => {
      void fake?.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeOpenAiServer(server, `http://127.0.0.1:${port}`);
    return fake;
  }

  /** Sets the reply for `METHOD /path` (e.g. 'POST /v1/completions'); unknown routes answer 404. */
  on(route: string, handler: FakeHandler): this {
    this.routes.set(route, handler);
    return this;
  }

  /** Requests received for one path, oldest first. */
  requestsTo(path: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      json = undefined;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    let markClosed = (): void => {};
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      headers: req.headers,
      body,
      json,
      closed: new Promise<void>((resolve) => (markClosed = resolve)),
      closedEarly: false,
    };
    res.on('close', () => {
      recorded.closedEarly = !res.writableFinished;
      markClosed();
    });
    this.requests.push(recorded);
    const handler = this.routes.get(`${recorded.method} ${path}`);
    if (!handler) {
      sendJson(res, 404, { error: { code: 404, message: 'File Not Found', type: 'not_found_error' } });
      return;
    }
    try {
      await handler(recorded, res);
    } catch (error) {
      if (!res.headersSent) sendJson(res, 500, { error: { code: 500, message: String(error), type: 'server_error' } });
      else res.destroy();
    }
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

/** A reply that plays `steps` as a text/event-stream body, then ends it (unless a step destroyed or hung). */
export function streamReply(steps: readonly StreamStep[], options: { headersDelayMs?: number } = {}): FakeHandler {
  return async (request, res) => {
    if (options.headersDelayMs) await delay(options.headersDelayMs);
    if (res.destroyed) return;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.flushHeaders();
    for (const step of steps) {
      if (res.destroyed) return;
      if (typeof step === 'string' || Buffer.isBuffer(step)) {
        res.write(step);
      } else if ('delayMs' in step) {
        await delay(step.delayMs);
      } else if ('destroy' in step) {
        res.socket?.destroy();
        return;
      } else {
        await request.closed; // hang until the client gives up
        return;
      }
    }
    res.end();
  };
}

/** A reply that never sends headers (the server accepted the connection and then said nothing). */
export function silentReply(): FakeHandler {
  return async (request) => {
    await request.closed;
  };
}

/** One SSE event carrying `payload` as JSON (or a raw data string such as '[DONE]'). */
export function sseEvent(payload: unknown): string {
  return `data: ${typeof payload === 'string' ? payload : JSON.stringify(payload)}\n\n`;
}

export interface ChunkOptions {
  finishReason?: 'stop' | 'length' | null;
  /** Adds a usage chunk (as with stream_options.include_usage). */
  usage?: { prompt_tokens: number; completion_tokens: number };
  /** Ends with `data: [DONE]` (default true). */
  done?: boolean;
  model?: string;
}

/** The SSE body of a /v1/completions stream that sends `pieces` one per event (llama-server/vLLM shape). */
export function completionStream(pieces: readonly string[], options: ChunkOptions = {}): string {
  const model = options.model ?? 'tiny';
  const base = { id: 'cmpl-1', object: 'text_completion', created: 1, model };
  let body = '';
  for (const text of pieces) {
    body += sseEvent({ ...base, choices: [{ text, index: 0, logprobs: null, finish_reason: null }] });
  }
  const finish = options.finishReason === undefined ? 'stop' : options.finishReason;
  if (finish !== null)
    body += sseEvent({ ...base, choices: [{ text: '', index: 0, logprobs: null, finish_reason: finish }] });
  if (options.usage) body += sseEvent({ ...base, choices: [], usage: { ...options.usage, total_tokens: 0 } });
  if (options.done ?? true) body += sseEvent('[DONE]');
  return body;
}

/** The SSE body of a /v1/chat/completions stream. */
export function chatStream(pieces: readonly string[], options: ChunkOptions = {}): string {
  const model = options.model ?? 'tiny';
  const base = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model };
  let body = sseEvent({
    ...base,
    choices: [{ index: 0, delta: { role: 'assistant', content: null }, finish_reason: null }],
  });
  for (const content of pieces) {
    body += sseEvent({ ...base, choices: [{ index: 0, delta: { content }, finish_reason: null }] });
  }
  const finish = options.finishReason === undefined ? 'stop' : options.finishReason;
  if (finish !== null) body += sseEvent({ ...base, choices: [{ index: 0, delta: {}, finish_reason: finish }] });
  if (options.usage) body += sseEvent({ ...base, choices: [], usage: { ...options.usage, total_tokens: 0 } });
  if (options.done ?? true) body += sseEvent('[DONE]');
  return body;
}

/** `text` as UTF-8 bytes cut at the given byte offsets (anywhere: inside a character, inside `data:`). */
export function splitBytes(text: string, offsets: readonly number[]): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  const cuts = [...new Set(offsets.filter((at) => at > 0 && at < bytes.length))].sort((a, b) => a - b);
  const parts: Buffer[] = [];
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    parts.push(bytes.subarray(start, cut));
    start = cut;
  }
  return parts;
}

/** Every single byte of `text` as its own write, with a pause between them so each reaches the client apart. */
export function byteByByte(text: string, pauseEvery = 1, pauseMs = 0): StreamStep[] {
  const steps: StreamStep[] = [];
  const bytes = Buffer.from(text, 'utf8');
  for (let index = 0; index < bytes.length; index++) {
    steps.push(bytes.subarray(index, index + 1));
    if (pauseMs > 0 && (index + 1) % pauseEvery === 0) steps.push({ delayMs: pauseMs });
  }
  return steps;
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
