// Thread calibration end to end (app → forked host → tiny model): the first load measures [1, 2] with
// progress, later loads reuse it, a changed file measures again, a fixed count skips it; "Lower memory
// use" reaches the loader (the model file is then not mapped); calibrateThreads itself stops on abort.
import { copyFile, mkdtemp, readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getLlama, LlamaChatSession, type Llama, type LlamaModel } from 'node-llama-cpp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../main/services/app/create-app';
import type { EventSink } from '../../../main/services/events';
import { ForkHostLauncher } from '../../../main/services/model-host';
import { runGeneration } from '../../../main/services/model-host/generation';
import { CalibrationAbortedError, calibrateThreads } from '../../../main/services/model-host/thread-calibration';
import { ThreadPhases } from '../../../main/services/model-host/thread-phases';
import type { EventChannel, EventPayload } from '../../../preload/contract/channels';
import type { ModelStatus, Settings } from '../../../preload/contract/schemas';
import type { CalibrationProgress, ThreadCalibration } from '../../../preload/contract/thread-calibration';
import { ensureTinyModel } from '../../fixtures/tiny-llama';
import { callApp } from '../support/app-under-test';
import { ask, forkedClient } from './support';

class Recorder implements EventSink {
  readonly calibration: CalibrationProgress[] = [];
  readonly statuses: ModelStatus[] = [];
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    if (channel === 'model:calibration') this.calibration.push(payload as CalibrationProgress);
    if (channel === 'model:status') this.statuses.push(payload as ModelStatus);
  }
}

describe('thread calibration through the app', () => {
  let dir: string;
  let modelPath: string;
  let app: App;
  const events = new Recorder();
  const call = <T>(channel: string, payload: unknown = {}): Promise<T> => callApp<T>(app, channel, payload);
  const load = (): Promise<ModelStatus> => call<ModelStatus>('model:load');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mea-calibration-'));
    // A private copy: touching its mtime below must not disturb other tests' fixture.
    modelPath = join(dir, 'tiny.gguf');
    await copyFile((await ensureTinyModel()).modelPath, modelPath);
    app = createApp({
      dataDir: join(dir, 'data'),
      launcher: new ForkHostLauncher(),
      events,
      pickFile: async () => null,
      version: '0.0.0-test',
      threadCalibration: { candidates: [1, 2], tokens: 16 },
    });
    await call<Settings>('settings:update', { modelPath, threads: 'auto', sampling: { maxTokens: 8 } });
  });

  afterAll(async () => {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('measures on the first load, with progress, and runs with the chosen count', async () => {
    expect(await call<ThreadCalibration | null>('model:getCalibration')).toBeNull();
    const status = await load();
    const running = events.calibration.filter((event) => event.state === 'running');
    expect(running.map((event) => [event.done, event.total, event.threads])).toEqual([
      [1, 2, 1],
      [2, 2, 2],
    ]);
    const done = events.calibration.at(-1);
    expect(done?.state).toBe('done');
    expect(events.statuses.some((s) => s.state === 'loading' && s.message === 'Tuning for this computer… 1/2')).toBe(
      true,
    );

    const stored = await call<ThreadCalibration | null>('model:getCalibration');
    expect(stored?.samples.map((sample) => sample.threads)).toEqual([1, 2]);
    for (const sample of stored?.samples ?? []) {
      expect(sample.generationTokensPerSecond).toBeGreaterThan(0);
      expect(sample.promptTokensPerSecond).toBeGreaterThan(0);
    }
    expect(done?.threads).toBe(stored?.generationThreads);
    expect(status.state).toBe('ready');
    expect(status.modelInfo?.threads).toBe(stored?.generationThreads);
    expect(app.host.getStatus().modelInfo?.promptThreads).toBe(stored?.promptThreads);
  });

  it('does not measure again on the next load', async () => {
    const before = events.calibration.length;
    const stored = await call<ThreadCalibration>('model:getCalibration');
    const status = await load();
    expect(events.calibration.length).toBe(before);
    expect(status.modelInfo?.threads).toBe(stored.generationThreads);
    // The stored prompt count reaches the host too (LoadConfig.promptThreads).
    expect(app.host.getStatus().modelInfo?.promptThreads).toBe(stored.promptThreads);
  });

  it('measures again when the model file changed', async () => {
    const first = await call<ThreadCalibration>('model:getCalibration');
    const later = new Date(Date.now() + 60_000);
    await utimes(modelPath, later, later);
    expect(await call<ThreadCalibration | null>('model:getCalibration')).toBeNull();
    const before = events.calibration.length;
    await load();
    expect(events.calibration.slice(before).map((event) => event.state)).toEqual(['running', 'running', 'done']);
    const second = await call<ThreadCalibration>('model:getCalibration');
    expect(second.measuredAt).toBeGreaterThanOrEqual(first.measuredAt);
  });

  it('measures again on "Re-measure"', async () => {
    const before = events.calibration.length;
    const status = await call<ModelStatus>('model:recalibrate');
    expect(status.state).toBe('ready');
    expect(events.calibration.slice(before).at(-1)?.state).toBe('done');
  });

  it('skips measuring with a fixed thread count, and refuses "Re-measure" then', async () => {
    await call<Settings>('settings:update', { threads: 1 });
    const before = events.calibration.length;
    const status = await load();
    expect(events.calibration.length).toBe(before);
    expect(status.modelInfo?.threads).toBe(1);
    await expect(call('model:recalibrate')).rejects.toThrow(/fixed number/);
  });

  it('"Lower memory use" loads the model without mapping the file', async () => {
    const mapsOfHost = async (): Promise<string> => readFile(`/proc/${app.host.pid}/maps`, 'utf8');
    await call<Settings>('settings:update', { lowMemory: 'off' });
    await load();
    expect(await mapsOfHost()).toContain(modelPath);
    await call<Settings>('settings:update', { lowMemory: 'on' });
    const status = await load();
    expect(status.state).toBe('ready');
    expect(await mapsOfHost()).not.toContain(modelPath);
  });
});

