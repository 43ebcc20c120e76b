// A real llama-server answers exactly like this computer's model: the tiny generated model and its LoRA,
// served by llama.cpp's server over node-llama-cpp's own libllama/libggml (scripts/build-llama-server.sh),
// give the same greedy answers through the app's RemoteEngine as through the LocalEngine, with the adapter
// on, off, scaled and at its load scale, for the plain-text profiles and the model's chat template. The
// RemoteEngine sends every prompt as the token ids the local engine evaluates (the chat template rendered by
// the server's /apply-template), and on a server that keeps its prompt cache, a request that leaves the scale
// to the server still answers as the local engine after requests with other scales.
import os from 'node:os';
import { getLlama, type Llama, type LlamaModel, type Token } from 'node-llama-cpp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalEngine } from '../../../main/services/engine';
import { toChatHistory } from '../../../main/services/model-host/history-sync';
import { ForkHostLauncher, ModelHostClient, type GenerateRequest } from '../../../main/services/model-host';
import { renderProfilePrompt, type ChatTurn, type ProfileId } from '../../../main/services/prompt-profiles';
import { createChatWrapper } from '../../../main/services/prompt-profiles/chat-wrapper-factory';
import { RemoteEngine, remoteServerConfigSchema } from '../../../main/services/remote-engine';
import { ensureTinyModel, type TinyModelFixture } from '../../fixtures/tiny-llama';
import { findLlamaServer, LLAMA_SERVER_ENV, startLlamaServer, type RunningLlamaServer } from './llama-server-process';

const lookup = findLlamaServer();
const runs = lookup.path !== null || lookup.missingFromEnv;
if (!runs) {
  console.log(
    `SKIPPED: llama-server comparison — no llama-server at ${lookup.searched} (or set ${LLAMA_SERVER_ENV}=<path>). ` +
      'It would check that greedy answers of the tiny model + LoRA through llama-server and the RemoteEngine equal ' +
      'the local engine (adapter on, off, scaled, at its load scale, with the prompt cache on; adapter, qa and ' +
      'template profiles). ' +
      'Build it with scripts/build-llama-server.sh (outside the repository, ~20 min on 2 cores).',
  );
}

/** Short answers keep the run fast; the adapter changes the first words already. */
const MAX_TOKENS = 24;
const THREADS = os.availableParallelism();
const CONTEXT_SIZE = 1024;

interface LoraSetting {
  label: string;
  /** The request's lora field: {scale}, null = the base model alone, undefined = the adapter at its load scale. */
  lora: GenerateRequest['lora'];
}

// 0.25: halfway answers (at 0.5 this LoRA already gives the same words as at 1).
const LORA_SETTINGS: LoraSetting[] = [
  { label: 'on', lora: { scale: 1 } },
  { label: 'off', lora: null },
  { label: 'scaled 0.25', lora: { scale: 0.25 } },
  { label: 'load default', lora: undefined },
];

interface Question {
  label: string;
  history: ChatTurn[];
  prompt: string;
}

const QUESTIONS: Question[] = [
  { label: 'hypokalemia', history: [], prompt: 'What is hypokalemia?' },
  { label: 'anemia', history: [], prompt: 'Explain the causes of anemia.' },
  {
    label: 'follow-up',
    history: [
      { role: 'user', text: 'What is sepsis?' },
      { role: 'assistant', text: 'Infection with organ dysfunction.' },
    ],
    prompt: 'How is it treated?',
  },
];

const PROFILES: ProfileId[] = ['adapter', 'qa', 'template'];

const CASES = PROFILES.flatMap((profile) =>
  LORA_SETTINGS.flatMap((setting) =>
    QUESTIONS.map((question) => ({
      name: caseName(profile, setting.label, question.label),
      profile,
      setting,
      question,
    })),
  ),
);

function caseName(profile: ProfileId, setting: string, question: string): string {
  return `${profile} / adapter ${setting} / ${question}`;
}

interface SentRequest {
  /** The server's address (origin), then the path. */
  origin: string;
  path: string;
  body: Record<string, unknown>;
}

