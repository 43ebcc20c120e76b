// Host deaths and bad files: the client reports them clearly, restarts the host and keeps answering.
import { writeFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HostCrashedError, ModelLoadError, type ModelHostClient } from '../../../main/services/model-host';
import { ask, forkedClient, tinyModel, waitForStatus } from './support';

let modelPath: string;
let loraPath: string;
let scratch: string;
const clients: ModelHostClient[] = [];

beforeAll(async () => {
  ({ modelPath, loraPath } = await tinyModel());
  scratch = await mkdtemp(join(tmpdir(), 'mea-model-host-'));
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
});

function client(options: Parameters<typeof forkedClient>[0] = {}): ModelHostClient {
  const created = forkedClient(options);
  clients.push(created);
  return created;
}

function recordStates(target: ModelHostClient): string[] {
  const states: string[] = [];
  target.onStatus((status) => states.push(status.state));
  return states;
}

describe('model host: crashes', () => {
  it('a SIGKILL mid-answer rejects with HostCrashedError; the host restarts, reloads and answers again', async () => {
    const host = client();
    const states = recordStates(host);
    await host.load({ modelPath, loraPath, gpuLayers: 'auto' });
    const firstPid = host.pid;
    expect(firstPid).toBeTypeOf('number');

    let killed = false;
    const answer = host.generate(ask('c1', 'Describe the heart.', { maxTokens: 1500 }), {
      onDelta: () => {
        if (killed || firstPid === undefined) return;
        killed = true;
        process.kill(firstPid, 'SIGKILL');
      },
    });
    const error = await answer.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostCrashedError);
    expect((error as HostCrashedError).signal).toBe('SIGKILL');
    expect((error as Error).message).toMatch(/crashed \(signal SIGKILL\)/);

    await waitForStatus(host, (s) => s.state === 'ready');
    expect(states).toEqual(expect.arrayContaining(['generating', 'crashed', 'starting', 'loading', 'ready']));
    expect(host.pid).not.toBe(firstPid);
    expect(host.getStatus().modelInfo?.loraPath).toBe(loraPath); // the same model came back

    const next = await host.generate(ask('c1', 'Describe the heart.', { maxTokens: 8 }));
    expect(next.text.trim()).not.toBe('');
  });

  it.each([
    ['segv', 'SIGSEGV'],
    ['abort', 'SIGABRT'],
  ] as const)('a native %s fault is reported with its signal and recovered from', async (kind, signal) => {
    const host = client({ faults: true });
    await host.load({ modelPath, gpuLayers: 'off' });
    const crashed = waitForStatus(host, (s) => s.state === 'crashed');
    host.injectFault(kind);
    expect((await crashed).lastError).toContain(signal);
    await waitForStatus(host, (s) => s.state === 'ready');
    await expect(host.generate(ask('f', 'Hi', { maxTokens: 2 }))).resolves.toMatchObject({ profile: 'adapter' });
  });

  it('a hung host (no pongs) is killed and restarted', async () => {
    const host = client({ faults: true, pingIntervalMs: 100, hangTimeoutMs: 1500 });
    await host.load({ modelPath, gpuLayers: 'off' });
    const hungPid = host.pid;
    const crashed = waitForStatus(host, (s) => s.state === 'crashed');
    host.injectFault('hang');
    expect((await crashed).lastError).toMatch(/stopped responding for 1500 ms/);
    await waitForStatus(host, (s) => s.state === 'ready');
    expect(host.pid).not.toBe(hungPid);
  });
});

describe('model host: bad model files', () => {
  it('reports missing, non-GGUF and truncated files as ModelLoadError with the real reason; the host stays usable', async () => {
    const host = client();
    const notGguf = join(scratch, 'notes.gguf');
    await writeFile(notGguf, 'these are lecture notes, not a model\n'.repeat(10));
    const truncated = join(scratch, 'truncated.gguf');
    const bytes = await readFile(modelPath);
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));

    const cases: [string, RegExp][] = [
      [join(scratch, 'missing.gguf'), /Model file not found: .*missing\.gguf/],
      [notGguf, /Invalid GGUF magic/],
      [truncated, /not within the file bounds|corrupted or incomplete/],
    ];
    await host.load({ modelPath, gpuLayers: 'off' });
    const pid = host.pid;
    for (const [path, reason] of cases) {
      const error = await host.load({ modelPath: path, gpuLayers: 'off' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ModelLoadError);
      expect((error as Error).message).toMatch(reason);
      expect(host.getStatus()).toMatchObject({ state: 'idle' });
      expect(host.getStatus().lastError).toMatch(reason);
    }
    const badLora = await host.load({ modelPath, loraPath: notGguf, gpuLayers: 'off' }).catch((e: unknown) => e);
    expect(badLora).toBeInstanceOf(ModelLoadError);
    expect((badLora as Error).message).toMatch(/LoRA adapter "notes\.gguf".*invalid magic/);

    expect(host.pid).toBe(pid); // load errors are not crashes
    await host.load({ modelPath, gpuLayers: 'off' });
    await expect(host.generate(ask('after-errors', 'Hi', { maxTokens: 2 }))).resolves.toMatchObject({
      profile: 'adapter',
    });
  });
});
