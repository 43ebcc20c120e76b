// The packaged app's condition under Node: with the runAsNode fuse off, a fork from the model host
// cannot start Node. node-llama-cpp test-loads every prebuilt binary on Linux in such a fork, so
// without the relay no binary passes; with it the launcher runs the test and the host loads and answers.
import { afterEach, describe, expect, it } from 'vitest';
import {
  ForkHostLauncher,
  ModelHostClient,
  type BindingTestProcess,
  type BindingTestSpawner,
} from '../../../main/services/model-host';
import { forkBindingTest } from '../../../main/services/model-host/binding-test/fork-spawner';
import { ask, tinyModel } from './support';

// node-llama-cpp tests prebuilt binaries before loading them only on Linux (and GPU builds on Windows).
const linux = process.platform === 'linux';
const packagedFork = { MEA_HOST_FAULTS: '1', MEA_SIMULATE_NO_RUN_AS_NODE: '1' };

let client: ModelHostClient | null = null;
afterEach(async () => {
  await client?.dispose();
  client = null;
});

function clientWith(env: Record<string, string>, spawnBindingTest?: BindingTestSpawner): ModelHostClient {
  return new ModelHostClient({
    launcher: new ForkHostLauncher({ env, spawnBindingTest }),
    restartBackoffMs: [50],
  });
}

describe.runIf(linux)('model host with forking disabled as in the packaged app', () => {
  it('cannot load any binary when node-llama-cpp forks its binary test itself (the defect)', async () => {
    const { modelPath } = await tinyModel();
    client = clientWith({ ...packagedFork, MEA_BINDING_TEST_RELAY: 'off' });
    await expect(client.load({ modelPath, gpuLayers: 'off' })).rejects.toThrow(/NoBinaryFoundError/);
  });

  it('loads and answers when the launcher runs the binary test for it', async () => {
    const { modelPath, loraPath } = await tinyModel();
    const started: string[] = [];
    const exits: number[] = [];
    const counting: BindingTestSpawner = (scriptPath, env): BindingTestProcess => {
      started.push(scriptPath);
      expect(env.TEST_BINDING_CP).toBe('true');
      const test = forkBindingTest(scriptPath, env);
      test.onExit((code) => exits.push(code));
      return test;
    };
    client = clientWith(packagedFork, counting);
    const info = await client.load({ modelPath, loraPath, gpuLayers: 'auto' });
    expect(info.backend).toBe('cpu');
    const result = await client.generate(ask('packaged', 'What is hypokalemia?', { maxTokens: 8 }));
    expect(result.tokens).toBeGreaterThan(0);
    expect(result.text.trim()).not.toBe('');
    // node-llama-cpp's own test script ran in the launcher and passed (exit 0).
    expect(started.length).toBeGreaterThanOrEqual(1);
    expect(started[0]).toMatch(/node-llama-cpp[\\/]dist[\\/]bindings[\\/]utils[\\/]testBindingBinary\.js$/);
    expect(exits).toContain(0);
  });
});
