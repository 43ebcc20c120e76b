// Evaluation on the real main side (SQLite, ModelService, a forked model host, the tiny fixture model
// and its LoRA): both variants are scored and stored, they differ, a stop leaves nothing half-stored,
// an over-long item is refused by line, and chat-side one-off answers still work afterwards.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../main/services/app/create-app';
import { EvaluationRepository } from '../../../main/services/evaluation/evaluation-repository';
import { EvaluationService } from '../../../main/services/evaluation/evaluation-service';
import { scoreItem } from '../../../main/services/evaluation/item-scorer';
import type { EvaluationProgress } from '../../../main/services/evaluation/types';
import { ensureTinyModel, TINY_LLAMA_NAME, type TinyModelFixture } from '../../fixtures/tiny-llama';
import { callApp, startTestApp } from '../support/app-under-test';

let dataDir: string;
let app: App;
let fixture: TinyModelFixture;
let evaluator: EvaluationService;

const QUESTIONS = ['What is hypokalemia?', 'What is DKA?', 'Which nerve is compressed in carpal tunnel syndrome?'];

function dataFile(name: string, items: { question: string; answer: string }[]): string {
  const path = join(dataDir, name);
  writeFileSync(path, items.map((item) => JSON.stringify(item)).join('\n'));
  return path;
}

const options = (signal = new AbortController().signal, onProgress = (_: EvaluationProgress) => {}) => ({
  runKey: 'run-1',
  signal,
  onProgress,
});

beforeAll(async () => {
  fixture = await ensureTinyModel();
  dataDir = mkdtempSync(join(tmpdir(), 'mea-eval-app-'));
  app = startTestApp(dataDir, { emit: () => {} });
  await callApp(app, 'settings:update', {
    modelPath: fixture.modelPath,
    loraPath: fixture.loraPath,
    loraScale: 1,
    threads: 1,
  });
  await callApp(app, 'model:load', {});
  evaluator = new EvaluationService({ store: new EvaluationRepository(app.db), scorer: app.model });
});

afterAll(async () => {
  await app?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('evaluation through ModelService and the model host', () => {
  it('scores base and base + adapter, stores both with model and adapter, and they differ', async () => {
    const dataPath = dataFile(
      'three.jsonl',
      QUESTIONS.map((question) => ({ question, answer: 'A serum potassium below 3.5 mmol/L.' })),
    );
    const progress: EvaluationProgress[] = [];
    const runs = await evaluator.run(
      { dataPath, variants: ['base', 'adapter'] },
      options(undefined, (p) => progress.push(p)),
    );
    const [base, adapter] = runs;
    if (!base || !adapter) throw new Error('two runs expected');
    expect(base).toMatchObject({
      variant: 'base',
      modelName: TINY_LLAMA_NAME,
      modelPath: fixture.modelPath,
      adapterPath: null,
      items: 3,
    });
    expect(adapter).toMatchObject({ variant: 'adapter', adapterPath: fixture.loraPath, adapterScale: 1, items: 3 });
    // Same tokens, different weights.
    expect(adapter.sequenceTokens).toBe(base.sequenceTokens);
    expect(adapter.answerTokens).toBe(base.answerTokens);
    expect(adapter.answerPerplexity).not.toBeCloseTo(base.answerPerplexity, 3);
    for (const run of runs) {
      expect(run.answerPerplexity).toBeGreaterThanOrEqual(1);
      expect(run.sequencePerplexity).toBeGreaterThanOrEqual(1);
      expect(run.answerPerplexity).not.toBeCloseTo(run.sequencePerplexity, 3);
      expect(run.answerTokens).toBeLessThan(run.sequenceTokens);
      expect(run.tokensPerSecond).toBeGreaterThan(0);
    }
    expect(progress.filter((p) => p.variant === 'adapter').map((p) => p.itemsDone)).toEqual([1, 2, 3]);
    expect(evaluator.list().map((run) => run.id)).toEqual([adapter.id, base.id]);
  });

  it('adapter at scale 0 scores exactly like the base model', async () => {
    const item = { question: QUESTIONS[0] as string, answer: 'Low potassium.' };
    const base = await scoreItem(app.host, item, null);
    const zero = await scoreItem(app.host, item, { scale: 0 });
    const full = await scoreItem(app.host, item, { scale: 1 });
    expect(zero.sequenceNll).toBe(base.sequenceNll);
    expect(full.sequenceNll).not.toBe(base.sequenceNll);
  });

  it('stops between items on abort and stores nothing for that run', async () => {
    const before = evaluator.list().length;
    const dataPath = dataFile(
      'many.jsonl',
      Array.from({ length: 40 }, (_, i) => ({ question: `Question ${i}?`, answer: 'An answer.' })),
    );
    const controller = new AbortController();
    const done: number[] = [];
    await expect(
      evaluator.run(
        { dataPath, variants: ['adapter'] },
        options(controller.signal, (p) => {
          done.push(p.itemsDone);
          if (p.itemsDone === 2) controller.abort();
        }),
      ),
    ).rejects.toThrow(/stopped/);
    expect(done).toEqual([1, 2]);
    expect(evaluator.list()).toHaveLength(before);
  });

  it('refuses an item longer than the context, naming its line', async () => {
    const long = Array.from({ length: 3000 }, () => 'potassium').join(' ');
    const dataPath = dataFile('long.jsonl', [
      { question: 'Short?', answer: 'Yes.' },
      { question: long, answer: 'No.' },
    ]);
    await expect(evaluator.run({ dataPath, variants: ['base'] }, options())).rejects.toThrow(
      /^Item on line 2: .*has \d+ tokens but the context holds \d+/,
    );
  });

  it('leaves one-off answers (Compare) working on the sequences it borrowed, and back again', async () => {
    const item = { question: 'What is DKA?', answer: 'Diabetic ketoacidosis.' };
    const before = await scoreItem(app.host, item, { scale: 1 });
    for (const lora of [null, { scale: 1 }]) {
      const result = await app.host.generate({
        requestId: `one-off-${lora === null ? 'base' : 'adapter'}`,
        sessionKey: 'compare',
        history: [],
        prompt: item.question,
        profile: 'adapter',
        sampling: { temperature: 0, topP: 0.9, maxTokens: 8 },
        lora,
        scratch: true,
      });
      expect(result.tokens).toBeGreaterThan(0);
    }
    // A fresh sequence per item: what the one-off answer left in the cache changes nothing.
    expect((await scoreItem(app.host, item, { scale: 1 })).sequenceNll).toBe(before.sequenceNll);
    const stats = await app.host.stats();
    // Scoring borrowed each context's scratch sequence; no context took extra sequences.
    for (const context of stats.contexts) expect(context.sequences).toBeLessThanOrEqual(4);
  });
});
