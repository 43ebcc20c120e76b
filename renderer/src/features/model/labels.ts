// Human-readable names for model states, backends and prompt profiles.
import type { ModelInfo, ModelState, ProfileChoice, ProfileId } from '../../../../preload/contract/schemas';

export const MODEL_STATE_LABELS: Record<ModelState, string> = {
  stopped: 'Model stopped',
  starting: 'Starting…',
  idle: 'No model loaded',
  loading: 'Loading model…',
  ready: 'Ready',
  generating: 'Generating…',
  crashed: 'Model crashed',
  unavailable: 'Model unavailable',
};

export const BACKEND_LABELS: Record<ModelInfo['backend'], string> = {
  cpu: 'CPU',
  cuda: 'CUDA',
  vulkan: 'Vulkan',
  metal: 'Metal',
};

export const PROFILE_LABELS: Record<ProfileChoice, string> = {
  auto: 'Automatic (chosen from the model and adapter)',
  adapter: 'Medical adapter format (Gemma-style turns)',
  template: "Model's chat template",
  qa: 'Question/Answer',
};

/** Short names shown on each answer and next to the adapter switch. */
export const PROFILE_SHORT_LABELS: Record<ProfileId, string> = {
  adapter: 'Adapter format',
  template: 'Chat template',
  qa: 'Q/A',
};

/** The short label for a stored profile name (older or unknown values are shown as they are). */
export function profileShortLabel(profile: string): string {
  return (PROFILE_SHORT_LABELS as Record<string, string>)[profile] ?? profile;
}

export const CRASH_MESSAGE = 'The model process stopped unexpectedly; restarting…';

/** True when a model is loaded and can answer (now or after the current answer). */
export function hasLoadedModel(state: ModelState): boolean {
  return state === 'ready' || state === 'generating';
}
