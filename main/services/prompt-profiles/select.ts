// Picks the default prompt profile for a loaded model.
import type { ProfileId } from './types';

export interface ProfileCapabilities {
  hasLora: boolean;
  hasChatTemplate: boolean;
}

/** A LoRA was trained on its own format; otherwise prefer the GGUF's chat template; else bare Q/A. */
export function defaultProfileFor({ hasLora, hasChatTemplate }: ProfileCapabilities): ProfileId {
  if (hasLora) return 'adapter';
  if (hasChatTemplate) return 'template';
  return 'qa';
}
