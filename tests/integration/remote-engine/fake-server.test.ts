// RemoteEngine against a real HTTP server on 127.0.0.1 playing llama-server / vLLM / Ollama: streaming split
// anywhere, keep-alives, [DONE], errors and dropped connections mid-answer, slow and stalled streams, HTTP
// errors, Stop closing the request, the adapter per server, tokenize and health probes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EngineUnsupportedError } from '../../../main/services/engine';
import type { GenerateRequest } from '../../../main/services/model-host';
import { profileStopStrings, renderProfilePrompt } from '../../../main/services/prompt-profiles';
import {
  RemoteEngine,
  RemoteEngineError,
  remoteServerConfigSchema,
  type RemoteServerConfigInput,
  type RemoteTimeouts,
} from '../../../main/services/remote-engine';
import {
  chatStream,
  completionStream,
  delay,
  FakeOpenAiServer,
  sendJson,
  silentReply,
  splitBytes,
  sseEvent,
  streamReply,
  type StreamStep,
} from '../../support/fake-openai-server';

const KEY = 'sk-class-0123456789';
const FAST: Partial<RemoteTimeouts> = { firstByteMs: 1_000, stallMs: 300, probeMs: 1_000 };

let server: FakeOpenAiServer;

beforeEach(async () => {
  server = await FakeOpenAiServer.start();
});

afterEach(async () => {
  await server.close();
});

function engine(
  overrides: Partial<RemoteServerConfigInput> = {},
  options: { apiKey?: string | null; timeouts?: Partial<RemoteTimeouts>; fetch?: typeof fetch } = {},
): RemoteEngine {
  const config = remoteServerConfigSchema.parse({
    id: 'srv',
    name: 'Anatomy lab',
    baseUrl: `${server.url}/v1`,
    software: 'vllm',
    model: 'gemma-base',
    adapter: { mode: 'model-name', model: 'medical' },
    ...overrides,
  });
  return new RemoteEngine({
    server: config,
    apiKey: options.apiKey === undefined ? KEY : options.apiKey,
    timeouts: options.timeouts ?? FAST,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

const llamaServer: Partial<RemoteServerConfigInput> = {
  software: 'llama-server',
  model: null,
  adapter: { mode: 'llama-server-lora', id: 0 },
};

function request(overrides: Partial<GenerateRequest> = {}): GenerateRequest {
  return {
    requestId: 'r1',
    sessionKey: 'c1',
    history: [],
    prompt: 'What does a high TSH mean?',
    profile: 'adapter',
    sampling: { temperature: 0, topP: 1, maxTokens: 64 },
    ...overrides,
  };
}

async function collect(remote: RemoteEngine, req = request(), signal?: AbortSignal) {
  const deltas: string[] = [];
  const result = await remote.generate(req, { ...(signal ? { signal } : {}), onDelta: (text) => deltas.push(text) });
  return { result, deltas };
}

async function failure(promise: Promise<unknown>): Promise<RemoteEngineError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RemoteEngineError) return error;
    throw error;
  }
  throw new Error('expected a RemoteEngineError');
}

const ANSWER = ['An under', 'active thyroid', ' (hypothyroidism) — é🩺.'];

