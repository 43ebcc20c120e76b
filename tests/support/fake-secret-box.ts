// A SecretBox for tests and the e2e bridge: "encrypts" by XOR with a fixed pad behind a marker, so the sealed
// bytes never contain the key in clear (tests search the database file for it) but open back exactly.
import type { OpenedSecret, SecretBox } from '../../main/services/remote-engine/secret-box';

const MARKER = Buffer.from('fake-box:v1:', 'utf8');
/** What bytes sealed under a rotated key start with (see `rotate`). */
const ROTATED_MARKER = Buffer.from('fake-box:v2:', 'utf8');
const PAD = Buffer.from('d3f8a1c47e2b9056', 'hex');

export class FakeSecretBox implements SecretBox {
  /** False plays a computer without a keyring: keys are refused. */
  isAvailable = true;
  /** Set to make open reject (a keyring that changed since the key was saved). */
  failOpen = false;
  /**
   * Set to play an OS that rotated its key: new seals use the v2 marker, and opening v1 bytes still works but
   * asks for them to be sealed again (safeStorage's shouldReEncrypt).
   */
  rotated = false;
  /** Every text sealed, in order. */
  readonly sealed: string[] = [];
  /** How many times open was called. */
  opened = 0;

  async available(): Promise<boolean> {
    await Promise.resolve();
    return this.isAvailable;
  }

  async seal(text: string): Promise<Buffer> {
    await Promise.resolve();
    if (!this.isAvailable) throw new Error('no secret storage');
    this.sealed.push(text);
    return Buffer.concat([this.rotated ? ROTATED_MARKER : MARKER, xor(Buffer.from(text, 'utf8'))]);
  }

  async open(data: Buffer): Promise<OpenedSecret> {
    await Promise.resolve();
    this.opened++;
    const marker = data.subarray(0, MARKER.length);
    const current = this.rotated ? ROTATED_MARKER : MARKER;
    const older = this.rotated && marker.equals(MARKER);
    if (this.failOpen || !(marker.equals(current) || older)) throw new Error('cannot decrypt');
    return { text: xor(data.subarray(MARKER.length)).toString('utf8'), reseal: older };
  }
}

function xor(bytes: Buffer): Buffer {
  const out = Buffer.alloc(bytes.length);
  for (let index = 0; index < bytes.length; index++) {
    out[index] = (bytes[index] as number) ^ (PAD[index % PAD.length] as number) ^ (index & 0xff);
  }
  return out;
}
