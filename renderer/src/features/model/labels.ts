// Human-readable names for model states, backends and prompt profiles.
import type { ModelInfo, ModelState, ProfileChoice } from '../../../../preload/contract/schemas';

export const MODEL_STATE_LABELS: Record<ModelState, string> = {
  stopped: 'Model stopped',
  starting: 'Starting…',
  idle: 'No model loaded',
  loading: 'Loading model…',
  ready: 'Ready',
  generating: 'Generating…',
  crashed: 'Model crashed',
  unavailable: 'No model',
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

export const CRASH_MESSAGE = 'The model process stopped unexpectedly; restarting…';

/** True when a model is loaded and can answer (now or after the current answer). */
export function hasLoadedModel(state: ModelState): boolean {
  return state === 'ready' || state === 'generating';
}
