// Servers' API keys encrypted by the operating system through Electron's safeStorage (Keychain on macOS,
// DPAPI on Windows, the Secret Service or KWallet on Linux). Where the OS offers no real protection, no key
// is stored at all: on Linux without a keyring, safeStorage falls back to a hard-coded password
// ('basic_text'), which would be the key in clear with extra steps.
import { safeStorage } from 'electron';
import type { SecretBox } from '../services/remote-engine/secret-box';

/** The part of Electron's safeStorage used here (tests pass a fake). */
export type SafeStorageApi = Pick<
  Electron.SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

export class SafeStorageSecretBox implements SecretBox {
  constructor(
    // Read when used, not when built: safeStorage works only once the app is ready.
    private readonly storage: () => SafeStorageApi = () => safeStorage,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  available(): boolean {
    const storage = this.storage();
    if (!storage.isEncryptionAvailable()) return false;
    if (this.platform !== 'linux') return true;
    // 'unknown' before the app is ready; 'basic_text' when no keyring was found (or --password-store=basic).
    const backend = storage.getSelectedStorageBackend();
    return backend !== 'basic_text' && backend !== 'unknown';
  }

  // The synchronous calls are deprecated in favour of the async ones, but SecretBox is synchronous (a key is
  // decrypted while a question is being sent) and these remain supported.
  encrypt(text: string): Buffer {
    if (!this.available()) throw new Error('The operating system offers no protected storage for secrets.');
    return this.storage().encryptString(text);
  }

  decrypt(data: Buffer): string {
    if (!this.available()) throw new Error('The operating system offers no protected storage for secrets.');
    return this.storage().decryptString(data);
  }
}
