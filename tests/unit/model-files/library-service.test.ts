// LibraryService: imports check before registering, copy only on request and never over an existing file,
// adapters are checked against the current base, and a failed import changes nothing the user had.
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../preload/contract/envelope';
import {
  buildLlamaSpmVocab,
  randomLlamaWeights,
  writeLlamaModel,
  type LlamaHyperParams,
} from '../../../main/services/gguf';
import { LibraryService, type PeftConverter } from '../../../main/services/library/library-service';
import { LibraryStore } from '../../../main/services/library/library-store';
import { SettingsService } from '../../../main/services/settings/settings-service';
import { SettingsRepository, openDatabase } from '../../../main/services/store';
import { setF32Value } from '../../fixtures/hostile-gguf';
import { ensureTinyModel, type TinyModelFixture } from '../../fixtures/tiny-llama';

class ConversionFailure extends Error {}

let fixture: TinyModelFixture;
let otherModel: string;
let shared: string;
let dataDir: string;
let settings: SettingsService;
let library: LibraryService;
let converter: PeftConverter;

const WIDER: LlamaHyperParams = {
  contextLength: 256,
  embeddingLength: 32,
  blockCount: 1,
  feedForwardLength: 64,
  headCount: 4,
  headCountKv: 4,
  rmsNormEpsilon: 1e-5,
  ropeFreqBase: 10000,
};

beforeAll(async () => {
  fixture = await ensureTinyModel();
  shared = await mkdtemp(join(tmpdir(), 'mea-library-shared-'));
  otherModel = join(shared, 'other.gguf');
  await writeLlamaModel(otherModel, {
    name: 'Other shape',
    hyperParams: WIDER,
    vocab: buildLlamaSpmVocab({ padToSize: 300 }),
    weightType: 'F32',
    weights: randomLlamaWeights(7),
  });
});

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'mea-library-'));
  const repo = new SettingsRepository(openDatabase(':memory:'));
  settings = new SettingsService(repo);
  converter = async ({ outPath }) => {
    await copyFile(fixture.loraPath, outPath);
    return { outPath, rank: 4, alpha: 8, targets: ['q_proj', 'v_proj'], warnings: ['dropout is ignored'] };
  };
  library = new LibraryService({
    dataDir,
    settings,
    store: new LibraryStore(repo),
    convertPeft: (options) => converter(options),
    isConversionError: (error): error is Error => error instanceof ConversionFailure,
    now: () => 1_700_000_000_000,
  });
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('LibraryService.importFile', () => {
  it('references a model in place by default and makes it current', async () => {
    const result = await library.importFile({ kind: 'model', path: fixture.modelPath });
    expect(result.settings.modelPath).toBe(fixture.modelPath);
    expect(result.entry).toMatchObject({
      kind: 'model',
      name: fixture.meta.name,
      path: fixture.modelPath,
      source: 'reference',
      architecture: 'llama',
      rank: null,
      importedAt: 1_700_000_000_000,
    });
    expect(library.list()).toEqual([result.entry]);
  });

  it('copies into <dataDir>/models when asked, never over an existing file', async () => {
    const first = await library.importFile({ kind: 'model', path: fixture.modelPath, copy: true });
    const second = await library.importFile({ kind: 'model', path: fixture.modelPath, copy: true });
    expect(first.entry.path).toBe(join(dataDir, 'models', `tiny-llama-${fixture.meta.cacheKey}.gguf`));
    expect(second.entry.path).toBe(join(dataDir, 'models', `tiny-llama-${fixture.meta.cacheKey}-2.gguf`));
    expect((await readFile(first.entry.path)).equals(await readFile(fixture.modelPath))).toBe(true);
    expect(second.settings.modelPath).toBe(second.entry.path);
    expect(first.entry).toMatchObject({ source: 'copy', originalPath: fixture.modelPath });
  });

  it('refuses a LoRA before a base model is chosen', async () => {
    const error = await apiError(library.importFile({ kind: 'lora', path: fixture.loraPath }));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/Choose or import a base model first/);
  });

  it('imports a LoRA checked against the current model, copying it into <dataDir>/adapters', async () => {
    await library.importFile({ kind: 'model', path: fixture.modelPath });
    const result = await library.importFile({ kind: 'lora', path: fixture.loraPath, copy: true });
    expect(result.entry).toMatchObject({ kind: 'lora', source: 'copy', rank: 4, alpha: 8 });
    expect(result.entry.baseModel).toBe(`tiny-llama-${fixture.meta.cacheKey}.gguf`);
    expect(result.entry.path.startsWith(join(dataDir, 'adapters'))).toBe(true);
    expect(result.settings).toMatchObject({ modelPath: fixture.modelPath, loraPath: result.entry.path });
    expect(library.list().map((entry) => entry.kind)).toEqual(['lora', 'model']);
  });

  it('leaves the current choice alone when an import is refused', async () => {
    await library.importFile({ kind: 'model', path: fixture.modelPath });
    await library.importFile({ kind: 'lora', path: fixture.loraPath });
    const nan = await setF32Value(
      fixture.loraPath,
      join(dataDir, 'nan.lora.gguf'),
      'blk.0.attn_q.weight.lora_a',
      0,
      NaN,
    );
    const error = await apiError(library.importFile({ kind: 'lora', path: nan, copy: true }));
    expect(error.code).toBe('invalid_payload');
    expect(error.message).toMatch(/contains NaN \(element 0\)/);
    const notAModel = join(dataDir, 'notes.gguf');
    await writeFile(notAModel, 'hello');
    expect((await apiError(library.importFile({ kind: 'model', path: notAModel }))).message).toMatch(/bad magic/);
    expect((await apiError(library.importFile({ kind: 'model', path: join(dataDir, 'gone.gguf') }))).code).toBe(
      'not_found',
    );
    expect(settings.get()).toMatchObject({ modelPath: fixture.modelPath, loraPath: fixture.loraPath });
    expect(library.list()).toHaveLength(2);
  });

  it('turns the adapter off, saying why, when a new model does not fit it', async () => {
    await library.importFile({ kind: 'model', path: fixture.modelPath });
    await library.importFile({ kind: 'lora', path: fixture.loraPath });
    const result = await library.importFile({ kind: 'model', path: otherModel });
    expect(result.settings).toMatchObject({ modelPath: otherModel, loraPath: null });
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]).toMatch(
      /LoRA adapter tiny-llama-.*\.lora\.gguf was turned off .* ne0 is 64 but the base's ne0 is 32/,
    );
  });

  it('refuses relative paths', async () => {
    const error = await apiError(library.importFile({ kind: 'model', path: 'models/tiny.gguf' }));
    expect(error.message).toMatch(/must be absolute/);
  });
});