/** The lora field the RemoteEngine sends for each setting: always a list, the load scale (1) for the default. */
const LORA_FIELDS: Record<string, unknown> = {
  on: [{ id: 0, scale: 1 }],
  off: [{ id: 0, scale: 0 }],
  'scaled 0.25': [{ id: 0, scale: 0.25 }],
  'load default': [{ id: 0, scale: 1 }],
};

/** One conversation, a different last question each time: each request shares a long prefix with the last. */
const CACHE_HISTORY: ChatTurn[] = [
  { role: 'user', text: 'What is sepsis?' },
  { role: 'assistant', text: 'Infection with organ dysfunction.' },
];
const CACHE_STEPS: { setting: LoraSetting; prompt: string }[] = [
  { setting: { label: 'on', lora: { scale: 1 } }, prompt: 'How is it treated?' },
  { setting: { label: 'load default', lora: undefined }, prompt: 'How is it diagnosed?' },
  { setting: { label: 'off', lora: null }, prompt: 'Who is most at risk?' },
  { setting: { label: 'load default', lora: undefined }, prompt: 'What are the first signs?' },
];

let fixture: TinyModelFixture;
let client: ModelHostClient | undefined;
let local: LocalEngine;
let server: RunningLlamaServer | undefined;
let remote: RemoteEngine;
/** node-llama-cpp in this process, for the tokens of the local chat template prompt. */
let llama: Llama | undefined;
let model: LlamaModel | undefined;
/** A second llama-server that keeps its slot's prompt cache, started by the prompt cache cases. */
let cachingServer: RunningLlamaServer | undefined;
/** What the RemoteEngines sent, in order. */
const sent: SentRequest[] = [];
const localTexts = new Map<string, string>();
const startedAt = performance.now();

