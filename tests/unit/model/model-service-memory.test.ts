// ModelService loads with "Lower memory use" as the memory plan decides it: 'auto' from the injected free memory,
// 'on'/'off' as chosen; the plan Settings shows is the one the load used. Two loads asked for at once (the
// start-up load and the student's) reach the host in call order, and the later returns with its model ready.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EventSink } from '../../../main/services/events';
import { ModelHostClient } from '../../../main/services/model-host';
import type { ClientMessage } from '../../../main/services/model-host/protocol';
import { ModelService } from '../../../main/services/model/model-service';
import { SettingsService } from '../../../main/services/settings/settings-service';
import { openDatabase, SettingsRepository } from '../../../main/services/store';
import type { LowMemoryChoice } from '../../../preload/contract/memory-plan';
import type { EventChannel, EventPayload } from '../../../preload/contract/channels';
import { ensureTinyModel, type TinyModelFixture } from '../../fixtures/tiny-llama';
import { FakeLauncher } from '../model-host/fake-host';

const silent: EventSink = { emit: <E extends EventChannel>(_c: E, _p: EventPayload<E>) => undefined };
const GIB = 1024 ** 3;

let fixture: TinyModelFixture;
let host: ModelHostClient | null = null;
let model: ModelService | null = null;

beforeAll(async () => {
  fixture = await ensureTinyModel();
});

afterEach(async () => {
  model?.dispose();
  await host?.dispose();
});

async function loadWith(choice: LowMemoryChoice, freeBytes: number) {
  const launcher = new FakeLauncher({});
  host = new ModelHostClient({ launcher });
  const settings = new SettingsService(new SettingsRepository(openDatabase(':memory:')));
  settings.update({ modelPath: fixture.modelPath, lowMemory: choice });
  model = new ModelService(host, settings, silent, null, null, () => ({ freeBytes, totalBytes: 8 * GIB }));
  await model.load();
  const load = launcher.current.received.find((m): m is Extract<ClientMessage, { type: 'load' }> => m.type === 'load');
  return { useMmap: load?.config.useMmap, plan: await model.memoryPlan() };
}

describe('ModelService memory plan', () => {
  it('auto maps the file with room to spare', async () => {
    const { useMmap, plan } = await loadWith('auto', 6 * GIB);
    expect(useMmap).toBeUndefined();
    expect(plan).toMatchObject({ choice: 'auto', lowMemory: false, freeBytes: 6 * GIB });
  });

  it('auto reads the file into memory when free memory is tight', async () => {
    // The tiny fixture is a few MB: tight means less than its estimate plus the 819 MiB margin of 8 GiB.
    const { useMmap, plan } = await loadWith('auto', 0.5 * GIB);
    expect(useMmap).toBe(false);
    expect(plan).toMatchObject({ lowMemory: true, autoLowMemory: true });
  });

  it("keeps the student's choice", async () => {
    expect((await loadWith('off', 0.5 * GIB)).useMmap).toBeUndefined();
    model?.dispose();
    await host?.dispose();
    expect((await loadWith('on', 6 * GIB)).useMmap).toBe(false);
  });
});

describe('ModelService loads', () => {
  it('run one at a time in call order, so the last one returns with the model ready', async () => {
    const launcher = new FakeLauncher({});
    host = new ModelHostClient({ launcher });
    const settings = new SettingsService(new SettingsRepository(openDatabase(':memory:')));
    settings.update({ modelPath: fixture.modelPath, threads: 1 });
    model = new ModelService(host, settings, silent);
    // Counts the loads in the host client at once: overlapping ones may reach the host in either order.
    let inHost = 0;
    let mostAtOnce = 0;
    const hostLoad = host.load.bind(host);
    host.load = async (...args) => {
      mostAtOnce = Math.max(mostAtOnce, ++inHost);
      try {
        return await hostLoad(...args);
      } finally {
        inHost -= 1;
      }
    };
    const first = model.load();
    const second = model.load();
    await expect(second).resolves.toMatchObject({ state: 'ready' });
    expect(model.getStatus().state).toBe('ready');
    await expect(first).resolves.toMatchObject({ state: 'ready' });
    expect(mostAtOnce).toBe(1);
    expect(launcher.current.received.filter((message) => message.type === 'load')).toHaveLength(2);
  });

  it('a failed load does not stop the next one', async () => {
    const launcher = new FakeLauncher({});
    host = new ModelHostClient({ launcher });
    const settings = new SettingsService(new SettingsRepository(openDatabase(':memory:')));
    settings.update({ modelPath: `${fixture.modelPath}.missing` });
    model = new ModelService(host, settings, silent);
    await expect(model.load()).rejects.toMatchObject({ code: 'not_found' });
    settings.update({ modelPath: fixture.modelPath });
    await expect(model.load()).resolves.toMatchObject({ state: 'ready' });
  });
});
