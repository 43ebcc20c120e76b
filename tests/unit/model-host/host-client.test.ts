import { afterEach, describe, expect, it } from 'vitest';
import {
  HostCrashedError,
  HostDisposedError,
  ModelHostClient,
  ModelLoadError,
  NoModelLoadedError,
  type GenerateRequest,
  type HostState,
  type HostStatus,
  type ModelHostClientOptions,
} from '../../../main/services/model-host';
import { FakeHost, FakeLauncher, type FakeHostScript } from './fake-host';

const config = { modelPath: '/models/tiny.gguf', loraPath: '/models/tiny.lora.gguf', gpuLayers: 'auto' as const };

const request = (requestId: string): GenerateRequest => ({
  requestId,
  sessionKey: 'conversation-1',
  history: [],
  prompt: 'What is hypokalemia?',
  profile: 'adapter',
  sampling: { temperature: 0.7, topP: 0.9, maxTokens: 32 },
});

const clients: ModelHostClient[] = [];

function makeClient(script: FakeHostScript = {}, options: Partial<ModelHostClientOptions> = {}) {
  const launcher = new FakeLauncher(script);
  const client = new ModelHostClient({
    launcher,
    restartBackoffMs: [5, 10, 20],
    pingIntervalMs: 10,
    hangTimeoutMs: 60,
    ...options,
  });
  const states: HostState[] = [];
  client.onStatus((status) => states.push(status.state));
  clients.push(client);
  return { client, launcher, states };
}

