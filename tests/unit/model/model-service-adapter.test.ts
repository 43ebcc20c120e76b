// ModelService per answer: the adapter choice picks the LoRA setting and the prompt profile that
// travels with it; the status carries the adapter's provenance, the GPU figures and a GPU notice.
import type Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EventSink } from '../../../main/services/events';
import { GgufHeader } from '../../../main/services/gguf';
import { ModelHostClient } from '../../../main/services/model-host';
import type { ClientMessage } from '../../../main/services/model-host/protocol';
import { adapterProvenance } from '../../../main/services/model/adapter-provenance';
import { ModelService } from '../../../main/services/model/model-service';
import { SettingsService } from '../../../main/services/settings/settings-service';
import { openDatabase, SettingsRepository } from '../../../main/services/store';
import type { EventChannel, EventPayload } from '../../../preload/contract/channels';
import { ensureTinyModel, type TinyModelFixture } from '../../fixtures/tiny-llama';
import { FakeLauncher, type FakeHostScript } from '../model-host/fake-host';

const silent: EventSink = { emit: <E extends EventChannel>(_c: E, _p: EventPayload<E>) => undefined };

let fixture: TinyModelFixture;
let db: Database.Database;
let settings: SettingsService;
let host: ModelHostClient;
let launcher: FakeLauncher;
let model: ModelService;

beforeAll(async () => {
  fixture = await ensureTinyModel();
});

beforeEach(() => {
  db = openDatabase(':memory:');
  settings = new SettingsService(new SettingsRepository(db));
});

afterEach(async () => {
  model?.dispose();
  await host?.dispose();
  db.close();
});

async function loaded(choice: { lora: boolean; loraScale?: number }, script: FakeHostScript = {}): Promise<void> {
  launcher = new FakeLauncher(script);
  host = new ModelHostClient({ launcher });
  model = new ModelService(host, settings, silent);
  settings.update({
    modelPath: fixture.modelPath,
    loraPath: choice.lora ? fixture.loraPath : null,
    loraScale: choice.loraScale ?? 1,
  });
  await model.load();
}

async function generateWith(adapter: { enabled: boolean; scale: number } | undefined) {
  const requestId = `r${launcher.current.received.length}`;
  await model.generate(
    { sessionKey: '1', history: [], prompt: 'Q', adapter },
    { requestId, signal: new AbortController().signal, onDelta: () => undefined },
  );
  const sent = launcher.current.received.find(
    (m): m is Extract<ClientMessage, { type: 'generate' }> =>
      m.type === 'generate' && m.request.requestId === requestId,
  );
  return sent?.request;
}

describe('ModelService with a LoRA adapter loaded', () => {
  it('adapter on: the LoRA at the conversation scale with the adapter profile; off: the base and its template', async () => {
    await loaded({ lora: true });
    expect(await generateWith({ enabled: true, scale: 0.5 })).toMatchObject({
      lora: { scale: 0.5 },
      profile: 'adapter',
    });
    expect(await generateWith({ enabled: false, scale: 0.5 })).toMatchObject({ lora: null, profile: 'template' });
    const byDefault = await generateWith(undefined);
    expect(byDefault?.profile).toBe('adapter');
    expect(byDefault?.lora).toBeUndefined(); // the host's default: the adapter at its load scale
    expect(model.requireActiveModel({ enabled: false, scale: 1 }).profile).toBe('template');
    expect(model.requireActiveModel({ enabled: true, scale: 1 }).profile).toBe('adapter');
  });

  it("the adapter's profile follows the settings choice for the pair; off still uses the base's", async () => {
    await loaded({ lora: true });
    settings.update({ profile: 'qa' });
    expect(await generateWith({ enabled: true, scale: 1 })).toMatchObject({ profile: 'qa', lora: { scale: 1 } });
    expect(await generateWith({ enabled: false, scale: 1 })).toMatchObject({ profile: 'template', lora: null });
  });

  it('status: adapter path, default scale capped to 2 for new conversations, provenance list', async () => {
    await loaded({ lora: true, loraScale: 3 });
    expect(model.getStatus().adapter).toEqual({ path: fixture.loraPath, defaultScale: 3, provenance: [] });
    expect(model.defaultAdapterChoice()).toEqual({ enabled: true, scale: 2 });
  });
});

describe('ModelService without an adapter', () => {
  it('answers with the base whatever the conversation says, and reports no adapter', async () => {
    await loaded({ lora: false });
    expect(await generateWith({ enabled: true, scale: 1 })).toMatchObject({ lora: null, profile: 'template' });
    expect(model.getStatus().adapter).toBeNull();
  });

  it('shows the GPU figures and puts a GPU fallback notice in the status message', async () => {
    const gpuFallback = 'GPU initialisation failed (no CUDA driver); running on the CPU.';
    await loaded({ lora: false }, { info: { gpuFallback, gpuDeviceNames: [], vramTotalBytes: null } });
    const status = model.getStatus();
    expect(status.state).toBe('ready');
    expect(status.message).toBe(gpuFallback);
    expect(status.modelInfo).toMatchObject({
      gpuFallback,
      gpuDeviceNames: [],
      vramTotalBytes: null,
      vramUsedBytes: null,
    });
  });
});

describe('adapterProvenance', () => {
  it('lists adapter.source.* keys without the prefix, arrays joined, other keys ignored', () => {
    const metadata = new Map([
      ['general.type', { type: 'string', value: 'adapter' }],
      ['adapter.source.base_model', { type: 'string', value: 'TinyLlama/TinyLlama-1.1B-Chat-v1.0' }],
      ['adapter.source.rank', { type: 'uint32', value: 16 }],
      ['adapter.source.target_modules', { type: 'array', itemType: 'string', value: ['q_proj', 'v_proj'] }],
      ['adapter.lora.alpha', { type: 'float32', value: 32 }],
    ] as const);
    const header = new GgufHeader({
      version: 3,
      metadata,
      tensors: [],
      alignment: 32,
      dataOffset: 0,
      dataEnd: 0,
      fileSize: 0,
    });
    expect(adapterProvenance(header)).toEqual([
      { key: 'base_model', value: 'TinyLlama/TinyLlama-1.1B-Chat-v1.0' },
      { key: 'rank', value: '16' },
      { key: 'target_modules', value: 'q_proj, v_proj' },
    ]);
  });
});
