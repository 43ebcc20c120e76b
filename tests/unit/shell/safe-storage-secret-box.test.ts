// The safeStorage SecretBox on Electron's asynchronous calls: keys are kept only where the OS really protects
// them (on Linux the 'basic_text' fallback, a hard-coded password, and 'unknown', before ready, count as no
// protection), and a key the OS asks to re-encrypt is reported for sealing again.
import { describe, expect, it, vi } from 'vitest';
import type { SafeStorageApi } from '../../../main/shell/safe-storage-secret-box';

vi.mock('electron', () => ({ safeStorage: {} }));

const { SafeStorageSecretBox } = await import('../../../main/shell/safe-storage-secret-box');
type Backend = ReturnType<SafeStorageApi['getSelectedStorageBackend']>;

function storage(available: boolean, backend: Backend, shouldReEncrypt = false): SafeStorageApi {
  return {
    isAsyncEncryptionAvailable: () => Promise.resolve(available),
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: (text: string) => Promise.resolve(Buffer.from(`sealed:${[...text].reverse().join('')}`)),
    decryptStringAsync: (data: Buffer) =>
      Promise.resolve({ result: [...data.toString().slice('sealed:'.length)].reverse().join(''), shouldReEncrypt }),
  };
}

describe('SafeStorageSecretBox', () => {
  it.each([
    ['linux', true, 'gnome_libsecret', true],
    ['linux', true, 'kwallet6', true],
    ['linux', true, 'basic_text', false],
    ['linux', true, 'unknown', false],
    ['linux', false, 'gnome_libsecret', false],
    ['darwin', true, 'unknown', true],
    ['win32', true, 'basic_text', true],
    ['win32', false, 'unknown', false],
  ] as const)('on %s, encryption %s with %s: available %s', async (platform, encryption, backend, expected) => {
    await expect(new SafeStorageSecretBox(() => storage(encryption, backend), platform).available()).resolves.toBe(
      expected,
    );
  });

  it('round-trips through safeStorage where it is available, and refuses where not', async () => {
    const box = new SafeStorageSecretBox(() => storage(true, 'gnome_libsecret'), 'linux');
    const sealed = await box.seal('sk-123');
    expect(sealed.toString()).not.toContain('sk-123');
    await expect(box.open(sealed)).resolves.toEqual({ text: 'sk-123', reseal: false });
    const plain = new SafeStorageSecretBox(() => storage(true, 'basic_text'), 'linux');
    await expect(plain.seal('sk-123')).rejects.toThrow(/no protected storage/);
    await expect(plain.open(sealed)).rejects.toThrow(/no protected storage/);
  });

  it('passes on shouldReEncrypt as reseal', async () => {
    const box = new SafeStorageSecretBox(() => storage(true, 'unknown', true), 'darwin');
    await expect(box.open(await box.seal('sk-123'))).resolves.toEqual({ text: 'sk-123', reseal: true });
  });
});
