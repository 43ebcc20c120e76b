// Where API keys are kept: encrypted by the operating system (Electron's safeStorage in the shell; a fake in
// tests). Keys are stored only as the bytes seal() returns, never in clear. Asynchronous because the OS may
// have to unlock a keyring (and Electron's synchronous calls are deprecated).

/** A key opened from its sealed bytes. */
export interface OpenedSecret {
  text: string;
  /** The OS rotated its key (or offers a better one): seal `text` again and store the new bytes. */
  reseal: boolean;
}

export interface SecretBox {
  /** False where the OS offers no real encryption (e.g. Linux without a keyring): the app then stores no key. */
  available(): Promise<boolean>;
  seal(text: string): Promise<Buffer>;
  open(data: Buffer): Promise<OpenedSecret>;
}
