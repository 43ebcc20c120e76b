// A SecretBox for tests and the e2e bridge: "encrypts" by XOR with a fixed pad behind a marker, so the sealed
// bytes never contain the key in clear (tests search the database file for it) but decrypt back exactly.
import type { SecretBox } from '../../main/services/remote-engine/secret-box';

const MARKER = Buffer.from('fake-box:v1:', 'utf8');
const PAD = Buffer.from('d3f8a1c47e2b9056', 'hex');

export class FakeSecretBox implements SecretBox {
  /** False plays a computer without a keyring: keys are refused. */
  isAvailable = true;
  /** Set to make decrypt throw (a keyring that changed since the key was saved). */
  failDecrypt = false;
  readonly encrypted: string[] = [];

  available(): boolean {
    return this.isAvailable;
  }

  encrypt(text: string): Buffer {
    if (!this.isAvailable) throw new Error('no secret storage');
    this.encrypted.push(text);
    return Buffer.concat([MARKER, xor(Buffer.from(text, 'utf8'))]);
  }

  decrypt(data: Buffer): string {
    if (this.failDecrypt || !data.subarray(0, MARKER.length).equals(MARKER)) throw new Error('cannot decrypt');
    return xor(data.subarray(MARKER.length)).toString('utf8');
  }
}

function xor(bytes: Buffer): Buffer {
  const out = Buffer.alloc(bytes.length);
  for (let index = 0; index < bytes.length; index++) {
    out[index] = (bytes[index] as number) ^ (PAD[index % PAD.length] as number) ^ (index & 0xff);
  }
  return out;
}
