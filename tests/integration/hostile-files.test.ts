// Hostile model and adapter files through the whole app (createApp → dispatcher → library/model services →
// a real model host process): each is refused with a message naming the problem, nothing the user chose is lost,
// the host never restarts, and a valid model still loads and answers. A real PEFT folder imports the same way.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../main/services/app/create-app';
import type { ImportResult } from '../../preload/contract/features/library';
import type { ModelStatus, Settings } from '../../preload/contract/schemas';
import { tinyHfLlamaConfig } from '../fixtures/hf/hf-llama';
import { randomPeftModules, writePeftFolder, type PeftFixtureSpec } from '../fixtures/hf/peft-adapter';
import { buildHostileFiles } from '../fixtures/hostile-gguf';
import { ensureTinyModel } from '../fixtures/tiny-llama';
import { callApp, ChatDoneRecorder, startTestApp, type ChatDone } from './support/app-under-test';

const fixture = await ensureTinyModel();
const dir = await mkdtemp(join(tmpdir(), 'mea-hostile-'));
const cases = await buildHostileFiles(join(dir, 'files'), fixture);

type Done = ChatDone;

const events = new ChatDoneRecorder();
let app: App;
let hostPid: number | undefined;

function call<T>(channel: string, payload: unknown): Promise<T> {
  return callApp<T>(app, channel, payload);
}

async function refusal(channel: string, payload: unknown): Promise<{ code: string; message: string }> {
  const envelope = await app.dispatcher.dispatch(channel, payload);
  if (envelope.ok) throw new Error(`${channel} accepted ${JSON.stringify(payload)}`);
  return envelope.error;
}

/** Asks through chat:send and waits for the answer to finish. */
async function ask(question: string): Promise<Done> {
  const { requestId } = await call<{ requestId: string }>('chat:send', { conversationId: null, text: question });
  const started = Date.now();
  for (;;) {
    const done = events.done.find((event) => event.requestId === requestId);
    if (done) return done;
    if (Date.now() - started > 60_000) throw new Error('no answer within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  app = startTestApp(join(dir, 'data'), events);
  await call('settings:update', { threads: 1, sampling: { maxTokens: 8 } });
  await call<ImportResult>('library:importFile', { kind: 'model', path: fixture.modelPath });
  await call<ImportResult>('library:importFile', { kind: 'lora', path: fixture.loraPath });
  const status = await call<ModelStatus>('model:load', {});
  expect(status.state).toBe('ready');
  hostPid = app.host.pid;
});

afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('hostile files', () => {
  it('has at least 12 of them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases)('import refuses $name ($kind) and keeps the current choice', async (hostile) => {
    const error = await refusal('library:importFile', { kind: hostile.kind, path: hostile.path, copy: true });
    expect(['invalid_payload', 'not_found']).toContain(error.code);
    expect(error.message).toMatch(hostile.expected);
    const settings = await call<Settings>('settings:get', {});
    expect([settings.modelPath, settings.loraPath]).toEqual([fixture.modelPath, fixture.loraPath]);
  });

  it.each(cases)('model:load refuses $name before the model host sees it', async (hostile) => {
    const chosen = hostile.kind === 'model' ? { modelPath: hostile.path } : { loraPath: hostile.path };
    await call('settings:update', chosen);
    try {
      const error = await refusal('model:load', {});
      expect(error.code).toBe('invalid_payload');
      expect(error.message).toMatch(hostile.expected);
    } finally {
      await call('settings:update', { modelPath: fixture.modelPath, loraPath: fixture.loraPath });
    }
  });

  it('leaves the model host alive: same process, still ready, and a valid model loads and answers', async () => {
    expect(app.host.pid).toBe(hostPid);
    expect(app.model.getStatus().state).toBe('ready');
    const status = await call<ModelStatus>('model:load', {});
    expect(status.state).toBe('ready');
    expect(status.modelInfo?.loraPath).toBe(fixture.loraPath);
    const done = await ask('What is hypokalemia?');
    expect(done.message.status).toBe('complete');
    expect(done.message.content.trim().length).toBeGreaterThan(0);
    expect(app.host.pid).toBe(hostPid);
  });

  it('lists what was imported', async () => {
    const entries = await call<ImportResult['entry'][]>('library:list', {});
    expect(entries.map((entry) => [entry.kind, entry.path])).toEqual([
      ['lora', fixture.loraPath],
      ['model', fixture.modelPath],
    ]);
  });
});

describe('PEFT folder import', () => {
  it('converts a PEFT folder against the current model, selects it, and the adapter answers', async () => {
    const spec: PeftFixtureSpec = {
      targets: ['q_proj', 'v_proj'],
      rankOf: () => 8,
      alphaOf: () => 16,
      config: {},
      seed: 3,
    };
    const peftDir = join(dir, 'medical-peft');
    await writePeftFolder(peftDir, spec, randomPeftModules(tinyHfLlamaConfig(fixture.meta.vocabSize), spec));

    const result = await call<ImportResult>('library:importPeft', { dir: peftDir });
    expect(result.entry).toMatchObject({ kind: 'lora', source: 'peft', originalPath: peftDir, rank: 8 });
    expect(result.entry.path).toBe(join(dir, 'data', 'adapters', 'medical-peft.gguf'));
    expect(result.settings.loraPath).toBe(result.entry.path);

    const status = await call<ModelStatus>('model:load', {});
    expect(status.modelInfo?.loraPath).toBe(result.entry.path);
    expect((await ask('What is anemia?')).message.status).toBe('complete');
  });

  it('names what does not fit when the PEFT folder is for another base', async () => {
    const spec: PeftFixtureSpec = { targets: ['q_proj'], rankOf: () => 8, alphaOf: () => 16, config: {}, seed: 4 };
    const wide = { ...tinyHfLlamaConfig(fixture.meta.vocabSize), hidden_size: 128 };
    const peftDir = join(dir, 'wide-peft');
    await writePeftFolder(peftDir, spec, randomPeftModules(wide, spec));
    const before = await call<Settings>('settings:get', {});
    const error = await refusal('library:importPeft', { dir: peftDir });
    expect(error.code).toBe('invalid_payload');
    expect(error.message).toMatch(/128/);
    expect((await call<Settings>('settings:get', {})).loraPath).toBe(before.loraPath);
  });
});