describe('separate prompt and generation counts through the host', () => {
  it('loads with both counts and answers', async () => {
    const fixture = await ensureTinyModel();
    const client = forkedClient();
    try {
      const info = await client.load({ modelPath: fixture.modelPath, gpuLayers: 'auto', threads: 1, promptThreads: 2 });
      expect({ threads: info.threads, promptThreads: info.promptThreads }).toEqual({ threads: 1, promptThreads: 2 });
      const result = await client.generate(ask('phases', 'What is hypokalemia?', { maxTokens: 6 }));
      expect(result.tokens).toBeGreaterThan(0);
    } finally {
      await client.dispose();
    }
  });
});

describe('calibrateThreads', () => {
  let llama: Llama;
  let model: LlamaModel;

  beforeAll(async () => {
    llama = await getLlama({ gpu: false });
    llama.maxThreads = 1;
    model = await llama.loadModel({ modelPath: (await ensureTinyModel()).modelPath });
  });

  afterAll(async () => {
    await model?.dispose();
  });

  it('stops between candidates when aborted, and restores the thread limit', async () => {
    const stop = new AbortController();
    const progress: number[] = [];
    const run = calibrateThreads(
      llama,
      model,
      { candidates: [1, 2], tokens: 8 },
      {
        signal: stop.signal,
        onProgress: (done) => {
          progress.push(done);
          stop.abort();
        },
      },
    );
    await expect(run).rejects.toBeInstanceOf(CalibrationAbortedError);
    expect(progress).toEqual([1]);
    expect(llama.maxThreads).toBe(1);
  });

  it('leaves the thread limit at the chosen count', async () => {
    const result = await calibrateThreads(
      llama,
      model,
      { candidates: [2, 1], tokens: 8 },
      { signal: new AbortController().signal, onProgress: () => {} },
    );
    expect(result.samples.map((sample) => sample.threads)).toEqual([1, 2]);
    expect(llama.maxThreads).toBe(result.generationThreads);
  });

  it('caps the decode threads of a context made for more (how the chosen count reaches every context)', async () => {
    llama.maxThreads = 2;
    const context = await model.createContext({ contextSize: 64, threads: 2 });
    try {
      llama.maxThreads = 1;
      const sequence = context.getSequence();
      await sequence.evaluateWithoutGeneratingNewTokens(model.tokenize('chest pain'));
      expect(context.currentThreads).toBe(1);
      llama.maxThreads = 2;
      await sequence.evaluateWithoutGeneratingNewTokens(model.tokenize(' and fever'));
      expect(context.currentThreads).toBe(2);
    } finally {
      await context.dispose();
      llama.maxThreads = 1;
    }
  });

  it("evaluates an answer's prompt with the prompt count and generates with the generation count", async () => {
    llama.maxThreads = 1;
    const phases = new ThreadPhases(llama, { promptThreads: 2, generationThreads: 1 });
    // Created under the wider cap, the context may use 2 threads; the cap then picks per decode.
    const context = await phases.creatingContext(() =>
      model.createContext({ contextSize: 256, threads: phases.widest }),
    );
    const seen: { afterPrompt?: number; atEnd?: number } = {};
    const spy = Object.assign(Object.create(phases) as ThreadPhases, {
      startPrompt: () => {
        const phase = phases.startPrompt();
        return {
          promptDone: () => {
            seen.afterPrompt ??= context.currentThreads; // the last decode was the prompt's
            phase.promptDone();
          },
          end: phase.end,
        };
      },
    });
    try {
      const sequence = context.getSequence();
      const session = new LlamaChatSession({ contextSequence: sequence, autoDisposeSequence: false });
      const entry = {
        key: 'k',
        requestedProfile: 'qa',
        profile: 'qa',
        session,
        sequence,
        fresh: true,
        busy: true,
      } as const;
      const request = {
        requestId: 'r',
        sessionKey: 'k',
        history: [],
        prompt: 'What is hypokalemia? Explain the causes and the treatment.',
        profile: 'qa' as const,
        sampling: { temperature: 0, topP: 0.9, maxTokens: 8 },
      };
      const result = await runGeneration({ ...entry }, request, new AbortController().signal, () => {}, {
        phases: spy,
      });
      seen.atEnd = context.currentThreads; // the last decode was a generated token's
      expect(result.tokens).toBeGreaterThan(2);
      expect(seen).toEqual({ afterPrompt: 2, atEnd: 1 });
      expect(llama.maxThreads).toBe(1);
    } finally {
      await context.dispose();
      llama.maxThreads = 1;
    }
  });
});
