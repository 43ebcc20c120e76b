// Shared helpers for model host integration tests: the tiny fixture model and a forked host client.
import { ensureTinyModel } from '../../fixtures/tiny-llama';
import {
  ForkHostLauncher,
  ModelHostClient,
  type GenerateRequest,
  type HostStatus,
  type ModelHostClientOptions,
} from '../../../main/services/model-host';
import type { ChatTurn, ProfileId } from '../../../main/services/prompt-profiles';

export const tinyModel = ensureTinyModel;

export function forkedClient(
  options: Partial<ModelHostClientOptions> & { faults?: boolean; env?: Record<string, string> } = {},
): ModelHostClient {
  const { faults, env, ...clientOptions } = options;
  return new ModelHostClient({
    launcher: new ForkHostLauncher({ env: { ...(faults ? { MEA_HOST_FAULTS: '1' } : {}), ...env } }),
    restartBackoffMs: [50, 100, 200],
    ...clientOptions,
  });
}

/** A forked host with the tiny model and its LoRA loaded (dispose it after the tests). */
export async function loadedTinyClient(): Promise<ModelHostClient> {
  const fixture = await tinyModel();
  const client = forkedClient();
  await client.load({ modelPath: fixture.modelPath, loraPath: fixture.loraPath, gpuLayers: 'auto' });
  return client;
}

let counter = 0;

export function ask(
  sessionKey: string,
  prompt: string,
  options: { history?: ChatTurn[]; maxTokens?: number; profile?: ProfileId } = {},
): GenerateRequest {
  return {
    requestId: `req-${++counter}`,
    sessionKey,
    history: options.history ?? [],
    prompt,
    profile: options.profile ?? 'adapter',
    sampling: { temperature: 0.7, topP: 0.9, maxTokens: options.maxTokens ?? 16 },
  };
}

export function waitForStatus(
  client: ModelHostClient,
  predicate: (status: HostStatus) => boolean,
  timeoutMs = 30_000,
): Promise<HostStatus> {
  if (predicate(client.getStatus())) return Promise.resolve(client.getStatus());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`timed out waiting for status; now ${JSON.stringify(client.getStatus())}`));
    }, timeoutMs);
    const unsubscribe = client.onStatus((status) => {
      if (!predicate(status)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(status);
    });
  });
}
