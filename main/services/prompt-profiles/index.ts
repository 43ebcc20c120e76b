// Public, pure API of prompt profiles (safe to import without node-llama-cpp).
export { PROFILE_IDS, DEFAULT_SAMPLING } from './types';
export type { ProfileId, PlainProfileId, ChatRole, ChatTurn, SamplingSettings } from './types';
export { PLAIN_FORMATS } from './plain-formats';
export type { PlainTextFormat } from './plain-formats';
export { renderProfilePrompt, renderTranscript, profileStopStrings } from './render';
export type { RenderedPrompt } from './render';
export { defaultProfileFor } from './select';
export type { ProfileCapabilities } from './select';
export { neutralizeTurnMarkers, containsTurnMarker } from './neutralize-markers';
