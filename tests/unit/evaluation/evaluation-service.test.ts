// EvaluationService: scores each variant in order, stores one run per variant with its labels and
// figures, reports progress with the run key, stops on abort, and refuses what it cannot score.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../preload/contract/envelope';
import { EvaluationRepository } from '../../../main/services/evaluation/evaluation-repository';
import {
  EvaluationService,
  type EvaluationScorer,
  type EvaluationTarget,
} from '../../../main/services/evaluation/evaluation-service';
import type { EvaluationProgress, EvaluationVariant } from '../../../main/services/evaluation/types';
import { openDatabase } from '../../../main/services/store';

const dir = mkdtempSync(join(tmpdir(), 'mea-eval-service-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dataPath = join(dir, 'data.jsonl');
writeFileSync(
  dataPath,
  ['What is DKA?', 'What is GFR?'].map((question) => JSON.stringify({ question, answer: 'An answer.' })).join('\n'),
);

const TARGETS: Record<EvaluationVariant, EvaluationTarget> = {
  base: { modelName: 'Tiny', modelPath: '/m/tiny.gguf', adapterPath: null, adapterScale: null },
  adapter: { modelName: 'Tiny', modelPath: '/m/tiny.gguf', adapterPath: '/m/lora.gguf', adapterScale: 0.5 },
};

/** Base: every token at p = 1/4; adapter: p = 1/2. Answers 3 tokens of 10 predicted. */
function fakeScorer(overrides: Partial<EvaluationScorer> = {}): EvaluationScorer {
  return {
    evaluationTarget: (variant) => TARGETS[variant],
    scoreEvaluationItem: async (_item, variant) => {
      const nll = variant === 'base' ? Math.log(4) : Math.log(2);
      return { answerNll: 3 * nll, answerTokens: 3, sequenceNll: 10 * nll, sequenceTokens: 10, seconds: 0.01 };
    },
    ...overrides,
  };
}

function service(scorer: EvaluationScorer) {
  const store = new EvaluationRepository(openDatabase(':memory:'));
  let time = 1_000_000;
  return { store, evaluator: new EvaluationService({ store, scorer, now: () => (time += 250) }) };
}

describe('EvaluationService', () => {
  it('scores base then adapter, stores both runs with labels, data hash and figures, newest first', async () => {
    const { evaluator } = service(fakeScorer());
    const progress: EvaluationProgress[] = [];
    const runs = await evaluator.run(
      { dataPath, variants: ['base', 'adapter'] },
      { runKey: 'k1', signal: new AbortController().signal, onProgress: (p) => progress.push(p) },
    );
    expect(runs.map((run) => [run.variant, run.adapterPath, run.adapterScale])).toEqual([
      ['base', null, null],
      ['adapter', '/m/lora.gguf', 0.5],
    ]);
    const [base, adapter] = runs;
    expect(base?.answerPerplexity).toBeCloseTo(4, 12);
    expect(base?.sequencePerplexity).toBeCloseTo(4, 12);
    expect(adapter?.answerPerplexity).toBeCloseTo(2, 12);
    expect(base).toMatchObject({ items: 2, answerTokens: 6, sequenceTokens: 20, dataPath, modelName: 'Tiny' });
    expect(base?.dataSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(base?.tokensPerSecond).toBeGreaterThan(0);
    expect(base?.seconds).toBeGreaterThan(0);
    expect(progress.map((p) => [p.runKey, p.variant, p.itemsDone, p.itemsTotal])).toEqual([
      ['k1', 'base', 1, 2],
      ['k1', 'base', 2, 2],
      ['k1', 'adapter', 1, 2],
      ['k1', 'adapter', 2, 2],
    ]);
    expect(evaluator.list().map((run) => run.variant)).toEqual(['adapter', 'base']);
  });

  it('deletes a stored run and says when there is none', async () => {
    const { evaluator } = service(fakeScorer());
    const [run] = await evaluator.run(
      { dataPath, variants: ['base'] },
      { runKey: 'k', signal: new AbortController().signal, onProgress: () => {} },
    );
    evaluator.delete(run?.id ?? -1);
    expect(evaluator.list()).toEqual([]);
    expect(() => evaluator.delete(run?.id ?? -1)).toThrow(ApiError);
  });

  it('stops when aborted and stores nothing for the unfinished variant', async () => {
    const controller = new AbortController();
    const { evaluator } = service(
      fakeScorer({
        scoreEvaluationItem: async () => {
          controller.abort();
          return { answerNll: 1, answerTokens: 1, sequenceNll: 1, sequenceTokens: 1, seconds: 0 };
        },
      }),
    );
    await expect(
      evaluator.run({ dataPath, variants: ['base'] }, { runKey: 'k', signal: controller.signal, onProgress: () => {} }),
    ).rejects.toThrow(/stopped/);
    expect(evaluator.list()).toEqual([]);
  });

  it('refuses before reading any data when a variant cannot be scored', async () => {
    const score = vi.fn();
    const { evaluator } = service(
      fakeScorer({
        evaluationTarget: (variant) => {
          if (variant === 'adapter') throw new ApiError('model_unavailable', 'No LoRA adapter is loaded');
          return TARGETS.base;
        },
        scoreEvaluationItem: score,
      }),
    );
    await expect(
      evaluator.run(
        { dataPath, variants: ['base', 'adapter'] },
        { runKey: 'k', signal: new AbortController().signal, onProgress: () => {} },
      ),
    ).rejects.toThrow(/No LoRA adapter/);
    expect(score).not.toHaveBeenCalled();
  });

  it('fails (and stores nothing) when the model changes during a run', async () => {
    let calls = 0;
    const { evaluator } = service(
      fakeScorer({
        evaluationTarget: () => (calls++ < 2 ? TARGETS.base : { ...TARGETS.base, modelPath: '/m/other.gguf' }),
      }),
    );
    await expect(
      evaluator.run(
        { dataPath, variants: ['base'] },
        { runKey: 'k', signal: new AbortController().signal, onProgress: () => {} },
      ),
    ).rejects.toThrow(/changed during the evaluation/);
    expect(evaluator.list()).toEqual([]);
  });

  it('reports a bad data line by number', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"question":"Q","answer":"A"}\n{"question":"Q"}\n');
    const { evaluator } = service(fakeScorer());
    await expect(
      evaluator.run(
        { dataPath: bad, variants: ['base'] },
        { runKey: 'k', signal: new AbortController().signal, onProgress: () => {} },
      ),
    ).rejects.toThrow(/^Line 2 has no "answer"/);
  });
});