describe('LibraryService.importPeft', () => {
  it('converts into <dataDir>/adapters against the current model and selects the result', async () => {
    const peftDir = await mkdtemp(join(tmpdir(), 'mea-peft-'));
    try {
      await library.importFile({ kind: 'model', path: fixture.modelPath });
      const calls: Parameters<PeftConverter>[0][] = [];
      const real = converter;
      converter = (options) => {
        calls.push(options);
        return real(options);
      };
      const result = await library.importPeft(peftDir);
      expect(calls).toEqual([{ peftDir, basePath: fixture.modelPath, outPath: result.entry.path, source: peftDir }]);
      expect(result.entry.path.startsWith(join(dataDir, 'adapters'))).toBe(true);
      expect(result.entry).toMatchObject({ source: 'peft', originalPath: peftDir, warnings: ['dropout is ignored'] });
      expect(result.notices).toEqual(['dropout is ignored']);
      expect(result.settings.loraPath).toBe(result.entry.path);
    } finally {
      await rm(peftDir, { recursive: true, force: true });
    }
  });

  it("passes the converter's own message on and leaves no file behind", async () => {
    await library.importFile({ kind: 'model', path: fixture.modelPath });
    converter = async () => {
      throw new ConversionFailure('adapter_config.json: use_dora is true; DoRA adapters cannot be represented.');
    };
    const error = await apiError(library.importPeft(dataDir));
    expect(error).toMatchObject({ code: 'invalid_payload', message: expect.stringMatching(/DoRA/) });
    expect(await readdir(join(dataDir, 'adapters'))).toEqual([]);
    expect(settings.get().loraPath).toBeNull();
  });

  it('refuses an adapter the converter produced if it does not pass the checks', async () => {
    await library.importFile({ kind: 'model', path: fixture.modelPath });
    converter = async ({ outPath }) => {
      await setF32Value(fixture.loraPath, outPath, 'blk.0.attn_v.weight.lora_b', 1, Infinity);
      return { outPath, rank: 4, alpha: 8, targets: [], warnings: [] };
    };
    const error = await apiError(library.importPeft(dataDir));
    expect(error.code).toBe('internal');
    expect(error.message).toMatch(/failed its own check.*contains Infinity/);
    expect(await readdir(join(dataDir, 'adapters'))).toEqual([]);
    expect(settings.get().loraPath).toBeNull();
  });

  it('names a missing folder and a file given instead of a folder', async () => {
    await library.importFile({ kind: 'model', path: fixture.modelPath });
    expect((await apiError(library.importPeft(join(dataDir, 'nope')))).code).toBe('not_found');
    expect((await apiError(library.importPeft(fixture.loraPath))).message).toMatch(/is not a folder/);
  });
});