describe('streaming an answer', () => {
  it('streams a completion: deltas, result, and the request the server received', async () => {
    server.on(
      'POST /v1/completions',
      streamReply([completionStream(ANSWER, { usage: { prompt_tokens: 12, completion_tokens: 9 } })]),
    );
    const { result, deltas } = await collect(engine());
    expect(deltas.join('')).toBe(ANSWER.join(''));
    expect(result).toMatchObject({
      text: ANSWER.join(''),
      stopReason: 'stopTrigger',
      tokens: 9,
      evaluatedTokens: 12,
      profile: 'adapter',
    });
    expect(result.timeToFirstTokenMs).toBeGreaterThanOrEqual(0);
    expect(result.tokensPerSecond).toBeGreaterThanOrEqual(0);

    const [received] = server.requestsTo('/v1/completions');
    expect(received?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(received?.headers['content-type']).toBe('application/json');
    expect(received?.json).toMatchObject({
      model: 'medical',
      prompt: renderProfilePrompt('adapter', [], 'What does a high TSH mean?').text,
      stop: profileStopStrings('adapter'),
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 64,
      temperature: 0,
      top_p: 1,
    });
  });

  it('sends no Authorization header without a key', async () => {
    server.on('POST /v1/completions', streamReply([completionStream(['ok'])]));
    await collect(engine({}, { apiKey: null }));
    expect(server.requests[0]?.headers).not.toHaveProperty('authorization');
  });

  it('streams a chat answer for the template profile, with the history as messages', async () => {
    server.on('POST /v1/chat/completions', streamReply([chatStream(['Levo', 'thyroxine.'], { finishReason: 'stop' })]));
    const history = [
      { role: 'user' as const, text: 'Hypothyroidism?' },
      { role: 'assistant' as const, text: 'Low thyroid hormone.' },
    ];
    const { result } = await collect(engine(), request({ profile: 'template', history, prompt: 'Treatment?' }));
    expect(result).toMatchObject({ text: 'Levothyroxine.', stopReason: 'eos', tokens: 2, profile: 'template' });
    expect(server.requestsTo('/v1/chat/completions')[0]?.json).toMatchObject({
      messages: [
        { role: 'user', content: 'Hypothyroidism?' },
        { role: 'assistant', content: 'Low thyroid hormone.' },
        { role: 'user', content: 'Treatment?' },
      ],
    });
  });

  it('gives the same answer when the bytes arrive split inside characters, field names and [DONE]', async () => {
    const body = `: ping\n\n${completionStream(ANSWER)}`;
    const bytes = Buffer.from(body, 'utf8');
    const inside = (needle: string, offset: number) => bytes.indexOf(Buffer.from(needle, 'utf8')) + offset;
    const cuts = [inside('data:', 2), inside('é', 1), inside('🩺', 1), inside('🩺', 3), inside('[DONE]', 3), 7, 40];
    const steps: StreamStep[] = splitBytes(body, cuts).flatMap((part) => [part, { delayMs: 5 }]);
    server.on('POST /v1/completions', streamReply(steps));
    const { result, deltas } = await collect(engine());
    expect(deltas.join('')).toBe(ANSWER.join(''));
    expect(result.text).toBe(ANSWER.join(''));
  });

  it('ignores keep-alive comments, and they keep a slow stream alive past the stall timeout', async () => {
    const steps: StreamStep[] = [];
    for (const piece of ANSWER) {
      steps.push(
        { delayMs: 150 },
        ':\n\n',
        { delayMs: 150 },
        ': keep-alive\n\n',
        completionStream([piece], { finishReason: null, done: false }),
      );
    }
    steps.push(completionStream([], { finishReason: 'stop' }));
    server.on('POST /v1/completions', streamReply(steps));
    const { result } = await collect(engine());
    expect(result.text).toBe(ANSWER.join(''));
  });

  it('finishes a slow stream whose pauses stay under the stall timeout', async () => {
    const steps: StreamStep[] = ANSWER.flatMap((piece) => [
      { delayMs: 120 },
      completionStream([piece], { finishReason: null, done: false }),
    ]);
    steps.push(completionStream([], { finishReason: 'length' }));
    server.on('POST /v1/completions', streamReply(steps));
    const { result } = await collect(engine());
    expect(result).toMatchObject({ text: ANSWER.join(''), stopReason: 'maxTokens', tokens: 3 });
  });

  it('drops the leading whitespace of an answer, like the local engine', async () => {
    server.on('POST /v1/completions', streamReply([completionStream([' ', '\n Iodine', ' deficiency.'])]));
    const { result, deltas } = await collect(engine({}), request({ profile: 'qa' }));
    expect(result.text).toBe('Iodine deficiency.');
    expect(deltas.join('')).toBe('Iodine deficiency.');
  });

  it('counts tokens from llama-server timings, or chunks when the server gives no figures', async () => {
    const withTimings =
      completionStream(['a', 'b'], { done: false }) +
      sseEvent({ choices: [], timings: { predicted_n: 5, prompt_n: 3 } }) +
      sseEvent('[DONE]');
    server.on('POST /v1/completions', streamReply([withTimings]));
    expect((await collect(engine())).result).toMatchObject({ tokens: 5, evaluatedTokens: 3 });
    server.on('POST /v1/completions', streamReply([completionStream(['a', 'b', 'c'])]));
    expect((await collect(engine())).result).toMatchObject({ tokens: 3, evaluatedTokens: 0 });
  });

  it('accepts a stream that ends after its finish reason without [DONE]', async () => {
    server.on('POST /v1/completions', streamReply([completionStream(ANSWER, { done: false })]));
    expect((await collect(engine())).result.text).toBe(ANSWER.join(''));
  });

  it('accepts a server that ignores stream: true and answers in one JSON body', async () => {
    server.on('POST /v1/chat/completions', (_request, res) =>
      sendJson(res, 200, {
        choices: [{ index: 0, message: { role: 'assistant', content: 'Whole answer.' }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 4, completion_tokens: 3 },
      }),
    );
    const { result, deltas } = await collect(engine(), request({ profile: 'template' }));
    expect(deltas).toEqual(['Whole answer.']);
    expect(result).toMatchObject({ text: 'Whole answer.', tokens: 3, stopReason: 'eos' });
  });

  it('stops at a stop string the server did not honour, split across chunks, and closes the request', async () => {
    server.on(
      'POST /v1/completions',
      streamReply([
        completionStream(['Goitre.<end_', 'of_turn>\n<start_of_turn>user\nmore'], { finishReason: null, done: false }),
        { hang: true },
      ]),
    );
    const { result, deltas } = await collect(engine());
    expect(result).toMatchObject({ text: 'Goitre.', stopReason: 'stopTrigger' });
    expect(deltas.join('')).toBe('Goitre.');
    const [received] = server.requests;
    await received?.closed;
    expect(received?.closedEarly).toBe(true);
  });
});

describe('Stop', () => {
  it('closes the request and resolves with the partial text', async () => {
    server.on(
      'POST /v1/completions',
      streamReply([completionStream(['Partial ', 'answer'], { finishReason: null, done: false }), { hang: true }]),
    );
    const controller = new AbortController();
    const remote = engine({}, { timeouts: { ...FAST, stallMs: 5_000 } });
    const deltas: string[] = [];
    const pending = remote.generate(request(), {
      signal: controller.signal,
      onDelta: (text) => {
        deltas.push(text);
        if (deltas.join('') === 'Partial answer') controller.abort();
      },
    });
    const result = await pending;
    expect(result).toMatchObject({ text: 'Partial answer', stopReason: 'abort' });
    const [received] = server.requests;
    await received?.closed;
    expect(received?.closedEarly).toBe(true);
  });

  it('stops while waiting for the first byte', async () => {
    server.on('POST /v1/completions', silentReply());
    const controller = new AbortController();
    const pending = engine().generate(request(), { signal: controller.signal });
    await delay(50);
    controller.abort();
    await expect(pending).resolves.toMatchObject({ text: '', stopReason: 'abort', timeToFirstTokenMs: null });
    await server.requests[0]?.closed;
    expect(server.requests[0]?.closedEarly).toBe(true);
  });

  it('sends nothing when already stopped', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(engine().generate(request(), { signal: controller.signal })).resolves.toMatchObject({
      stopReason: 'abort',
      text: '',
    });
    expect(server.requests).toHaveLength(0);
  });
});

describe('failures mid-answer keep the partial text', () => {
  it('an error event mid-stream', async () => {
    server.on(
      'POST /v1/completions',
      streamReply([
        completionStream(['Half an '], { finishReason: null, done: false }),
        sseEvent({ error: { code: 500, message: 'CUDA error: out of memory', type: 'server_error' } }),
      ]),
    );
    const error = await failure(engine().generate(request()));
    expect(error).toMatchObject({ code: 'stream_error', partialText: 'Half an ' });
    expect(error.message).toMatch(/CUDA error: out of memory/);
  });

  it('an error event with a client status maps like the HTTP status', async () => {
    server.on(
      'POST /v1/completions',
      streamReply([
        sseEvent({ error: { code: 400, message: 'context size exceeded', type: 'exceed_context_size_error' } }),
      ]),
    );
    expect(await failure(engine().generate(request()))).toMatchObject({ code: 'bad_request', status: 400 });
  });

  it('the connection destroyed mid-stream', async () => {
    server.on(
      'POST /v1/completions',
      streamReply([
        completionStream(['Half an '], { finishReason: null, done: false }),
        { delayMs: 20 },
        { destroy: true },
      ]),
    );
    const error = await failure(engine().generate(request()));
    expect(error).toMatchObject({ code: 'stream_error', partialText: 'Half an ' });
    expect(error.message).toMatch(/broke in the middle of the answer/);
  });

  it('the stream ending cleanly before the answer finished', async () => {
    server.on(
      'POST /v1/completions',
      streamReply([completionStream(['Half an '], { finishReason: null, done: false })]),
    );
    const error = await failure(engine().generate(request()));
    expect(error).toMatchObject({ code: 'stream_error', partialText: 'Half an ' });
    expect(error.message).toMatch(/ended the answer before it was finished/);
  });

  it('a stalled stream times out and closes the request', async () => {
    server.on(
      'POST /v1/completions',
      streamReply([completionStream(['Half an '], { finishReason: null, done: false }), { hang: true }]),
    );
    const error = await failure(engine().generate(request()));
    expect(error).toMatchObject({ code: 'stalled', partialText: 'Half an ' });
    expect(error.message).toMatch(/stopped sending for 300 ms/);
    await server.requests[0]?.closed;
    expect(server.requests[0]?.closedEarly).toBe(true);
  });

  it('no first byte within the timeout', async () => {
    server.on('POST /v1/completions', silentReply());
    const error = await failure(engine({}, { timeouts: { ...FAST, firstByteMs: 200 } }).generate(request()));
    expect(error).toMatchObject({ code: 'timeout', partialText: '' });
    expect(error.message).toMatch(/did not answer within 200 ms/);
  });
});

describe('HTTP errors', () => {
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    server.on('POST /v1/completions', (_request, res) => sendJson(res, status, body, headers));

  it('401 with a wrong key, never quoting the key', async () => {
    reply(401, { error: { code: 401, message: `Invalid API Key ${KEY}`, type: 'authentication_error' } });
    const error = await failure(engine().generate(request()));
    expect(error).toMatchObject({ code: 'unauthorized', status: 401, partialText: '' });
    expect(error.message).toMatch(/refused the API key/);
    expect(error.message).not.toContain(KEY);
    expect(JSON.stringify(error)).not.toContain(KEY);
  });

  it('403, 404, 429 with Retry-After, 500, 503', async () => {
    reply(403, { error: { message: 'forbidden' } });
    expect(await failure(engine().generate(request()))).toMatchObject({ code: 'unauthorized', status: 403 });
    reply(404, { object: 'error', message: 'The model `medical` does not exist.', code: 404 });
    const notFound = await failure(engine().generate(request()));
    expect(notFound).toMatchObject({ code: 'not_found' });
    expect(notFound.message).toMatch(/The model `medical` does not exist/);
    reply(429, { error: 'slow down' }, { 'retry-after': '12' });
    expect(await failure(engine().generate(request()))).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 12 });
    reply(500, { error: { code: 500, message: 'boom' } });
    expect(await failure(engine().generate(request()))).toMatchObject({ code: 'server_error', status: 500 });
    reply(503, { error: { code: 503, message: 'Loading model', type: 'unavailable_error' } });
    expect(await failure(engine().generate(request()))).toMatchObject({ code: 'server_error', status: 503 });
  });

  it('a page that is not an OpenAI-compatible reply', async () => {
    server.on('POST /v1/completions', (_request, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>Sign in to the school portal</html>');
    });
    expect(await failure(engine().generate(request()))).toMatchObject({ code: 'bad_response' });
  });

  it('does not follow redirects', async () => {
    server.on('POST /v1/completions', (_request, res) => {
      res.writeHead(307, { location: 'http://203.0.113.9/v1/completions' });
      res.end();
    });
    expect(await failure(engine().generate(request()))).toMatchObject({ code: 'bad_response', status: 307 });
    expect(server.requests).toHaveLength(1);
  });

  it('nothing listening', async () => {
    const url = server.url;
    await server.close();
    const remote = engine({ baseUrl: url });
    server = await FakeOpenAiServer.start();
    const error = await failure(remote.generate(request()));
    expect(error.code).toBe('unreachable');
    expect(error.message).toMatch(/Nothing answers at 127\.0\.0\.1/);
  });
});

