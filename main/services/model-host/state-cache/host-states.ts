// What the host does with saved conversation states around a model load: open the cache for the loaded model and
// adapter, and delete states (a deleted conversation, or all data) whether or not the cache is the open one.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Llama } from 'node-llama-cpp';
import { modelFileIdentity } from '../../model/calibration-key';
import { messageOf } from '../errors';
import type { LoadConfig } from '../protocol';
import { ContinuationStates } from './continuation';
import { runtimeVersion } from './runtime-version';
import { StateCache, type StateLogLevel } from './state-cache';
import { stateIdentity, type FileIdentity } from './state-identity';

const DEFAULT_STATE_IDLE_MS = 1500;
const DEFAULT_STATE_MIN_TOKENS = 64;

export type StateLog = (level: StateLogLevel, message: string) => void;

/** The state cache for this load's model, or null (none configured; a cache that fails to open is only logged). */
export async function openContinuationStates(
  llama: Llama,
  config: LoadConfig,
  { log, runtimeSuffix }: { log: StateLog; runtimeSuffix: string | null | undefined },
): Promise<ContinuationStates | null> {
  const settings = config.stateCache;
  if (!settings) return null;
  try {
    const fileIdentity = async (filePath: string): Promise<FileIdentity> => ({
      path: path.resolve(filePath),
      ...(await modelFileIdentity(filePath)),
    });
    const [model, adapter, runtime] = await Promise.all([
      fileIdentity(config.modelPath),
      config.loraPath ? fileIdentity(config.loraPath) : null,
      runtimeVersion(llama, runtimeSuffix),
    ]);
    const cache = await StateCache.open({ dir: settings.dir, maxBytes: settings.maxBytes, log });
    // A cap of 0 turns saving off: opening the cache under it has deleted every state already.
    if (settings.maxBytes === 0) return null;
    return new ContinuationStates({
      cache,
      identity: (loraScale, profile) => stateIdentity({ model, adapter, loraScale, profile, runtime }),
      idleMs: settings.idleMs ?? DEFAULT_STATE_IDLE_MS,
      minTokens: settings.minTokens ?? DEFAULT_STATE_MIN_TOKENS,
      log,
    });
  } catch (error) {
    log('warn', `continuation states: the cache in ${settings.dir} could not be opened: ${messageOf(error)}`);
    return null;
  }
}

/**
 * Deletes the saved states of one conversation (or all, without a key) in `dir`: through the open cache when it
 * is that folder, so its index stays right, else by opening the folder. Returns how many were removed.
 */
export async function forgetSavedStates(
  open: ContinuationStates | null,
  { dir, sessionKey, log }: { dir: string; sessionKey?: string | undefined; log: StateLog },
): Promise<number> {
  if (open && path.resolve(open.cache.dir) === path.resolve(dir)) return open.forget(sessionKey);
  if (!existsSync(dir)) return 0;
  const cache = await StateCache.open({ dir, maxBytes: Number.MAX_SAFE_INTEGER, log });
  return cache.forget(sessionKey);
}
