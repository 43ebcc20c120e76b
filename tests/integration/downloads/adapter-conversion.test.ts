// The medical-adapter entry end to end with the real converter: a PEFT folder served over HTTP is
// downloaded, converted to a GGUF LoRA against the chosen base (recording its source URL), and a base
// it does not fit is refused with the converter's own message.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGgufHeader } from '../../../main/services/gguf';
import { validateModelFiles } from '../../../main/services/model/validate-model-files';
import { convertPeftLora, PROVENANCE_KEYS } from '../../../main/services/peft';
import { randomHfLlamaWeights, tinyHfLlamaConfig } from '../../fixtures/hf/hf-llama';
import { hfFixtureVocab, writeHfLlamaAsGguf } from '../../fixtures/hf/hf-to-gguf';
import { randomPeftModules, writePeftFolder, type PeftFixtureSpec } from '../../fixtures/hf/peft-adapter';
import { writeSeedShapedPeftFolder } from '../../fixtures/hf/seed-shaped-peft';
import { RangeServer } from './range-server';
import { ADAPTER_ID, createService, fixtureBytes, tempModelsDir, testCatalog, type FixtureBytes } from './support';

const SPEC: PeftFixtureSpec = {
  targets: ['q_proj', 'v_proj'],
  rankOf: () => 4,
  alphaOf: () => 8,
  config: { r: 4, lora_alpha: 8 },
  seed: 11,
};

let fixture: FixtureBytes;
let server: RangeServer;
let basePath: string;

beforeAll(async () => {
  fixture = await fixtureBytes();
  const dir = mkdtempSync(join(tmpdir(), 'mea-adapter-'));
  const config = tinyHfLlamaConfig(hfFixtureVocab().tokens.length);
  basePath = join(dir, 'tiny-hf-base.gguf');
  await writeHfLlamaAsGguf(basePath, config, randomHfLlamaWeights(config, 5), { name: 'Tiny HF llama (test)' });
  const peftDir = join(dir, 'peft');
  await writePeftFolder(peftDir, SPEC, randomPeftModules(config, SPEC));
  // An adapter shaped like the real one (TinyLlama-1.1B: hidden 2048, 22 layers) that cannot fit the tiny base.
  const bigDir = join(dir, 'big-peft');
  await writeSeedShapedPeftFolder(bigDir);
  server = await new RangeServer().start();
  for (const name of ['adapter_config.json', 'adapter_model.safetensors']) {
    server.serve(`/owner/medical-lora/resolve/main/${name}`, { body: readFileSync(join(peftDir, name)) });
    server.serve(`/owner/tinyllama-lora/resolve/main/${name}`, { body: readFileSync(join(bigDir, name)) });
  }
});

afterAll(async () => {
  await server.close();
});

describe('medical adapter download', () => {
  it('downloads the PEFT folder and converts it into a GGUF LoRA that passes the pre-load checks', async () => {
    const modelsDir = tempModelsDir();
    const { service, settings } = createService(modelsDir, testCatalog(server.url, fixture), {
      convertAdapter: convertPeftLora,
    });
    settings.modelPath = basePath;
    await service.setAdapterSource(`${server.url}/owner/medical-lora/resolve/main`);
    await service.start(ADAPTER_ID);
    const final = await service.whenSettled(ADAPTER_ID);
    expect(final.error).toBeNull();
    expect(final.state).toBe('installed');

    const installed = final.installedPath ?? '';
    const header = await readGgufHeader(installed);
    expect(header.fileKind).toBe('adapter');
    expect(header.getString(PROVENANCE_KEYS.origin)).toBe(`${server.url}/owner/medical-lora/resolve/main`);
    await expect(validateModelFiles(basePath, installed)).resolves.toBeTruthy();

    // "Use" points the LoRA setting at it (the model setting stays the base).
    expect((await service.installedFile(ADAPTER_ID)).path).toBe(installed);
  });

  it('a base the adapter does not fit fails with the converter message and keeps the PEFT files for Retry', async () => {
    const modelsDir = tempModelsDir();
    const { service, settings } = createService(modelsDir, testCatalog(server.url, fixture), {
      convertAdapter: convertPeftLora,
    });
    settings.modelPath = basePath;
    await service.setAdapterSource(`${server.url}/owner/tinyllama-lora/resolve/main`);
    const before = server.fileRequests().length;
    await service.start(ADAPTER_ID);
    const final = await service.whenSettled(ADAPTER_ID);
    expect(final.state).toBe('failed');
    expect(final.errorCode).toBe('conversion');
    expect(final.error).toMatch(/^The adapter could not be converted: /);
    expect(final.error).toContain(basePath);
    expect(existsSync(join(modelsDir, 'tiny-adapter', 'peft', 'adapter_model.safetensors'))).toBe(true);
    expect(existsSync(join(modelsDir, 'tiny-adapter', `${ADAPTER_ID}.gguf`))).toBe(false);

    // Retry converts again from the files on disk: nothing is downloaded twice.
    await service.start(ADAPTER_ID);
    expect((await service.whenSettled(ADAPTER_ID)).errorCode).toBe('conversion');
    expect(server.fileRequests().length - before).toBe(2);
  });
});
