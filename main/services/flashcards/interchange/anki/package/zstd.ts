// zstd decompression with a cap, as Anki's current packages need (collection, media list, media files).
// A namespace import: were the runtime's zlib without zstd, only current-format imports would
// fail (with the message below), not the loading of the whole main process.
import * as zlib from 'node:zlib';
import { InterchangeFormatError } from '../../errors';
import { formatBytes } from './limits';
import { inspectZstdFrames, ZstdStructureError, type ZstdFrame } from './zstd-frames';

function framesOf(bytes: Uint8Array, what: string): ZstdFrame[] {
  try {
    return inspectZstdFrames(bytes);
  } catch (error) {
    if (!(error instanceof ZstdStructureError)) throw error;
    throw new InterchangeFormatError(`${what} is not valid zstd data: ${error.message}`, { cause: error });
  }
}

/**
 * Decompresses `bytes` (named `what` in messages); refuses damaged data and output above `cap`.
 * Frames are decoded one by one: Node's one-shot decoder stops after the first frame.
 */
export function decompressZstd(bytes: Uint8Array, cap: number, what: string): Uint8Array {
  const tooLarge = () =>
    new InterchangeFormatError(`${what} would decompress to more than ${formatBytes(cap)}; refusing to open it`);
  if (typeof zlib.zstdDecompressSync !== 'function') {
    throw new InterchangeFormatError(
      `${what} is zstd-compressed, which this build cannot read; in Anki, export again with "Support older Anki versions" ticked`,
    );
  }
  const frames = framesOf(bytes, what);
  const declared = frames.reduce((sum, frame) => sum + (frame.declaredSize ?? 0), 0);
  if (declared > cap) throw tooLarge();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (const frame of frames) {
    let out: Buffer;
    try {
      out = zlib.zstdDecompressSync(bytes.subarray(frame.start, frame.end), {
        maxOutputLength: Math.max(1, cap - total),
      });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
      const reason = error instanceof Error ? error.message : String(error);
      throw new InterchangeFormatError(`${what} is not valid zstd data: ${reason}`, { cause: error });
    }
    if (frame.declaredSize !== undefined && out.byteLength !== frame.declaredSize) {
      throw new InterchangeFormatError(`${what} is damaged: it decompressed to a different size than it declares`);
    }
    total += out.byteLength;
    if (total > cap) throw tooLarge();
    parts.push(out);
  }
  return parts.length === 1 && parts[0] ? parts[0] : Buffer.concat(parts, total);
}
