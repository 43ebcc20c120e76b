// EvaluationRuns behind the evaluation channels, over a scripted Evaluator: the run starts in the
// background and reports through events, one run at a time, cancel, refusals a user needs explained.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dispatcher, type InvokeHandlers } from '../../../main/services/api/dispatcher';
import { evaluationHandlers } from '../../../main/services/api/handlers/evaluation';
import { EvaluationRuns, type EvaluationModel } from '../../../main/services/evaluation/evaluation-runs';
import { SAMPLE_EVALUATION_DATA } from '../../../main/services/evaluation/sample-data';
import type {
  EvaluationProgress,
  EvaluationRun,
  EvaluationVariant,
  Evaluator,
} from '../../../main/services/evaluation/types';
import type { EventSink } from '../../../main/services/events';
import type { EventChannel, EventPayload } from '../../../preload/contract/channels';
import { ApiError } from '../../../preload/contract/envelope';
import type { AdapterInfo } from '../../../preload/contract/schemas';

class Sink implements EventSink {
  readonly events: { channel: EventChannel; payload: unknown }[] = [];
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    this.events.push({ channel, payload });
  }
  of<E extends EventChannel>(channel: E): EventPayload<E>[] {
    return this.events.filter((e) => e.channel === channel).map((e) => e.payload as EventPayload<E>);
  }
  async waitDone(runKey: string): Promise<EventPayload<'evaluation:done'>> {
    for (;;) {
      const found = this.of('evaluation:done').find((done) => done.runKey === runKey);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }
}

/** Scores `items` items per variant, one per tick, storing a run per variant; honours abort between items. */
class ScriptedEvaluator implements Evaluator {
  items = 3;
  failWith: Error | null = null;
  readonly stored: EvaluationRun[] = [];
  readonly requests: { dataPath: string; variants: EvaluationVariant[] }[] = [];

  async run(
    request: { dataPath: string; variants: EvaluationVariant[] },
    options: { runKey: string; signal: AbortSignal; onProgress: (progress: EvaluationProgress) => void },
  ): Promise<EvaluationRun[]> {
    this.requests.push(request);
    const runs: EvaluationRun[] = [];
    for (const variant of request.variants) {
      for (let done = 1; done <= this.items; done++) {
        await new Promise((resolve) => setTimeout(resolve, 3));
        if (options.signal.aborted) throw new Error('Evaluation cancelled.');
        if (this.failWith) throw this.failWith;
        options.onProgress({
          runKey: options.runKey,
          variant,
          itemsDone: done,
          itemsTotal: this.items,
          tokensPerSecond: 100 * done,
        });
      }
      const run = storedRun(this.stored.length + 1, variant, request.dataPath);
      this.stored.unshift(run);
      runs.push(run);
    }
    return runs;
  }
  list(): EvaluationRun[] {
    return [...this.stored];
  }
  delete(id: number): void {
    const index = this.stored.findIndex((run) => run.id === id);
    if (index < 0) throw new ApiError('not_found', `Evaluation run ${id} not found.`);
    this.stored.splice(index, 1);
  }
}

function storedRun(id: number, variant: EvaluationVariant, dataPath: string): EvaluationRun {
  return {
    id,
    createdAt: 1_700_000_000_000 + id,
    variant,
    modelName: 'tiny',
    modelPath: '/m/tiny.gguf',
    adapterPath: variant === 'adapter' ? '/m/lora.gguf' : null,
    adapterScale: variant === 'adapter' ? 1 : null,
    dataPath,
    dataSha256: 'a'.repeat(64),
    items: 3,
    seconds: 0.5,
    tokensPerSecond: 300,
    answerPerplexity: variant === 'adapter' ? 3.1 : 4.2,
    sequencePerplexity: variant === 'adapter' ? 2.4 : 2.9,
    answerTokens: 30,
    sequenceTokens: 90,
  };
}

class Model implements EvaluationModel {
  ready = true;
  adapter: AdapterInfo | null = { path: '/m/lora.gguf', defaultScale: 1, provenance: [] };
  requireScoringModel() {
    if (!this.ready) throw new ApiError('model_unavailable', 'No model is ready. Load a model in Settings.');
    return { modelName: 'tiny' };
  }
  loadedAdapter() {
    return this.adapter;
  }
}

let dir: string;
let dataPath: string;
let sink: Sink;
let evaluator: ScriptedEvaluator;
let model: Model;
let busy: string | null;
let runs: EvaluationRuns;
let dispatcher: Dispatcher;