function waitForStatus(client: ModelHostClient, predicate: (status: HostStatus) => boolean, timeoutMs = 2000) {
  if (predicate(client.getStatus())) return Promise.resolve(client.getStatus());
  return new Promise<HostStatus>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`timed out; status is ${JSON.stringify(client.getStatus())}`));
    }, timeoutMs);
    const unsubscribe = client.onStatus((status) => {
      if (!predicate(status)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(status);
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

describe('ModelHostClient lifecycle', () => {
  it('starts the host, goes idle, then loads and reports ready with model info', async () => {
    const { client, states } = makeClient();
    client.start();
    await waitForStatus(client, (s) => s.state === 'idle');
    const info = await client.load(config);
    expect(info.modelName).toBe('fake-model');
    expect(client.getStatus()).toMatchObject({ state: 'ready', modelInfo: info });
    expect(states).toEqual(['starting', 'idle', 'loading', 'ready']);
  });

  it('streams deltas and reports generating while an answer runs', async () => {
    const { client, states } = makeClient({ deltas: ['Hypo', 'kalemia'] });
    await client.load(config);
    const deltas: string[] = [];
    const result = await client.generate(request('r1'), { onDelta: (text) => deltas.push(text) });
    expect(deltas).toEqual(['Hypo', 'kalemia']);
    expect(result.text).toBe('Hypokalemia');
    expect(states.slice(-2)).toEqual(['generating', 'ready']);
  });

  it('forwards an abort to the host and resolves with the partial answer', async () => {
    const { client, launcher } = makeClient({ holdGenerate: true, deltas: ['Partial'] });
    await client.load(config);
    const controller = new AbortController();
    const pending = client.generate(request('r1'), { signal: controller.signal, onDelta: () => controller.abort() });
    const result = await pending;
    expect(result).toMatchObject({ text: 'Partial', stopReason: 'abort' });
    expect(launcher.current.received.some((m) => m.type === 'abort' && m.requestId === 'r1')).toBe(true);
  });

  it('rejects generate without a loaded model', async () => {
    const { client } = makeClient();
    client.start();
    await waitForStatus(client, (s) => s.state === 'idle');
    await expect(client.generate(request('r1'))).rejects.toBeInstanceOf(NoModelLoadedError);
  });

  it('rejects invalid requests before they reach the host', async () => {
    const { client } = makeClient();
    await client.load(config);
    const bad = { ...request('r1'), sampling: { temperature: 0.7, topP: 0.9, maxTokens: 0 } };
    await expect(client.generate(bad)).rejects.toThrow(/maxTokens/);
  });

  it('ignores malformed host messages instead of failing', async () => {
    const { client, launcher } = makeClient();
    await client.load(config);
    launcher.current.emit({ type: 'done', requestId: 'nope' });
    launcher.current.emit({ hello: 'world' });
    expect(client.getStatus().state).toBe('ready');
    expect(client.recentLogs().some((line) => line.includes('invalid host message'))).toBe(true);
  });

  it('rejects a request whose reply is malformed instead of waiting forever', async () => {
    const { client, launcher } = makeClient({ holdGenerate: true });
    await client.load(config);
    const pending = client.generate(request('r1'));
    await sleep(5);
    const malformed: Record<string, unknown> = { type: 'done', requestId: 'r1', result: { text: 42 } };
    launcher.current.emit(malformed);
    await expect(pending).rejects.toThrow(/invalid reply/);
    expect(client.getStatus().state).toBe('ready');
  });
});

describe('ModelHostClient load errors', () => {
  it('rejects with ModelLoadError, stays up and goes idle with the reason', async () => {
    const { client, launcher } = makeClient({ badModelPath: '/models/broken.gguf' });
    await expect(client.load({ ...config, modelPath: '/models/broken.gguf' })).rejects.toSatisfy(
      (error: unknown) => error instanceof ModelLoadError && /Invalid GGUF magic/.test(error.message),
    );
    expect(client.getStatus()).toMatchObject({ state: 'idle' });
    expect(client.getStatus().lastError).toMatch(/Invalid GGUF magic/);
    await client.load(config);
    expect(client.getStatus().state).toBe('ready');
    expect(launcher.hosts).toHaveLength(1); // a load error is not a crash
  });
});

describe('ModelHostClient crash recovery', () => {
  it('rejects in-flight work with HostCrashedError naming the signal and last log lines, then restarts and reloads', async () => {
    const { client, launcher, states } = makeClient({ holdGenerate: true });
    await client.load(config);
    const pending = client.generate(request('r1'));
    await sleep(5);
    launcher.current.emit({ type: 'log', level: 'error', message: 'ggml_abort: GGML_ASSERT(n > 0) failed' });
    launcher.current.writeOutput('Segmentation fault (core dumped)');
    launcher.current.exit({ code: null, signal: 'SIGSEGV' });

    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostCrashedError);
    expect((error as HostCrashedError).signal).toBe('SIGSEGV');
    expect((error as Error).message).toMatch(/SIGSEGV/);
    expect((error as Error).message).toMatch(/GGML_ASSERT/);
    expect((error as Error).message).toMatch(/Segmentation fault/);

    await waitForStatus(client, (s) => s.state === 'ready');
    expect(states).toContain('crashed');
    expect(launcher.hosts).toHaveLength(2);
    const reload = launcher.current.received.find((m) => m.type === 'load');
    expect(reload?.type === 'load' && reload.config).toEqual(config);
    launcher.script.holdGenerate = false;
    launcher.current.script.holdGenerate = false;
    await expect(client.generate(request('r2'))).resolves.toMatchObject({ stopReason: 'eos' });
  });

  it('lets a generate issued during recovery wait for the reloaded model', async () => {
    const { client, launcher } = makeClient();
    await client.load(config);
    launcher.current.exit({ code: 134, signal: null });
    expect(client.getStatus().state).toBe('crashed');
    await expect(client.generate(request('r1'))).resolves.toMatchObject({ text: 'Low potassium.' });
  });

  it('kills a host that stops answering pings and treats it as a crash', async () => {
    const { client, launcher } = makeClient();
    await client.load(config);
    launcher.script.hang = false;
    launcher.current.script.hang = true;
    const crashed = await waitForStatus(client, (s) => s.state === 'crashed');
    expect(crashed.lastError).toMatch(/stopped responding/);
    expect(launcher.hosts[0]?.killed).toBe(true);
    await waitForStatus(client, (s) => s.state === 'ready');
  });

  it('gives up with "unavailable" after maxConsecutiveFailures and retries only on an explicit load', async () => {
    const { client, launcher } = makeClient({ dieOnStart: true }, { maxConsecutiveFailures: 3 });
    await expect(client.load(config)).rejects.toBeInstanceOf(HostCrashedError);
    const status = await waitForStatus(client, (s) => s.state === 'unavailable');
    expect(status.lastError).toMatch(/exit code 1/);
    expect(launcher.hosts).toHaveLength(3);
    await sleep(80); // longer than any backoff: no further restarts
    expect(launcher.hosts).toHaveLength(3);
    await expect(client.generate(request('r1'))).rejects.toThrow(/unavailable/);

    launcher.script.dieOnStart = false;
    await expect(client.load(config)).resolves.toMatchObject({ modelName: 'fake-model' });
    expect(client.getStatus().state).toBe('ready');
  });

  it('disposes: kills the host, rejects pending requests and reports stopped', async () => {
    const { client, launcher } = makeClient({ holdGenerate: true });
    await client.load(config);
    const pending = client.generate(request('r1'));
    await sleep(5);
    await client.dispose();
    await expect(pending).rejects.toBeInstanceOf(HostDisposedError);
    expect(launcher.current.killed).toBe(true);
    expect(client.getStatus().state).toBe('stopped');
    expect(launcher.hosts).toHaveLength(1);
  });
});

describe('ModelHostClient start-up', () => {
  it('kills a host that never says ready within startTimeoutMs', async () => {
    const { client, launcher } = makeClient({}, { startTimeoutMs: 30, maxConsecutiveFailures: 1 });
    launcher.launch = function (this: FakeLauncher) {
      const host = new FakeHost(1, {});
      this.hosts.push(host);
      return host; // never emits 'ready'
    };
    await expect(client.load(config)).rejects.toThrow(/did not start within 30 ms/);
    expect(launcher.hosts[0]?.killed).toBe(true);
    expect(client.getStatus().state).toBe('unavailable');
  });

  it('does not ping before the host is ready (start-up may block its event loop)', async () => {
    const { client, launcher } = makeClient();
    client.start();
    await sleep(1);
    expect(launcher.current.received).toEqual([]);
    await waitForStatus(client, (s) => s.state === 'idle');
    await sleep(30);
    expect(launcher.current.received.some((m) => m.type === 'ping')).toBe(true);
  });
});