describe('the address policy', () => {
  it('refuses plain http to a non-local host before any request', () => {
    const calls: unknown[] = [];
    const spy = ((...args: unknown[]) => {
      calls.push(args);
      return Promise.reject(new Error('must not be called'));
    }) as typeof fetch;
    let error: unknown;
    try {
      engine({ baseUrl: 'http://llm.school.example:8080' }, { fetch: spy });
    } catch (caught) {
      error = caught;
    }
    // The schema refuses it first; the engine refuses it too when handed an unchecked config.
    expect(error).toBeDefined();
    const unchecked = {
      id: 's',
      name: 'x',
      baseUrl: 'http://203.0.113.5:8000',
      software: 'vllm' as const,
      model: 'm',
      adapter: { mode: 'none' as const },
      allowLocalNetwork: true,
    };
    expect(() => new RemoteEngine({ server: unchecked, apiKey: KEY, fetch: spy })).toThrow(
      expect.objectContaining({ code: 'tls_required' }),
    );
    expect(calls).toHaveLength(0);
  });
});

describe('llama-server', () => {
  function tokenizer() {
    server.on('POST /tokenize', (received, res) => {
      const { content, add_special } = received.json as { content: string; add_special: boolean };
      const tokens = [...content].slice(0, 5).map((char) => char.codePointAt(0) ?? 0);
      sendJson(res, 200, { tokens: add_special ? [2, ...tokens] : tokens });
    });
  }

  function loraAdapters(scale: number) {
    server.on('GET /lora-adapters', (_request, res) => sendJson(res, 200, [{ id: 0, path: '/srv/med.gguf', scale }]));
  }

  it('sends the prompt as token ids tokenized with the markers as text, and scales the adapter per request', async () => {
    tokenizer();
    loraAdapters(0.75);
    server.on('POST /v1/completions', streamReply([completionStream(['ok'])]));
    const remote = engine(llamaServer);
    await collect(remote, request({ lora: { scale: 0.5 } }));
    await collect(remote, request({ lora: null }));
    await collect(remote, request());
    // Tokenized after "\n" whose tokens are cut off (no SentencePiece space prefix), BOS asked for separately.
    const tokenize = server.requestsTo('/tokenize').map((received) => received.json);
    expect(tokenize.slice(0, 3)).toEqual(
      expect.arrayContaining([
        {
          content: `\n${renderProfilePrompt('adapter', [], 'What does a high TSH mean?').text}`,
          add_special: false,
          parse_special: false,
        },
        { content: '\n', add_special: false, parse_special: false },
        { content: '', add_special: true, parse_special: false },
      ]),
    );
    const bodies = server.requestsTo('/v1/completions').map((received) => received.json as Record<string, unknown>);
    expect(bodies[0]?.prompt).toEqual([2, ...[...'<sta'].map((char) => char.codePointAt(0))]);
    // The default is the launch scale the server lists, sent explicitly (a request without lora would reuse a
    // prompt cached under the previous request's scales).
    expect(bodies.map((body) => body.lora)).toEqual([
      [{ id: 0, scale: 0.5 }],
      [{ id: 0, scale: 0 }],
      [{ id: 0, scale: 0.75 }],
    ]);
    expect(bodies[0]).not.toHaveProperty('model');
    expect(bodies[0]).toMatchObject({ top_k: 40, min_p: 0 });
    // "\n" and BOS alone are asked once per engine; each answer tokenizes only its own prompt.
    const fixed = (json: unknown) => ['\n', ''].includes((json as { content: string }).content);
    expect(tokenize.filter(fixed)).toHaveLength(2);
    expect(tokenize.filter((json) => !fixed(json))).toHaveLength(3);
  });

  it('asks for the tokens of "\\n" and BOS again after a health check (the server may run another model)', async () => {
    tokenizer();
    loraAdapters(1);
    server.on('GET /health', (_request, res) => sendJson(res, 200, { status: 'ok' }));
    server.on('GET /v1/models', (_request, res) => sendJson(res, 200, { data: [{ id: 'tiny.gguf' }] }));
    server.on('POST /v1/completions', streamReply([completionStream(['ok'])]));
    const remote = engine(llamaServer);
    await collect(remote, request());
    await remote.health();
    await collect(remote, request());
    const newline = server
      .requestsTo('/tokenize')
      .filter((received) => (received.json as { content: string }).content === '\n');
    expect(newline).toHaveLength(2);
  });

  it('reads the launch scale from /lora-adapters once per engine, or from the health check', async () => {
    tokenizer();
    loraAdapters(1);
    server.on('POST /v1/completions', streamReply([completionStream(['ok'])]));
    const remote = engine(llamaServer);
    await collect(remote, request());
    await collect(remote, request({ lora: { scale: 0.25 } }));
    await collect(remote, request());
    const lora = () =>
      server.requestsTo('/v1/completions').map((received) => (received.json as { lora: unknown }).lora);
    expect(lora()).toEqual([[{ id: 0, scale: 1 }], [{ id: 0, scale: 0.25 }], [{ id: 0, scale: 1 }]]);
    expect(server.requestsTo('/lora-adapters')).toHaveLength(1);

    server.on('GET /health', (_request, res) => sendJson(res, 200, { status: 'ok' }));
    server.on('GET /v1/models', (_request, res) => sendJson(res, 200, { data: [{ id: 'tiny.gguf' }] }));
    loraAdapters(0.5);
    const checked = engine(llamaServer);
    await checked.health();
    await collect(checked, request());
    expect(server.requestsTo('/lora-adapters')).toHaveLength(2);
    expect(lora().at(-1)).toEqual([{ id: 0, scale: 0.5 }]);
  });

  it('leaves lora out while the server does not list its adapters, and asks again next time', async () => {
    tokenizer();
    server.on('GET /lora-adapters', (_request, res) => sendJson(res, 500, { error: { message: 'busy' } }));
    server.on('POST /v1/completions', streamReply([completionStream(['ok'])]));
    const remote = engine(llamaServer);
    await collect(remote, request());
    loraAdapters(1);
    await collect(remote, request());
    const bodies = server.requestsTo('/v1/completions').map((received) => received.json as Record<string, unknown>);
    expect(bodies[0]).not.toHaveProperty('lora');
    expect(bodies[1]?.lora).toEqual([{ id: 0, scale: 1 }]);
    expect(server.requestsTo('/lora-adapters')).toHaveLength(2);
  });

  it('sends the text prompt when the server has no /tokenize', async () => {
    server.on('POST /v1/completions', streamReply([completionStream(['ok'])]));
    await collect(engine(llamaServer));
    expect((server.requestsTo('/v1/completions')[0]?.json as { prompt: unknown }).prompt).toBe(
      renderProfilePrompt('adapter', [], 'What does a high TSH mean?').text,
    );
  });

  describe('the chat template, rendered by the server and tokenized as the local engine does', () => {
    const history = [
      { role: 'user' as const, text: 'Is </s> a token?' },
      { role: 'assistant' as const, text: 'Not here.' },
    ];
    const templateRequest = request({ profile: 'template', history, prompt: 'Hi?', lora: { scale: 1 } });

    it('BOS only where the template writes bos_token; template text with special tokens, messages as text', async () => {
      sentencePieceServer({ writesBos: true });
      server.on('POST /v1/completions', streamReply([completionStream(['Hello.'], { finishReason: 'stop' })]));
      const { result } = await collect(engine(llamaServer), templateRequest);
      expect(result).toMatchObject({ text: 'Hello.', stopReason: 'eos', profile: 'template' });
      expect(server.requestsTo('/v1/chat/completions')).toHaveLength(0);

      // The server renders its template around markers, its own bos_token/eos_token replaced too.
      const [rendering] = server.requestsTo('/apply-template').map((received) => received.json as ApplyTemplate);
      const markers = rendering?.messages.map((message) => message.content) ?? [];
      expect(rendering?.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
      expect(
        new Set([...markers, rendering?.chat_template_kwargs.bos_token, rendering?.chat_template_kwargs.eos_token])
          .size,
      ).toBe(5);
      expect(markers.some((marker) => /Hi\?|token|Not here/.test(marker))).toBe(false);
      expect(rendering?.add_generation_prompt).toBe(true);

      const body = server.requestsTo('/v1/completions')[0]?.json as Record<string, unknown>;
      expect(body.prompt).toEqual([
        BOS,
        ...chars('▁<|user|>\n'),
        ...chars('Is </s> a token?'),
        EOS,
        ...chars('▁\n<|assistant|>\n'),
        ...chars('Not here.'),
        EOS,
        ...chars('▁\n<|user|>\n'),
        ...chars('Hi?'),
        EOS,
        ...chars('▁\n<|assistant|>\n'),
      ]);
      expect(body).toMatchObject({ lora: [{ id: 0, scale: 1 }], stream: true, max_tokens: 64, top_k: 40 });
      expect(body).not.toHaveProperty('messages');
      expect(body).not.toHaveProperty('stop');
    });

    it('no BOS where the template writes none, though the server would put one before its chat prompt', async () => {
      sentencePieceServer({ writesBos: false });
      server.on('POST /v1/completions', streamReply([completionStream(['Hello.'])]));
      await collect(engine(llamaServer), request({ profile: 'template', prompt: 'Hi?' }));
      const body = server.requestsTo('/v1/completions')[0]?.json as Record<string, unknown>;
      // The first template text is tokenized as it is (the space prefix stays), as node-llama-cpp does.
      expect(body.prompt).toEqual([...chars('▁<|user|>\n'), ...chars('Hi?'), EOS, ...chars('▁\n<|assistant|>\n')]);
    });

    it('the chat endpoint where /apply-template is missing (asked once), leaves out a message or fails', async () => {
      tokenizer();
      server.on('POST /v1/chat/completions', streamReply([chatStream(['ok'])]));
      const remote = engine(llamaServer);
      await collect(remote, templateRequest);
      await collect(remote, templateRequest);
      expect(server.requestsTo('/apply-template')).toHaveLength(1);
      const messages = [
        { role: 'user', content: 'Is </s> a token?' },
        { role: 'assistant', content: 'Not here.' },
        { role: 'user', content: 'Hi?' },
      ];
      expect(server.requestsTo('/v1/chat/completions').map((received) => received.json)).toEqual([
        expect.objectContaining({ lora: [{ id: 0, scale: 1 }], messages }),
        expect.objectContaining({ lora: [{ id: 0, scale: 1 }], messages }),
      ]);
      expect(server.requestsTo('/v1/completions')).toHaveLength(0);

      sentencePieceServer({ writesBos: false, lastMessageOnly: true });
      await collect(engine(llamaServer), templateRequest);
      expect(server.requestsTo('/v1/chat/completions')).toHaveLength(3);
      expect(server.requestsTo('/v1/chat/completions')[2]?.json).toMatchObject({ messages });

      // A template that cannot be rendered with the markers: the chat endpoint renders it its own way.
      server.on('POST /apply-template', (_request, res) => sendJson(res, 400, { error: { message: 'bad template' } }));
      await collect(engine(llamaServer), templateRequest);
      expect(server.requestsTo('/v1/chat/completions')).toHaveLength(4);
      expect(server.requestsTo('/v1/completions')).toHaveLength(0);
    });
  });

  it('asks for a JSON schema with json_schema', async () => {
    tokenizer();
    server.on('POST /v1/completions', streamReply([completionStream(['{"a":1}'])]));
    const jsonSchema = { type: 'object', properties: { a: { type: 'number' } } };
    await collect(engine(llamaServer), request({ jsonSchema }));
    expect(server.requestsTo('/v1/completions')[0]?.json).toMatchObject({ json_schema: jsonSchema });
  });

  it('tokenize() uses /tokenize with add_special = bos', async () => {
    tokenizer();
    const remote = engine(llamaServer);
    await expect(remote.tokenize('abc', { bos: true })).resolves.toEqual([2, 97, 98, 99]);
    await expect(remote.tokenize('abc', { bos: false })).resolves.toEqual([97, 98, 99]);
    const asked = server.requestsTo('/tokenize').map((received) => received.json);
    // "\nabc" twice; "\n" once, kept for the second call.
    expect(asked).toHaveLength(4);
    expect(asked).toEqual(
      expect.arrayContaining([
        { content: '\nabc', add_special: false, parse_special: false },
        { content: '\n', add_special: false, parse_special: false },
        { content: '', add_special: true, parse_special: false },
      ]),
    );
  });

  it('tokenize() is unsupported without /tokenize', async () => {
    await expect(engine(llamaServer).tokenize('abc', { bos: true })).rejects.toBeInstanceOf(EngineUnsupportedError);
  });

  it('health: ready, with the adapter file from /lora-adapters', async () => {
    server.on('GET /health', (_request, res) => sendJson(res, 200, { status: 'ok' }));
    server.on('GET /v1/models', (_request, res) => sendJson(res, 200, { object: 'list', data: [{ id: 'tiny.gguf' }] }));
    server.on('GET /lora-adapters', (_request, res) =>
      sendJson(res, 200, [{ id: 0, path: '/srv/medical.gguf', scale: 1 }]),
    );
    const remote = engine(llamaServer);
    expect(remote.describe()).toEqual({
      kind: 'remote',
      name: 'Anatomy lab',
      modelName: null,
      adapter: { mode: 'llama-server-lora', name: '--lora #0', scalable: true },
    });
    const health = await remote.health();
    expect(health).toMatchObject({ ok: true, status: 'ready', message: null, models: ['tiny.gguf'] });
    expect(health.latencyMs).toBeGreaterThanOrEqual(0);
    expect(remote.describe()).toMatchObject({ modelName: 'tiny.gguf', adapter: { name: '/srv/medical.gguf' } });
    expect(server.requestsTo('/v1/models')[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('health: loading while llama-server loads its model', async () => {
    server.on('GET /health', (_request, res) =>
      sendJson(res, 503, { error: { code: 503, message: 'Loading model', type: 'unavailable_error' } }),
    );
    await expect(engine(llamaServer).health()).resolves.toMatchObject({
      ok: false,
      status: 'loading',
      message: expect.stringMatching(/still loading its model/),
    });
  });

  it('health: an adapter number the server does not have', async () => {
    server.on('GET /health', (_request, res) => sendJson(res, 200, { status: 'ok' }));
    server.on('GET /v1/models', (_request, res) => sendJson(res, 200, { data: [{ id: 'tiny.gguf' }] }));
    server.on('GET /lora-adapters', (_request, res) => sendJson(res, 200, []));
    await expect(engine(llamaServer).health()).resolves.toMatchObject({
      ok: false,
      status: 'unavailable',
      message: expect.stringMatching(/no adapter number 0.*--lora/),
    });
  });
});

describe('vLLM and Ollama', () => {
  it('chooses the adapter by model name', async () => {
    server.on('POST /v1/completions', streamReply([completionStream(['ok'])]));
    await collect(engine(), request({ lora: { scale: 1 } }));
    await collect(engine(), request({ lora: null }));
    const models = server.requestsTo('/v1/completions').map((received) => (received.json as { model: string }).model);
    expect(models).toEqual(['medical', 'gemma-base']);
    expect(server.requestsTo('/tokenize')).toHaveLength(0);
  });

  it('vLLM structured outputs for a JSON schema', async () => {
    server.on('POST /v1/completions', streamReply([completionStream(['{}'])]));
    const jsonSchema = { type: 'object' };
    await collect(engine(), request({ jsonSchema }));
    expect(server.requests[0]?.json).toMatchObject({ structured_outputs: { json: jsonSchema } });
  });

  it('says clearly when a JSON schema cannot be asked for, before any request', async () => {
    const ollama = engine({ software: 'ollama', model: 'gemma3', adapter: { mode: 'none' } });
    await expect(ollama.generate(request({ jsonSchema: { type: 'object' } }))).rejects.toThrow(EngineUnsupportedError);
    expect(server.requests).toHaveLength(0);
  });

  it('tokenize() is unsupported', async () => {
    await expect(engine().tokenize('x', { bos: true })).rejects.toThrow(/only llama-server/);
  });

  it('health without /health (Ollama) checks /v1/models', async () => {
    server.on('GET /v1/models', (_request, res) =>
      sendJson(res, 200, { data: [{ id: 'gemma3' }, { id: 'gemma3-med' }] }),
    );
    const ollama = engine({
      software: 'ollama',
      model: 'gemma3',
      adapter: { mode: 'model-name', model: 'gemma3-med' },
    });
    await expect(ollama.health()).resolves.toMatchObject({
      ok: true,
      status: 'ready',
      models: ['gemma3', 'gemma3-med'],
    });
  });

  it('health names a model the server does not offer', async () => {
    server.on('GET /health', (_request, res) => {
      res.writeHead(200);
      res.end();
    });
    server.on('GET /v1/models', (_request, res) => sendJson(res, 200, { data: [{ id: 'gemma-base' }] }));
    await expect(engine().health()).resolves.toMatchObject({
      ok: false,
      status: 'unavailable',
      message: expect.stringMatching(/does not offer the model "medical" \(it offers: gemma-base\)/),
    });
  });

  it('health: a wrong key and nothing listening', async () => {
    server.on('GET /v1/models', (_request, res) => sendJson(res, 401, { error: { message: 'Invalid API Key' } }));
    await expect(engine().health()).resolves.toMatchObject({ ok: false, message: expect.stringMatching(/API key/) });
    const url = server.url;
    await server.close();
    const remote = engine({ baseUrl: url });
    server = await FakeOpenAiServer.start();
    await expect(remote.health()).resolves.toMatchObject({
      ok: false,
      status: 'unavailable',
      // Refused, or the pooled connection to the old server found closed.
      message: expect.stringMatching(/Nothing answers|closed before it answered/),
    });
  });
});

const BOS = 1;
const EOS = 2;
const SPACE_PREFIX = '▁';

function chars(text: string): number[] {
  return [...text].map((char) => char.codePointAt(0) ?? 0);
}

interface ApplyTemplate {
  messages: { role: string; content: string }[];
  add_generation_prompt?: boolean;
  chat_template_kwargs: { bos_token: string; eos_token: string };
}

/**
 * A llama-server with a SentencePiece-like tokenizer (one token a character; "<s>" and "</s>" are BOS and EOS
 * when special tokens are parsed; each piece of text after the start or a special token gets the "▁" prefix)
 * and a Zephyr-like chat template that may write bos_token first.
 */
function sentencePieceServer(options: { writesBos: boolean; lastMessageOnly?: boolean }): void {
  server.on('GET /props', (_request, res) => sendJson(res, 200, { bos_token: '<s>', eos_token: '</s>' }));
  server.on('POST /tokenize', (received, res) => {
    const { content, add_special, parse_special } = received.json as {
      content: string;
      add_special: boolean;
      parse_special: boolean;
    };
    const tokens: number[] = add_special ? [BOS] : [];
    let afterSpecial = true;
    for (const piece of parse_special ? content.split(/(<\/?s>)/) : [content]) {
      if (piece === '') continue;
      if (parse_special && (piece === '<s>' || piece === '</s>')) {
        tokens.push(piece === '<s>' ? BOS : EOS);
        afterSpecial = true;
        continue;
      }
      tokens.push(...chars((afterSpecial ? SPACE_PREFIX : '') + piece));
      afterSpecial = false;
    }
    sendJson(res, 200, { tokens });
  });
  server.on('POST /apply-template', (received, res) => {
    const { messages, chat_template_kwargs: kwargs } = received.json as ApplyTemplate;
    const shown = options.lastMessageOnly ? messages.slice(-1) : messages;
    const turns = shown.map((message) => `<|${message.role}|>\n${message.content}${kwargs.eos_token}\n`);
    sendJson(res, 200, { prompt: `${options.writesBos ? kwargs.bos_token : ''}${turns.join('')}<|assistant|>\n` });
  });
}