describe.skipIf(!runs)('llama-server answers like the local engine', () => {
  beforeAll(async () => {
    if (lookup.path === null) throw new Error(`${LLAMA_SERVER_ENV}=${lookup.searched} does not exist`);
    fixture = await ensureTinyModel();
    client = new ModelHostClient({ launcher: new ForkHostLauncher() });
    const info = await client.load({
      modelPath: fixture.modelPath,
      loraPath: fixture.loraPath,
      gpuLayers: 'off',
      threads: THREADS,
      contextSize: CONTEXT_SIZE,
    });
    local = new LocalEngine({ host: client });
    llama = await getLlama({ gpu: false, build: 'never' });
    model = await llama.loadModel({ modelPath: fixture.modelPath });
    server = await startLlamaServer({
      binary: lookup.path,
      modelPath: fixture.modelPath,
      loraPath: fixture.loraPath,
      contextSize: info.contextSize,
      threads: THREADS,
    });
    console.log(`llama-server: ${lookup.path} ${server.args.join(' ')}`);
    remote = remoteEngineFor(server.baseUrl);
  });

  afterAll(async () => {
    await server?.stop();
    await cachingServer?.stop();
    await client?.dispose();
    await model?.dispose();
    await llama?.dispose();
    console.log(`llama-server comparison: ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  });

  it('answers /health, /v1/models and /lora-adapters, and the RemoteEngine finds it healthy', async () => {
    const base = requireServer().baseUrl;
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const models = (await (await fetch(`${base}/v1/models`)).json()) as { data: { id: string }[] };
    expect(models.data).toEqual([expect.objectContaining({ id: expect.any(String) })]);
    const adapters = (await (await fetch(`${base}/lora-adapters`)).json()) as { id: number; path: string }[];
    expect(adapters).toEqual([expect.objectContaining({ id: 0, path: fixture.loraPath, scale: 1 })]);

    const engineHealth = await remote.health();
    expect(engineHealth).toMatchObject({ ok: true, status: 'ready', models: [models.data[0]?.id] });
  });

  it.each(QUESTIONS)('sends the plain-text prompts as the local engine tokenizes them ($label)', async (question) => {
    for (const profile of ['adapter', 'qa'] as const) {
      const before = sent.length;
      await remote.generate(request(profile, { label: 'on', lora: { scale: 1 } }, question, 1));
      const completion = sent.slice(before).find((entry) => entry.path === '/v1/completions');
      const text = renderProfilePrompt(profile, question.history, question.prompt).text;
      expect(completion?.body.prompt, profile).toEqual(await local.tokenize(text, { bos: true }));
    }
  });

  it.each(CASES)('$name', async ({ profile, setting, question, name }) => {
    const localResult = await local.generate(request(profile, setting, question));
    const deltas: string[] = [];
    const before = sent.length;
    const remoteResult = await remote.generate(request(profile, setting, question), {
      onDelta: (delta) => deltas.push(delta),
    });
    localTexts.set(name, localResult.text);
    expect(remoteResult.text).toBe(localResult.text);
    expect(deltas.join('')).toBe(remoteResult.text);
    expect(remoteResult.stopReason).toBe(localResult.stopReason);
    expect(remoteResult.tokens).toBe(localResult.tokens);
    const answerRequests = sent.slice(before).filter((entry) => entry.path.startsWith('/v1/'));
    expect(answerRequests.map((entry) => entry.path)).toEqual(['/v1/completions']);
    expect(answerRequests[0]?.body.lora).toEqual(LORA_FIELDS[setting.label]);
  });

  it('the adapter settings give different answers (else the comparison would prove little)', () => {
    for (const profile of PROFILES) {
      const texts = (setting: string): string[] =>
        QUESTIONS.map((question) => localTexts.get(caseName(profile, setting, question.label)) ?? '');
      expect(texts('on'), `${profile}: on vs off`).not.toEqual(texts('off'));
      expect(texts('scaled 0.25'), `${profile}: scaled vs on`).not.toEqual(texts('on'));
      expect(texts('scaled 0.25'), `${profile}: scaled vs off`).not.toEqual(texts('off'));
      expect(texts('load default'), `${profile}: load default = on`).toEqual(texts('on'));
    }
  });

  // node-llama-cpp renders the GGUF's template as it is, and this one (TinyLlama's) writes no bos_token, while
  // llama-server's chat endpoint puts BOS in front of every chat prompt of a model whose tokenizer adds BOS. So
  // the RemoteEngine renders the template with /apply-template and sends the local engine's tokens.
  it.each(QUESTIONS)('sends the chat template prompt as the local engine evaluates it ($label)', async (question) => {
    const localTokens = templateTokens(question);
    const before = sent.length;
    await remote.generate(request('template', { label: 'on', lora: { scale: 1 } }, question, 1));
    const answer = sent.slice(before).filter((entry) => entry.path.startsWith('/v1/'));
    expect(answer.map((entry) => entry.path)).toEqual(['/v1/completions']);
    expect(answer[0]?.body.prompt).toEqual(localTokens);

    // What the chat endpoint would have evaluated: the same prompt with BOS in front.
    const messages = [...question.history, { role: 'user', text: question.prompt }].map((turn) => ({
      role: turn.role,
      content: turn.text,
    }));
    const { prompt } = (await post(requireServer(), '/apply-template', { messages })) as { prompt: string };
    const { tokens } = (await post(requireServer(), '/tokenize', {
      content: prompt,
      add_special: true,
      parse_special: true,
    })) as { tokens: number[] };
    expect(localTokens[0]).not.toBe(fixture.meta.bosId);
    expect(tokens).toEqual([fixture.meta.bosId, ...localTokens]);
  });

  // llama-server keeps each slot's evaluated prompt and reuses the prefix a new request shares with it. A request
  // with a different `lora` list clears it, but one without `lora` keeps it, computed under whatever scales the
  // previous request had. The RemoteEngine therefore always sends the list, the load scale for the default.
  describe('with the prompt cache on', () => {
    let caching: RemoteEngine;

    beforeAll(async () => {
      if (lookup.path === null) throw new Error(`${LLAMA_SERVER_ENV}=${lookup.searched} does not exist`);
      cachingServer = await startLlamaServer({
        binary: lookup.path,
        modelPath: fixture.modelPath,
        loraPath: fixture.loraPath,
        contextSize: CONTEXT_SIZE,
        threads: THREADS,
        promptCache: true,
      });
      console.log(`llama-server with its prompt cache: ${lookup.path} ${cachingServer.args.join(' ')}`);
      caching = remoteEngineFor(cachingServer.baseUrl);
    });

    it.each(['adapter', 'template'] as const)(
      'on, default, off, default in one conversation answer as the local engine (%s)',
      async (profile) => {
        const origin = requireCachingServer().baseUrl;
        for (const [index, step] of CACHE_STEPS.entries()) {
          const question = { label: `step ${index + 1}`, history: CACHE_HISTORY, prompt: step.prompt };
          const localResult = await local.generate(request(profile, step.setting, question));
          const before = sent.length;
          const remoteResult = await caching.generate(request(profile, step.setting, question));
          const label = `${profile} step ${index + 1} (${step.setting.label})`;
          expect(remoteResult.text, label).toBe(localResult.text);
          const [answer] = sent
            .slice(before)
            .filter((entry) => entry.origin === origin && entry.path === '/v1/completions');
          expect(answer?.body.lora, label).toEqual(LORA_FIELDS[step.setting.label]);
          // The cache is really in use: kept where the scale stays (1 → default 1), cleared where it changes.
          const promptLength = (answer?.body.prompt as number[]).length;
          if (index === 1) expect(remoteResult.evaluatedTokens, label).toBeLessThan(promptLength);
          if (index === 3) expect(remoteResult.evaluatedTokens, label).toBe(promptLength);
        }
      },
    );

    it('a request without lora after one with the adapter off reuses the prefix computed with it off', async () => {
      const target = requireCachingServer();
      const prompt = await local.tokenize(renderProfilePrompt('adapter', CACHE_HISTORY, 'Is it contagious?').text, {
        bos: true,
      });
      const complete = async (lora?: { id: number; scale: number }[]) =>
        (await post(target, '/v1/completions', {
          prompt,
          max_tokens: 1,
          temperature: 0,
          ...(lora ? { lora } : {}),
        })) as { timings: { prompt_n: number } };
      await complete([{ id: 0, scale: 0 }]);
      // All but the last token come from the cache, evaluated with the adapter off, for a request that wants it on.
      expect((await complete()).timings.prompt_n).toBeLessThan(prompt.length);
      await complete([{ id: 0, scale: 0 }]);
      expect((await complete([{ id: 0, scale: 1 }])).timings.prompt_n).toBe(prompt.length);
    });
  });
});

function requireServer(): RunningLlamaServer {
  if (!server) throw new Error('llama-server is not running');
  return server;
}

function requireCachingServer(): RunningLlamaServer {
  if (!cachingServer) throw new Error('the llama-server with its prompt cache is not running');
  return cachingServer;
}

function remoteEngineFor(baseUrl: string): RemoteEngine {
  return new RemoteEngine({
    server: remoteServerConfigSchema.parse({
      id: 'llama-server-test',
      name: 'llama-server (test)',
      baseUrl,
      software: 'llama-server',
      model: null,
      adapter: { mode: 'llama-server-lora', id: 0 },
    }),
    apiKey: null,
    fetch: recordingFetch,
  });
}

let requestCounter = 0;

function request(
  profile: ProfileId,
  setting: LoraSetting,
  question: Question,
  maxTokens = MAX_TOKENS,
): GenerateRequest {
  const id = `llama-server-${++requestCounter}`;
  return {
    requestId: id,
    sessionKey: id, // a new conversation each time, as each server request stands alone
    history: question.history,
    prompt: question.prompt,
    profile,
    sampling: { temperature: 0, topP: 0.9, maxTokens },
    ...(setting.lora === undefined ? {} : { lora: setting.lora }),
  };
}

/** The local engine's chat template prompt (what its chat session evaluates for a new conversation). */
function templateTokens(question: Question): Token[] {
  if (!model) throw new Error('the model is not loaded in this process');
  const turns = [...question.history, { role: 'user' as const, text: question.prompt }];
  const { wrapper } = createChatWrapper('template', model);
  const { contextText } = wrapper.generateContextState({
    chatHistory: [...toChatHistory(turns), { type: 'model', response: [] }],
  });
  return contextText.tokenize(model.tokenizer);
}

/** Node's fetch, noting each JSON body the RemoteEngine sends. */
const recordingFetch: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (typeof init?.body === 'string')
    sent.push({ origin: url.origin, path: url.pathname, body: JSON.parse(init.body) });
  return fetch(input, init);
};

async function post(target: RunningLlamaServer, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${target.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json();
}
