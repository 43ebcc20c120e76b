// The first run's default path as one job, against a local server: the tiny model and a PEFT adapter that
// fits it are downloaded together, verified (SHA-256 and git blob ids), the adapter is converted with the
// real converter against the downloaded model, and the pair is "loaded" (the real pre-load header checks).
// A failure names its step, and starting again (Retry) resumes from what is on disk.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SetupStatus } from '../../../preload/contract/features/downloads';
import { FirstRunSetup, type DownloadServiceOptions } from '../../../main/services/downloads';
import { validateModelFiles } from '../../../main/services/model/validate-model-files';
import { convertPeftLora } from '../../../main/services/peft';
import { ensureTinyModel } from '../../fixtures/tiny-llama';
import { RangeServer } from './range-server';
import {
  ADAPTER_ID,
  blobCatalog,
  createService,
  fixtureBytes,
  LINKED_ID,
  PINNED_FILE,
  PINNED_ID,
  rawPath,
  resolvePath,
  tempModelsDir,
  type FixtureBytes,
} from './support';
import { PEFT_FILES, tinyPeftFiles } from './tiny-peft';

let fixture: FixtureBytes;
let peft: Record<string, Buffer>;
let server: RangeServer;

beforeAll(async () => {
  fixture = await fixtureBytes();
  peft = await tinyPeftFiles((await ensureTinyModel()).meta.vocabSize);
});

afterEach(async () => {
  await server?.close();
});

async function startServer(options: ConstructorParameters<typeof RangeServer>[0] = {}, serveModel = true) {
  server = await new RangeServer(options).start();
  if (serveModel) server.serve(resolvePath(PINNED_FILE), { body: fixture.body });
  for (const name of PEFT_FILES) server.serve(rawPath(name), { body: peft[name]! });
  return server;
}

interface Harness {
  setup: FirstRunSetup;
  statuses: SetupStatus[];
  loads: { modelPath: string; loraPath: string | null }[];
  modelsDir: string;
}

function harness(
  options: { convertAdapter?: DownloadServiceOptions['convertAdapter']; failLoads?: number } = {},
): Harness {
  const modelsDir = tempModelsDir();
  const { service } = createService(modelsDir, blobCatalog(server.url, fixture, peft), {
    convertAdapter: options.convertAdapter ?? convertPeftLora,
  });
  const statuses: SetupStatus[] = [];
  const loads: Harness['loads'] = [];
  let failLoads = options.failLoads ?? 0;
  const setup = new FirstRunSetup({
    downloads: service,
    load: async (files) => {
      loads.push(files);
      if (failLoads-- > 0) throw new Error('The model host could not start: out of memory');
      await validateModelFiles(files.modelPath, files.loraPath); // the checks the app runs before loading
    },
    emit: (status) => statuses.push(status),
  });
  return { setup, statuses, loads, modelsDir };
}

const PLAN = { modelEntryId: PINNED_ID, adapterEntryId: ADAPTER_ID };
const stepStates = (status: SetupStatus) => Object.fromEntries(status.steps.map((step) => [step.id, step.state]));

async function run(h: Harness): Promise<SetupStatus> {
  await h.setup.start(PLAN);
  return h.setup.whenSettled();
}

