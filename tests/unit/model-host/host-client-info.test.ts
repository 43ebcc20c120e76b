// The client side of model info updates and host stats: an unasked 'info' refreshes the status
// (VRAM changes as contexts come and go); stats() asks the host what it holds.
import { afterEach, describe, expect, it } from 'vitest';
import { ModelHostClient } from '../../../main/services/model-host';
import { FakeLauncher, fakeInfo } from './fake-host';

const config = { modelPath: '/models/tiny.gguf', gpuLayers: 'auto' as const };
const clients: ModelHostClient[] = [];

function makeClient() {
  const launcher = new FakeLauncher();
  const client = new ModelHostClient({ launcher });
  clients.push(client);
  return { client, launcher };
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

describe('ModelHostClient model info updates', () => {
  it('an info message replaces the model info in the status, keeping the state', async () => {
    const { client, launcher } = makeClient();
    await client.load(config);
    const seen: (number | null | undefined)[] = [];
    client.onStatus((status) => seen.push(status.modelInfo?.vramUsedBytes));
    launcher.current.emit({ type: 'info', info: { ...fakeInfo(config), vramUsedBytes: 3e9, vramTotalBytes: 8e9 } });
    expect(client.getStatus()).toMatchObject({ state: 'ready', modelInfo: { vramUsedBytes: 3e9 } });
    expect(seen).toEqual([3e9]);
  });

  it('ignores an info message while no model is loaded', async () => {
    const { client, launcher } = makeClient();
    client.start();
    await new Promise((resolve) => setTimeout(resolve, 10));
    launcher.current.emit({ type: 'info', info: fakeInfo(config) });
    expect(client.getStatus().modelInfo).toBeUndefined();
  });

  it('stats() resolves with what the host reports', async () => {
    const { client } = makeClient();
    await client.load(config);
    await expect(client.stats()).resolves.toEqual({ modelLoads: 1, contexts: [], rssBytes: 1 });
  });
});
