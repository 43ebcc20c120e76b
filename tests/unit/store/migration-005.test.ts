// Migration 005 (stored evaluation runs) on a file written before it existed, and the repository over it.
import { describe, expect, it } from 'vitest';
import { EvaluationRepository, type NewEvaluationRun } from '../../../main/services/evaluation/evaluation-repository';
import { MIGRATIONS, openDatabase, readUserVersion } from '../../../main/services/store';
import { evaluations } from '../../../main/services/store/migrations/005-evaluations';
import { tableNames, useHandles, useTempDir } from './helpers';

const newPath = useTempDir();
const track = useHandles();

const BEFORE = MIGRATIONS.findIndex((migration) => migration === evaluations);

const run = (overrides: Partial<NewEvaluationRun> = {}): NewEvaluationRun => ({
  createdAt: 1_700_000_000_000,
  variant: 'adapter',
  modelName: 'TinyLlama',
  modelPath: '/models/tinyllama.gguf',
  adapterPath: '/models/medical.gguf',
  adapterScale: 1,
  dataPath: '/data/eval.jsonl',
  dataSha256: 'a'.repeat(64),
  items: 30,
  seconds: 12.5,
  tokensPerSecond: 300,
  answerPerplexity: 2.47,
  sequencePerplexity: 3.1,
  answerTokens: 900,
  sequenceTokens: 3000,
  ...overrides,
});

describe('migration 005: evaluation runs', () => {
  it('is version 5, right after the migrations before it', () => {
    expect(evaluations.version).toBe(5);
    expect(BEFORE).toBe(4);
  });

  it('applies to a file of the previous version and keeps its rows', () => {
    const path = newPath();
    const old = openDatabase(path, { migrations: MIGRATIONS.slice(0, BEFORE) });
    // Raw SQL: today's repositories expect columns later migrations add.
    old.prepare(`INSERT INTO conversations (title, created_at, updated_at) VALUES ('Renal', 1, 1)`).run();
    expect(readUserVersion(old)).toBe(BEFORE);
    expect(tableNames(old)).not.toContain('evaluation_runs');
    old.close();

    const db = track(openDatabase(path, { migrations: MIGRATIONS.slice(0, BEFORE + 1) }));
    expect(readUserVersion(db)).toBe(5);
    expect(tableNames(db)).toContain('evaluation_runs');
    expect(db.prepare('SELECT title FROM conversations').pluck().all()).toEqual(['Renal']);
    expect(new EvaluationRepository(db).list()).toEqual([]);
  });
});

describe('EvaluationRepository', () => {
  it('stores every field, lists newest first and deletes', () => {
    const repository = new EvaluationRepository(track(openDatabase(':memory:')));
    const base = repository.insert(run({ variant: 'base', adapterPath: null, adapterScale: null }));
    const adapter = repository.insert(run({ createdAt: 1_700_000_000_500 }));
    expect(base).toEqual({ id: base.id, ...run({ variant: 'base', adapterPath: null, adapterScale: null }) });
    expect(adapter).toEqual({ id: adapter.id, ...run({ createdAt: 1_700_000_000_500 }) });
    expect(repository.list().map((r) => r.id)).toEqual([adapter.id, base.id]);
    expect(repository.delete(base.id)).toBe(true);
    expect(repository.delete(base.id)).toBe(false);
    expect(repository.list()).toEqual([adapter]);
  });

  it.each([
    ['a base run with an adapter', { variant: 'base' as const }],
    ['an adapter run without one', { adapterPath: null, adapterScale: null }],
    ['a non-positive perplexity', { answerPerplexity: 0 }],
    ['a bad hash', { dataSha256: 'abc' }],
    ['zero items', { items: 0 }],
  ])('refuses %s', (_name, overrides) => {
    const repository = new EvaluationRepository(track(openDatabase(':memory:')));
    expect(() => repository.insert(run(overrides))).toThrow(/CHECK constraint failed/);
  });
});