describe('first-run setup', () => {
  it('downloads model and adapter together, converts the adapter against that model and loads both', async () => {
    await startServer({ bytesPerSecond: 3_000_000 });
    const h = harness();
    const final = await run(h);

    expect(final.error).toBeNull();
    expect(final.state).toBe('done');
    expect(stepStates(final)).toEqual({
      'download-model': 'done',
      'download-adapter': 'done',
      verify: 'done',
      convert: 'done',
      load: 'done',
    });
    const modelPath = join(h.modelsDir, PINNED_FILE);
    const loraPath = join(h.modelsDir, 'tiny-adapter', `${ADAPTER_ID}.gguf`);
    expect(h.loads).toEqual([{ modelPath, loraPath }]);
    const headers = await validateModelFiles(modelPath, loraPath);
    expect(headers.lora?.fileKind).toBe('adapter');

    // Together: the adapter's files were fetched while the model was still arriving.
    const modelRequest = server.log.findIndex((r) => r.path === resolvePath(PINNED_FILE));
    const adapterRequest = server.log.findIndex((r) => r.path === rawPath('adapter_config.json'));
    expect(adapterRequest).toBeGreaterThan(-1);
    const running = h.statuses.filter((s) => s.state === 'running');
    expect(running.some((s) => s.steps[0]!.state === 'running' && s.steps[1]!.state !== 'pending')).toBe(true);
    expect(modelRequest).toBeGreaterThan(-1);

    // One progress figure over both downloads, moving forward, ending complete.
    const fractions = h.statuses
      .filter((s) => s.totalBytes !== null && s.totalBytes > 0)
      .map((s) => s.receivedBytes / (s.totalBytes ?? 1));
    expect(new Set(fractions.map((f) => Math.floor(f * 10))).size).toBeGreaterThanOrEqual(3);
    expect(final.receivedBytes).toBe(final.totalBytes);
    // Each step was seen running on the way.
    for (const id of ['download-model', 'download-adapter', 'convert', 'load']) {
      expect(h.statuses.some((s) => s.steps.find((step) => step.id === id)?.state === 'running')).toBe(true);
    }
  });

  it('a model that cannot be downloaded fails the "download-model" step; Retry resumes and finishes', async () => {
    await startServer({}, false);
    const h = harness();
    const failed = await run(h);
    expect(failed.state).toBe('failed');
    expect(failed.failedStep).toBe('download-model');
    expect(failed.error).toMatch(/not found on the server \(HTTP 404\)/);
    // The adapter's files were downloaded meanwhile; only its conversion waits for a model.
    expect(existsSync(join(h.modelsDir, 'tiny-adapter', 'peft', 'adapter_model.safetensors'))).toBe(true);

    server.serve(resolvePath(PINNED_FILE), { body: fixture.body });
    const retried = await run(h);
    expect(retried.state).toBe('done');
    expect(server.fileRequests().filter((r) => r.path === rawPath('adapter_model.safetensors'))).toHaveLength(1);
  });

  it('a corrupted byte fails the "verify" step, naming the check; Retry downloads clean bytes', async () => {
    await startServer();
    server.corruptAt = 200;
    const h = harness();
    const failed = await run(h);
    expect(failed.state).toBe('failed');
    expect(failed.failedStep).toBe('verify');
    expect(stepStates(failed)).toMatchObject({ 'download-model': 'done', verify: 'failed', load: 'pending' });
    expect(failed.error).toMatch(/^(Checksum mismatch|Git blob id mismatch) for /);
    expect(h.loads).toEqual([]);

    server.corruptAt = null;
    expect((await run(h)).state).toBe('done');
  });

  it('a failed conversion fails the "convert" step; Retry converts again from the files on disk', async () => {
    await startServer();
    let failures = 1;
    const h = harness({
      convertAdapter: async (input) => {
        if (failures-- > 0) throw new Error('no memory left for the conversion');
        return convertPeftLora(input);
      },
    });
    const failed = await run(h);
    expect(failed.failedStep).toBe('convert');
    expect(stepStates(failed)).toMatchObject({ 'download-adapter': 'done', verify: 'done', convert: 'failed' });
    expect(failed.error).toBe('The adapter could not be converted: no memory left for the conversion');
    const requests = server.fileRequests().length;

    const retried = await run(h);
    expect(retried.state).toBe('done');
    expect(server.fileRequests()).toHaveLength(requests); // nothing downloaded twice
  });

  it('a failed load fails the "load" step with its reason; Retry only loads again', async () => {
    await startServer();
    const h = harness({ failLoads: 1 });
    const failed = await run(h);
    expect(failed).toMatchObject({
      state: 'failed',
      failedStep: 'load',
      error: 'The model host could not start: out of memory',
    });
    expect(stepStates(failed)).toMatchObject({ convert: 'done', load: 'failed' });
    const requests = server.fileRequests().length;
    const retried = await run(h);
    expect(retried.state).toBe('done');
    expect(h.loads).toHaveLength(2);
    expect(server.fileRequests()).toHaveLength(requests);
  });

  it('pause keeps both parts; starting again resumes where each stopped', async () => {
    await startServer({ bytesPerSecond: 600_000 });
    const h = harness();
    await h.setup.start(PLAN);
    await expect.poll(() => h.setup.status().receivedBytes, { timeout: 15_000 }).toBeGreaterThan(300_000);
    const paused = await h.setup.pause();
    expect(paused.state).toBe('paused');
    expect(paused.steps.some((step) => step.state === 'paused')).toBe(true);
    const resumedAt = paused.receivedBytes;

    const final = await run(h);
    expect(final.state).toBe('done');
    const modelRequests = server.fileRequests().filter((r) => r.path === resolvePath(PINNED_FILE));
    expect(modelRequests.length).toBeGreaterThanOrEqual(2);
    expect(modelRequests.at(-1)!.start).toBeGreaterThan(0);
    expect(h.statuses.filter((s) => s.state === 'running').at(-1)!.receivedBytes).toBeGreaterThanOrEqual(resumedAt);
  });

  it('without the adapter: its steps are skipped and the model is loaded alone; wrong entry kinds are refused', async () => {
    await startServer();
    const h = harness();
    await h.setup.start({ modelEntryId: PINNED_ID, adapterEntryId: null });
    const final = await h.setup.whenSettled();
    expect(stepStates(final)).toEqual({
      'download-model': 'done',
      'download-adapter': 'skipped',
      verify: 'done',
      convert: 'skipped',
      load: 'done',
    });
    expect(h.loads).toEqual([{ modelPath: join(h.modelsDir, PINNED_FILE), loraPath: null }]);
    await expect(h.setup.start({ modelEntryId: ADAPTER_ID, adapterEntryId: null })).rejects.toThrow(/not a model/);
    await expect(h.setup.start({ modelEntryId: PINNED_ID, adapterEntryId: LINKED_ID })).rejects.toThrow(
      /not an adapter/,
    );
    await expect(h.setup.start({ modelEntryId: 'nope', adapterEntryId: null })).rejects.toThrow(/no catalog entry/);
  });
});
