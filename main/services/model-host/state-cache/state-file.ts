// What a llama.cpp sequence state file says about itself, and the hashes the cache checks it with.
// The file (llama_state_seq_save_file) starts with magic 'ggsq', a format version, the token count
// and the token ids (little-endian 32-bit), then the KV data; node-llama-cpp writes it as-is.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

const SEQ_MAGIC = 0x67677371; // 'ggsq'
const HEADER_BYTES = 12;

/** Why a file is not a sequence state of the expected shape. */
export class StateFileError extends Error {
  override readonly name = 'StateFileError';
}

/** SHA-256 (hex) of token ids as little-endian 32-bit integers, the way the state file stores them. */
export function tokensSha256(tokens: ArrayLike<number>): string {
  return createHash('sha256').update(tokenBytes(tokens)).digest('hex');
}

function tokenBytes(tokens: ArrayLike<number>): Buffer {
  const bytes = Buffer.alloc(tokens.length * 4);
  for (let index = 0; index < tokens.length; index++) bytes.writeUInt32LE(tokens[index] as number, index * 4);
  return bytes;
}

/** SHA-256 (hex) of a whole file, streamed. */
export async function fileSha256(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * The token ids a state file covers, read from its header without reading the KV data. Throws
 * StateFileError for a file that is not a sequence state (wrong magic, a count the file cannot hold).
 */
export async function readStateTokens(filePath: string, maxTokens: number): Promise<Uint32Array> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    const header = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(header, 0, HEADER_BYTES, 0);
    if (bytesRead < HEADER_BYTES) throw new StateFileError(`only ${bytesRead} bytes, shorter than a state header`);
    if (header.readUInt32LE(0) !== SEQ_MAGIC) throw new StateFileError('not a llama.cpp sequence state (magic)');
    const count = header.readUInt32LE(8);
    if (count > maxTokens) throw new StateFileError(`claims ${count} tokens, more than ${maxTokens}`);
    if (HEADER_BYTES + count * 4 > size) throw new StateFileError(`claims ${count} tokens but has ${size} bytes`);
    const body = Buffer.alloc(count * 4);
    const read = await handle.read(body, 0, body.length, HEADER_BYTES);
    if (read.bytesRead < body.length) throw new StateFileError('token list cut short');
    const tokens = new Uint32Array(count);
    for (let index = 0; index < count; index++) tokens[index] = body.readUInt32LE(index * 4);
    return tokens;
  } finally {
    await handle.close();
  }
}

/** Length of the longest common prefix of two token lists. */
export function commonPrefixLength(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const length = Math.min(a.length, b.length);
  let index = 0;
  while (index < length && a[index] === b[index]) index++;
  return index;
}
