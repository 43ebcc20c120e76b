// Where API keys are kept: encrypted by the operating system (Electron's safeStorage in the shell; a fake in
// tests). Keys are stored only as the bytes encrypt() returns, never in clear.

export interface SecretBox {
  /** False where the OS offers no encryption (e.g. Linux without a keyring): the app then stores no key. */
  available(): boolean;
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}
