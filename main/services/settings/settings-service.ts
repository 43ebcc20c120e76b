// User settings: model files, sampling, GPU layers, the scope guard mode, the interface language, the
// default engine, the disk cap of saved conversation states, and the prompt profile remembered per
// model+adapter pair.
import { z } from 'zod';
import { ApiError } from '../../../preload/contract/envelope';
import {
  conversationStateCapMbSchema,
  gpuLayersSchema,
  pathSchema,
  profileChoiceSchema,
  samplingSchema,
  scopeGuardModeSchema,
  serverIdSchema,
  threadsSchema,
  settingsSchema,
  uiLanguageSchema,
  type ProfileChoice,
  type Settings,
  type SettingsPatch,
} from '../../../preload/contract/schemas';
import { lowMemoryChoiceSchema, type LowMemoryChoice } from '../../../preload/contract/memory-plan';
import type { SettingsRepository } from '../store';
import { DEFAULT_SAMPLING } from '../prompt-profiles';

const modelChoiceSchema = z.object({
  modelPath: pathSchema.nullable(),
  loraPath: pathSchema.nullable(),
  loraScale: z.number().finite().min(0).max(4),
  gpuLayers: gpuLayersSchema,
  threads: threadsSchema.default('auto'),
  // Before 'auto' existed this was a boolean whose default, false, was written with every save, so a stored
  // false cannot be told from no choice: it becomes 'auto'. A stored true was always the student's choice.
  lowMemory: z
    .union([lowMemoryChoiceSchema, z.boolean()])
    .default('auto')
    .transform((stored): LowMemoryChoice => (stored === true ? 'on' : stored === false ? 'auto' : stored)),
});
type ModelChoice = z.output<typeof modelChoiceSchema>;

const profilesByPairSchema = z.record(z.string(), profileChoiceSchema);

const KEYS = {
  model: 'model.choice',
  sampling: 'generation.sampling',
  profiles: 'model.profilesByPair',
  scopeGuard: 'chat.scopeGuard',
  pastAnswers: 'chat.groundWithPastAnswers',
  uiLanguage: 'ui.language',
  defaultEngine: 'engine.default',
  stateCap: 'continuation.capMb',
} as const;

/** Saved conversation states kept on disk by default: about 14,000 tokens on a TinyLlama-sized model. */
export const DEFAULT_CONVERSATION_STATE_CAP_MB = 300;

/** Out-of-scope questions are declined with an "Ask anyway" option unless the student changes it. */
const DEFAULT_SCOPE_GUARD = 'ask';

const DEFAULT_MODEL_CHOICE: ModelChoice = {
  modelPath: null,
  loraPath: null,
  loraScale: 1,
  gpuLayers: 'auto',
  threads: 'auto',
  lowMemory: 'auto',
};

/** The profile is a property of the model+adapter pair, so it is keyed by both paths. */
function pairKey(choice: Pick<ModelChoice, 'modelPath' | 'loraPath'>): string {
  return JSON.stringify([choice.modelPath, choice.loraPath]);
}

export class SettingsService {
  /** Whether a server id belongs to a saved server; null until the servers are known (then none is accepted). */
  private serverExists: ((id: string) => boolean) | null = null;

  constructor(private readonly repo: SettingsRepository) {}

  /** Lets `defaultEngine` name the saved servers (the servers from Settings). */
  useServers(exists: (id: string) => boolean): void {
    this.serverExists = exists;
  }

  get(): Settings {
    const model = this.repo.get(KEYS.model, modelChoiceSchema, DEFAULT_MODEL_CHOICE);
    const sampling = this.repo.get(KEYS.sampling, samplingSchema, DEFAULT_SAMPLING);
    const profiles = this.repo.get(KEYS.profiles, profilesByPairSchema, {});
    const scopeGuard = this.repo.get(KEYS.scopeGuard, scopeGuardModeSchema, DEFAULT_SCOPE_GUARD);
    // Off until the student turns it on: an earlier answer is the model's own text, so it may be wrong.
    const groundWithPastAnswers = this.repo.get(KEYS.pastAnswers, z.boolean(), false);
    // The renderer resolves 'system' against the OS languages, so a new install speaks the student's language.
    const uiLanguage = this.repo.get(KEYS.uiLanguage, uiLanguageSchema, 'system');
    return settingsSchema.parse({
      defaultEngine: this.storedDefaultEngine(),
      ...model,
      sampling,
      profile: profiles[pairKey(model)] ?? 'auto',
      scopeGuard,
      groundWithPastAnswers,
      uiLanguage,
      conversationStateCapMb: this.repo.get(
        KEYS.stateCap,
        conversationStateCapMbSchema,
        DEFAULT_CONVERSATION_STATE_CAP_MB,
      ),
    });
  }

  update(patch: SettingsPatch): Settings {
    // Checked before anything is written, so a refused patch changes nothing.
    if (patch.defaultEngine) this.requireServer(patch.defaultEngine);
    const current = this.get();
    const model: ModelChoice = {
      modelPath: patch.modelPath !== undefined ? patch.modelPath : current.modelPath,
      loraPath: patch.loraPath !== undefined ? patch.loraPath : current.loraPath,
      loraScale: patch.loraScale ?? current.loraScale,
      gpuLayers: patch.gpuLayers ?? current.gpuLayers,
      threads: patch.threads ?? current.threads,
      lowMemory: patch.lowMemory ?? current.lowMemory,
    };
    this.repo.set(KEYS.model, model);
    if (patch.sampling) this.repo.set(KEYS.sampling, samplingSchema.parse({ ...current.sampling, ...patch.sampling }));
    if (patch.profile) this.setProfile(model, patch.profile);
    if (patch.scopeGuard) this.repo.set(KEYS.scopeGuard, scopeGuardModeSchema.parse(patch.scopeGuard));
    if (patch.groundWithPastAnswers !== undefined) this.repo.set(KEYS.pastAnswers, patch.groundWithPastAnswers);
    if (patch.uiLanguage) this.repo.set(KEYS.uiLanguage, uiLanguageSchema.parse(patch.uiLanguage));
    if (patch.defaultEngine !== undefined) this.repo.set(KEYS.defaultEngine, patch.defaultEngine);
    if (patch.conversationStateCapMb !== undefined) {
      this.repo.set(KEYS.stateCap, conversationStateCapMbSchema.parse(patch.conversationStateCapMb));
    }
    return this.get();
  }

  /** A server was removed: if it was the default engine, this computer is the default again. */
  forgetServer(id: string): void {
    if (this.repo.get(KEYS.defaultEngine, serverIdSchema.nullable(), null) === id) {
      this.repo.set(KEYS.defaultEngine, null);
    }
  }

  /** The stored default engine; a server that is no longer saved counts as this computer. */
  private storedDefaultEngine(): string | null {
    const id = this.repo.get(KEYS.defaultEngine, serverIdSchema.nullable(), null);
    return id !== null && this.serverExists?.(id) === true ? id : null;
  }

  private requireServer(id: string): void {
    if (this.serverExists?.(id) !== true) {
      throw new ApiError(
        'not_found',
        'There is no such server (it may have been removed), so it cannot be the default.',
      );
    }
  }

  private setProfile(model: ModelChoice, profile: ProfileChoice): void {
    const profiles = this.repo.get(KEYS.profiles, profilesByPairSchema, {});
    profiles[pairKey(model)] = profile;
    this.repo.set(KEYS.profiles, profiles);
  }
}
