// Runs in the renderer: turns the bridged API (envelopes) back into one that throws ApiError.
import { isEventName, type MeaApi, type MeaBridgeApi } from '../contract/api';
import { unwrapEnvelope, type Envelope } from '../contract/envelope';

export function unwrapBridgeApi(bridge: MeaBridgeApi): MeaApi {
  const api: Record<string, unknown> = {};
  for (const name of Object.keys(bridge) as (keyof MeaBridgeApi)[]) {
    if (isEventName(name)) {
      api[name] = bridge[name];
      continue;
    }
    const call = bridge[name] as (...args: unknown[]) => Promise<Envelope<unknown>>;
    api[name] = async (...args: unknown[]) => unwrapEnvelope(await call(...args));
  }
  return api as unknown as MeaApi;
}
