// Servers' API keys encrypted by the operating system through Electron's safeStorage (Keychain on macOS,
// DPAPI on Windows, the Secret Service or KWallet on Linux), with its asynchronous calls (the synchronous
// ones are deprecated). Where the OS offers no real protection, no key is stored at all: on Linux without a
// keyring, safeStorage falls back to a hard-coded password ('basic_text'), which would be the key in clear
// with extra steps.
import { safeStorage } from 'electron';
import type { OpenedSecret, SecretBox } from '../services/remote-engine/secret-box';

/** The part of Electron's safeStorage used here (tests pass a fake). */
export type SafeStorageApi = Pick<
  Electron.SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

const NO_PROTECTED_STORAGE = 'The operating system offers no protected storage for secrets.';

export class SafeStorageSecretBox implements SecretBox {
  constructor(
    // Read when used, not when built: safeStorage works only once the app is ready.
    private readonly storage: () => SafeStorageApi = () => safeStorage,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  async available(): Promise<boolean> {
    const storage = this.storage();
    // Also starts the asynchronous encryptor, which picks the Linux backend: asked only after it.
    if (!(await storage.isAsyncEncryptionAvailable())) return false;
    if (this.platform !== 'linux') return true;
    // 'unknown' before the app is ready; 'basic_text' when no keyring was found (or --password-store=basic).
    const backend = storage.getSelectedStorageBackend();
    return backend !== 'basic_text' && backend !== 'unknown';
  }

  async seal(text: string): Promise<Buffer> {
    if (!(await this.available())) throw new Error(NO_PROTECTED_STORAGE);
    return this.storage().encryptStringAsync(text);
  }

  async open(data: Buffer): Promise<OpenedSecret> {
    if (!(await this.available())) throw new Error(NO_PROTECTED_STORAGE);
    const { result, shouldReEncrypt } = await this.storage().decryptStringAsync(data);
    return { text: result, reseal: shouldReEncrypt };
  }
}
