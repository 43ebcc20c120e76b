// The client side of a calibrating load: progress callbacks, the "Tuning…" status, and no second
// calibration when the host is restarted after a crash.
import { afterEach, describe, expect, it } from 'vitest';
import { ModelHostClient, type HostStatus } from '../../../main/services/model-host';
import type { CalibrationProgressMessage } from '../../../main/services/model-host/protocol';
import { FakeLauncher } from './fake-host';

const config = {
  modelPath: '/models/tiny.gguf',
  gpuLayers: 'auto' as const,
  calibrate: { candidates: [1, 2], tokens: 16 },
};

const clients: ModelHostClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

function makeClient(): { client: ModelHostClient; launcher: FakeLauncher; statuses: HostStatus[] } {
  const launcher = new FakeLauncher();
  const client = new ModelHostClient({ launcher, restartBackoffMs: [5], pingIntervalMs: 10, hangTimeoutMs: 200 });
  const statuses: HostStatus[] = [];
  client.onStatus((status) => statuses.push(status));
  clients.push(client);
  return { client, launcher, statuses };
}

describe('ModelHostClient calibrating load', () => {
  it('reports each measured thread count and says "Tuning for this computer… n/N" while loading', async () => {
    const { client, statuses } = makeClient();
    const progress: CalibrationProgressMessage[] = [];
    const info = await client.load(config, { onCalibrationProgress: (p) => progress.push(p) });
    expect(progress.map((p) => [p.done, p.total, p.threads])).toEqual([
      [1, 2, 1],
      [2, 2, 2],
    ]);
    const tuning = statuses.filter((s) => s.state === 'loading' && s.message?.startsWith('Tuning'));
    expect(tuning.map((s) => s.message)).toEqual(['Tuning for this computer… 1/2', 'Tuning for this computer… 2/2']);
    expect(info.calibration?.generationThreads).toBe(2);
    expect(client.getStatus().state).toBe('ready');
  });

  it('reloads with the measured count after a crash instead of measuring again', async () => {
    const { client, launcher } = makeClient();
    await client.load(config);
    launcher.current.exit({ code: null, signal: 'SIGSEGV' });
    await new Promise<void>((resolve) => {
      const off = client.onStatus((status) => {
        if (status.state === 'ready') {
          off();
          resolve();
        }
      });
    });
    expect(launcher.hosts).toHaveLength(2);
    const reload = launcher.current.received.find((message) => message.type === 'load');
    expect(reload?.type === 'load' && reload.config.calibrate).toBeUndefined();
    expect(reload?.type === 'load' && reload.config.threads).toBe(2);
  });
});