function expectApiError(fn: () => unknown, code: ApiError['code'], message: RegExp): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe(code);
    expect((error as ApiError).message).toMatch(message);
    return;
  }
  throw new Error('expected an ApiError');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mea-eval-runs-'));
  dataPath = join(dir, 'cards.jsonl');
  writeFileSync(dataPath, '{"question":"What is DKA?","answer":"Diabetic ketoacidosis."}\n');
  sink = new Sink();
  evaluator = new ScriptedEvaluator();
  model = new Model();
  busy = null;
  runs = new EvaluationRuns({ evaluator, model, events: sink, busyReason: () => busy });
  // Only the evaluation channels are under test; the dispatcher checks their payloads and responses.
  dispatcher = new Dispatcher(evaluationHandlers(runs) as InvokeHandlers, { error: () => undefined });
});

afterEach(async () => {
  await runs.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('EvaluationRuns', () => {
  it('returns a key at once, then reports progress per variant and the stored runs in the done event', async () => {
    const { runKey } = runs.start({ dataPath, variants: ['base', 'adapter'] });
    expect(runKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(sink.events).toEqual([]); // nothing before the caller has its key
    expect(runs.isRunning()).toBe(true);

    const done = await sink.waitDone(runKey);
    expect(done).toEqual({ runKey, status: 'complete', runs: evaluator.list().reverse(), error: null });
    expect(done.runs.map((run) => run.variant)).toEqual(['base', 'adapter']);
    const progress = sink.of('evaluation:progress');
    expect(progress.map((p) => `${p.variant}:${p.itemsDone}/${p.itemsTotal}`)).toEqual([
      'base:1/3',
      'base:2/3',
      'base:3/3',
      'adapter:1/3',
      'adapter:2/3',
      'adapter:3/3',
    ]);
    expect(progress.every((p) => p.runKey === runKey)).toBe(true);
    expect(evaluator.requests).toEqual([{ dataPath, variants: ['base', 'adapter'] }]);
    expect(runs.isRunning()).toBe(false);
  });

  it('refuses a second run while one is running, and allows one after it finished', async () => {
    const first = runs.start({ dataPath, variants: ['base'] });
    expectApiError(() => runs.start({ dataPath, variants: ['base'] }), 'conflict', /already running/);
    await sink.waitDone(first.runKey);
    const second = runs.start({ dataPath, variants: ['base'] });
    expect((await sink.waitDone(second.runKey)).status).toBe('complete');
  });

  it('cancel stops the run between items: a cancelled done event, nothing stored, a new run may start', async () => {
    evaluator.items = 50;
    const { runKey } = runs.start({ dataPath, variants: ['base', 'adapter'] });
    while (sink.of('evaluation:progress').length < 2) await new Promise((resolve) => setTimeout(resolve, 2));
    expect(runs.cancel(runKey)).toEqual({ cancelled: true });
    expect(runs.cancel(runKey)).toEqual({ cancelled: false }); // already cancelling
    const done = await sink.waitDone(runKey);
    expect(done).toEqual({ runKey, status: 'cancelled', runs: [], error: null });
    expect(sink.of('evaluation:progress').length).toBeLessThan(50);
    expect(evaluator.list()).toEqual([]);
    expect(runs.cancel('not-a-running-key')).toEqual({ cancelled: false });
    expect(runs.isRunning()).toBe(false);
  });

  it('a failing evaluation ends with its message (e.g. the bad data line)', async () => {
    evaluator.failWith = new ApiError('invalid_payload', 'cards.jsonl line 2: "answer" is missing');
    const { runKey } = runs.start({ dataPath, variants: ['base'] });
    expect(await sink.waitDone(runKey)).toEqual({
      runKey,
      status: 'failed',
      runs: [],
      error: 'cards.jsonl line 2: "answer" is missing',
    });
  });

  it('"adapter" without a loaded adapter is refused with the reason; base alone still runs', async () => {
    model.adapter = null;
    expectApiError(
      () => runs.start({ dataPath, variants: ['base', 'adapter'] }),
      'model_unavailable',
      /No LoRA adapter is loaded/,
    );
    expect(runs.isRunning()).toBe(false);
    const { runKey } = runs.start({ dataPath, variants: ['base'] });
    expect((await sink.waitDone(runKey)).status).toBe('complete');
  });

  it('refuses without a model, while the model is busy, and for a missing data file', () => {
    model.ready = false;
    expectApiError(() => runs.start({ dataPath, variants: ['base'] }), 'model_unavailable', /No model is ready/);
    model.ready = true;
    busy = 'An answer is being generated; evaluate when it is done.';
    expectApiError(() => runs.start({ dataPath, variants: ['base'] }), 'conflict', /answer is being generated/);
    busy = null;
    expectApiError(
      () => runs.start({ dataPath: join(dir, 'missing.jsonl'), variants: ['base'] }),
      'not_found',
      /Data file not found: .*missing\.jsonl/,
    );
    expectApiError(() => runs.start({ dataPath: dir, variants: ['base'] }), 'invalid_payload', /Not a file/);
    expect(evaluator.requests).toEqual([]);
    expect(sink.events).toEqual([]);
  });

  it('dispose cancels a running evaluation and waits for it', async () => {
    evaluator.items = 1000;
    const { runKey } = runs.start({ dataPath, variants: ['base'] });
    await runs.dispose();
    expect(runs.isRunning()).toBe(false);
    expect(sink.of('evaluation:done')).toEqual([{ runKey, status: 'cancelled', runs: [], error: null }]);
  });
});

describe('evaluation channels', () => {
  it('run → key, list → stored runs (schema-checked), delete → gone; unknown id is not_found', async () => {
    const started = await dispatcher.dispatch('evaluation:run', { dataPath, variants: ['adapter', 'base'] });
    if (!started.ok) throw new Error(started.error.message);
    const { runKey } = started.value as { runKey: string };
    await sink.waitDone(runKey);
    const listed = await dispatcher.dispatch('evaluation:list', {});
    expect(listed).toEqual({ ok: true, value: evaluator.list() });
    expect(evaluator.list().map((run) => run.variant)).toEqual(['base', 'adapter']);
    const id = evaluator.list()[0]?.id ?? 0;
    expect(id).toBeGreaterThan(0);
    expect(await dispatcher.dispatch('evaluation:delete', { id })).toEqual({ ok: true, value: { id } });
    expect(evaluator.list().map((run) => run.id)).not.toContain(id);
    expect(await dispatcher.dispatch('evaluation:delete', { id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('sample → the shipped file and its item count; none configured or missing on disk → null', async () => {
    const shipped = join(process.cwd(), 'resources', ...SAMPLE_EVALUATION_DATA);
    const withSample = new EvaluationRuns({ evaluator, model, events: sink, samplePath: shipped });
    const handlers = new Dispatcher(evaluationHandlers(withSample) as InvokeHandlers, { error: () => undefined });
    const reply = await handlers.dispatch('evaluation:sample', {});
    if (!reply.ok) throw new Error(reply.error.message);
    const lines = readFileSync(shipped, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(reply.value).toEqual({ path: shipped, items: lines.length });
    expect(lines.length).toBeGreaterThanOrEqual(20);
    expect(await dispatcher.dispatch('evaluation:sample', {})).toEqual({ ok: true, value: { path: null, items: 0 } });
    const gone = new EvaluationRuns({ evaluator, model, events: sink, samplePath: join(dir, 'missing.jsonl') });
    expect(gone.sample()).toEqual({ path: null, items: 0 });
  });

  it('rejects bad requests before they reach the runner', async () => {
    for (const variants of [[], ['base', 'base'], ['base', 'adapter', 'base'], ['lora']]) {
      expect(await dispatcher.dispatch('evaluation:run', { dataPath, variants })).toMatchObject({
        ok: false,
        error: { code: 'invalid_payload' },
      });
    }
    expect(await dispatcher.dispatch('evaluation:run', { dataPath: '', variants: ['base'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
    expect(await dispatcher.dispatch('evaluation:cancel', { runKey: '../x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_payload' },
    });
    expect(evaluator.requests).toEqual([]);
  });

  it('cancel over the channel answers whether a run was stopped', async () => {
    evaluator.items = 200;
    const started = await dispatcher.dispatch('evaluation:run', { dataPath, variants: ['base'] });
    const { runKey } = (started as { ok: true; value: { runKey: string } }).value;
    expect(await dispatcher.dispatch('evaluation:cancel', { runKey })).toEqual({
      ok: true,
      value: { cancelled: true },
    });
    expect((await sink.waitDone(runKey)).status).toBe('cancelled');
  });
});
