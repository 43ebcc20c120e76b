// validateModelFiles end to end on real files: the fixture passes, every hostile file fails with a message naming it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ModelFileError,
  validateLoraFile,
  validateModelFile,
  validateModelFiles,
} from '../../../main/services/model/validate-model-files';
import { buildHostileFiles, rewriteGguf, type HostileCase } from '../../fixtures/hostile-gguf';
import { ensureTinyModel, type TinyModelFixture } from '../../fixtures/tiny-llama';

let dir: string;
let fixture: TinyModelFixture;
let cases: HostileCase[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mea-validate-'));
  fixture = await ensureTinyModel();
  cases = await buildHostileFiles(join(dir, 'hostile'), fixture);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(check: () => Promise<unknown>): Promise<ModelFileError> {
  const error = await check().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ModelFileError);
  return error as ModelFileError;
}

describe('validateModelFiles', () => {
  it('accepts the fixture model with its LoRA', async () => {
    const { model, lora } = await validateModelFiles(fixture.modelPath, fixture.loraPath);
    expect(model.architecture).toBe('llama');
    expect(lora?.fileKind).toBe('adapter');
  });

  it('builds at least a dozen hostile files', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it('refuses every hostile file with a message naming the file and the problem', async () => {
    const { model } = await validateModelFiles(fixture.modelPath, null);
    for (const hostile of cases) {
      const error = await failure(() =>
        hostile.kind === 'model'
          ? validateModelFile(hostile.path)
          : validateLoraFile(hostile.path, model, fixture.modelPath),
      );
      expect(error.kind, hostile.name).toBe(hostile.kind);
      expect(error.message, hostile.name).toMatch(hostile.expected);
      expect(error.message, hostile.name).toContain(hostile.path);
    }
  });

  it('names metadata of the wrong type instead of failing with an internal error', async () => {
    const path = await rewriteGguf(fixture.modelPath, join(dir, 'typed.gguf'), (file) => {
      file.metadata.set('general.type', { type: 'uint32', value: 1 });
    });
    const error = await failure(() => validateModelFile(path));
    expect(error.message).toBe(
      `Model file ${path}: invalid GGUF file: metadata 'general.type' should be a string but is uint32`,
    );
  });

  it('flags a missing file as not found', async () => {
    const error = await failure(() => validateModelFiles(join(dir, 'nope.gguf'), null));
    expect(error.notFound).toBe(true);
    expect(error.message).toMatch(/nope\.gguf: file not found$/);
    const lora = await failure(() => validateModelFiles(fixture.modelPath, join(dir, 'gone.lora.gguf')));
    expect([lora.kind, lora.notFound]).toEqual(['lora', true]);
  });
});
