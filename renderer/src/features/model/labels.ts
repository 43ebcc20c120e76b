// Names for model states, backends and prompt profiles. The translated ones are read from the `models`
// catalog each time they are used, so a component that re-renders after a language switch shows the new one.
import type { ModelInfo, ModelState, ProfileChoice, ProfileId } from '../../../../preload/contract/schemas';
import { i18n } from '../../i18n';

/** A record whose values are catalog lookups in the current UI language, made when a value is read. */
function translated<K extends string>(keys: readonly K[], read: (key: K) => string): Readonly<Record<K, string>> {
  const record = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(record, key, { enumerable: true, get: () => read(key) });
  return Object.freeze(record);
}

const MODEL_STATES: readonly ModelState[] = [
  'stopped',
  'starting',
  'idle',
  'loading',
  'ready',
  'generating',
  'crashed',
  'unavailable',
];

export const MODEL_STATE_LABELS = translated(MODEL_STATES, (state) => i18n.t(`state.${state}`, { ns: 'models' }));

/** Names of the inference backends: product names, the same in every language. */
export const BACKEND_LABELS: Record<ModelInfo['backend'], string> = {
  cpu: 'CPU',
  cuda: 'CUDA',
  vulkan: 'Vulkan',
  metal: 'Metal',
};

const PROFILE_CHOICES: readonly ProfileChoice[] = ['auto', 'adapter', 'template', 'qa'];

export const PROFILE_LABELS = translated(PROFILE_CHOICES, (profile) => i18n.t(`profiles.${profile}`, { ns: 'models' }));

/** Short names shown on each answer and next to the adapter switch. */
export const PROFILE_SHORT_LABELS = translated<ProfileId>(['adapter', 'template', 'qa'], (profile) =>
  i18n.t(`profilesShort.${profile}`, { ns: 'models' }),
);

/** The short label for a stored profile name (older or unknown values are shown as they are). */
export function profileShortLabel(profile: string): string {
  return Object.hasOwn(PROFILE_SHORT_LABELS, profile)
    ? (PROFILE_SHORT_LABELS as Record<string, string>)[profile]!
    : profile;
}

/** What the app says while the model process restarts after a crash, in the current UI language. */
export function crashMessage(): string {
  return i18n.t('crash.restarting', { ns: 'models' });
}

/** True when a model is loaded and can answer (now or after the current answer). */
export function hasLoadedModel(state: ModelState): boolean {
  return state === 'ready' || state === 'generating';
}
