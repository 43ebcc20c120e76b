// The SecretBox of a composition that was given none (the CLI, tools): it stores no API key at all.
import type { SecretBox } from '../remote-engine/secret-box';

export const NO_SECRET_STORAGE: SecretBox = {
  available: () => false,
  encrypt() {
    throw new Error('No secret storage is available here.');
  },
  decrypt() {
    throw new Error('No secret storage is available here.');
  },
};
