// One timed answer from an OpenAI-compatible server, two ways: through the app's RemoteEngine, and directly
// (Node's fetch and a minimal SSE reader, no app code) with the very body the engine sends. Both are timed
// alike: from just before the request to the first piece of text, and from there to the end of the stream.
import type { Engine, GenerateRequest } from '../../main/services/engine';

export interface TimedAnswer {
  /** From the start of the request to the first non-empty piece of text; null when none came. */
  timeToFirstTokenMs: number | null;
  /** Tokens generated (the server's usage count when it sent one, else the pieces of text). */
  tokens: number;
  /** (tokens − 1) over the time from the first piece to the end of the stream; 0 when under two tokens. */
  tokensPerSecond: number;
  totalMs: number;
  text: string;
}

/** Tokens per second after the first token, as the app's engines report it. */
export function generationRate(tokens: number, firstAt: number | null, endAt: number): number {
  if (firstAt === null || tokens < 2 || endAt <= firstAt) return 0;
  return (tokens - 1) / ((endAt - firstAt) / 1000);
}

/** One answer through the engine, timed from outside it (its deltas as they reach the caller). */
export async function measureThroughEngine(engine: Engine, request: GenerateRequest): Promise<TimedAnswer> {
  const startedAt = performance.now();
  let firstAt: number | null = null;
  const result = await engine.generate(request, {
    onDelta: () => {
      firstAt ??= performance.now();
    },
  });
  const endAt = performance.now();
  return {
    timeToFirstTokenMs: firstAt === null ? null : firstAt - startedAt,
    tokens: result.tokens,
    tokensPerSecond: generationRate(result.tokens, firstAt, endAt),
    totalMs: endAt - startedAt,
    text: result.text,
  };
}

export interface DirectRequest {
  /** The endpoint's full URL, e.g. http://127.0.0.1:8080/v1/completions. */
  url: string;
  /** The JSON body, sent as it is. */
  body: string;
  apiKey: string | null;
  fetch?: typeof fetch;
}

/** One answer with a bare POST and a minimal SSE reader: what any client of the server would measure. */
export async function measureDirect(request: DirectRequest): Promise<TimedAnswer> {
  const fetchImpl = request.fetch ?? fetch;
  const startedAt = performance.now();
  const response = await fetchImpl(request.url, {
    method: 'POST',
    headers: {
      accept: 'text/event-stream',
      'content-type': 'application/json',
      ...(request.apiKey ? { authorization: `Bearer ${request.apiKey}` } : {}),
    },
    body: request.body,
  });
  if (!response.ok || !response.body) {
    throw new Error(`direct request: the server answered ${response.status} ${await response.text()}`);
  }
  let firstAt: number | null = null;
  let pieces = 0;
  let usageTokens: number | null = null;
  let text = '';
  const onData = (data: string): boolean => {
    if (data === '[DONE]') return true;
    const payload = JSON.parse(data) as SsePayload;
    if (payload.error) throw new Error(`direct request: the server reported ${JSON.stringify(payload.error)}`);
    const choice = payload.choices?.[0];
    const piece = choice?.text ?? choice?.delta?.content ?? '';
    if (piece !== '') {
      firstAt ??= performance.now();
      pieces++;
      text += piece;
    }
    usageTokens = payload.usage?.completion_tokens ?? usageTokens;
    return false;
  };
  await readSse(response.body, onData);
  const endAt = performance.now();
  const tokens = usageTokens ?? pieces;
  return {
    timeToFirstTokenMs: firstAt === null ? null : firstAt - startedAt,
    tokens,
    tokensPerSecond: generationRate(tokens, firstAt, endAt),
    totalMs: endAt - startedAt,
    text,
  };
}

interface SsePayload {
  choices?: { text?: string; delta?: { content?: string | null } }[];
  usage?: { completion_tokens?: number };
  error?: unknown;
}

/** Calls onData with each event's data until it returns true or the stream ends. Comments are skipped. */
export async function readSse(body: ReadableStream<Uint8Array>, onData: (data: string) => boolean): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += value;
      let end: RegExpExecArray | null;
      while ((end = /\r?\n\r?\n/.exec(buffer)) !== null) {
        const event = buffer.slice(0, end.index);
        buffer = buffer.slice(end.index + end[0].length);
        const data = event
          .split(/\r?\n/)
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).replace(/^ /, ''))
          .join('\n');
        if (data !== '' && onData(data)) return;
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}
