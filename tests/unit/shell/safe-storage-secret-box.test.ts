// The safeStorage SecretBox: keys are kept only where the OS really protects them; on Linux the 'basic_text'
// fallback (a hard-coded password) and 'unknown' (before ready) count as no protection.
import { describe, expect, it, vi } from 'vitest';
import type { SafeStorageApi } from '../../../main/shell/safe-storage-secret-box';

vi.mock('electron', () => ({ safeStorage: {} }));

const { SafeStorageSecretBox } = await import('../../../main/shell/safe-storage-secret-box');
type Backend = ReturnType<SafeStorageApi['getSelectedStorageBackend']>;

function storage(available: boolean, backend: Backend): SafeStorageApi {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text: string) => Buffer.from(`sealed:${[...text].reverse().join('')}`),
    decryptString: (data: Buffer) => [...data.toString().slice('sealed:'.length)].reverse().join(''),
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
  ] as const)('on %s, encryption %s with %s: available %s', (platform, encryption, backend, expected) => {
    expect(new SafeStorageSecretBox(() => storage(encryption, backend), platform).available()).toBe(expected);
  });

  it('round-trips through safeStorage where it is available, and refuses where not', () => {
    const box = new SafeStorageSecretBox(() => storage(true, 'gnome_libsecret'), 'linux');
    const sealed = box.encrypt('sk-123');
    expect(sealed.toString()).not.toContain('sk-123');
    expect(box.decrypt(sealed)).toBe('sk-123');
    const plain = new SafeStorageSecretBox(() => storage(true, 'basic_text'), 'linux');
    expect(() => plain.encrypt('sk-123')).toThrow(/no protected storage/);
    expect(() => plain.decrypt(sealed)).toThrow(/no protected storage/);
  });
});
