// The SecretBox of a composition that was given none (the CLI, tools): it stores no API key at all.
import type { SecretBox } from '../remote-engine/secret-box';

export const NO_SECRET_STORAGE: SecretBox = {
  available: () => Promise.resolve(false),
  seal: () => Promise.reject(new Error('No secret storage is available here.')),
  open: () => Promise.reject(new Error('No secret storage is available here.')),
};
