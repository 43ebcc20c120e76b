// zstd decompression as a stream, for the collection of a current package (which may be far
// larger than memory should hold): frames are told apart by the frame walker and each is
// decoded by its own decoder (Node's stops after one frame), under a cap counted as it streams.
import * as zlib from 'node:zlib';
import { InterchangeFormatError } from '../../errors';
import { formatBytes } from './limits';
import { TransformFeed } from './through-transform';
import { ZstdFrameWalker, ZstdStructureError } from './zstd-frames';

function explain<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof ZstdStructureError)) throw error;
    throw new InterchangeFormatError(`${what} is not valid zstd data: ${error.message}`, { cause: error });
  }
}

/**
 * Decompresses `input` (named `what` in messages) chunk by chunk; refuses damaged data and
 * output above `cap`. `onChunk` sees each output chunk first (throwing stops the stream).
 */
export async function* decompressZstdStream(
  input: AsyncIterable<Uint8Array>,
  cap: number,
  what: string,
  onChunk: (chunk: Uint8Array) => void = () => undefined,
): AsyncGenerator<Uint8Array> {
  const tooLarge = () =>
    new InterchangeFormatError(`${what} would decompress to more than ${formatBytes(cap)}; refusing to open it`);
  if (typeof zlib.createZstdDecompress !== 'function') {
    throw new InterchangeFormatError(
      `${what} is zstd-compressed, which this build cannot read; in Anki, export again with "Support older Anki versions" ticked`,
    );
  }
  const walker = new ZstdFrameWalker();
  let declared = 0;
  let total = 0;
  const accept = (chunk: Uint8Array) => {
    total += chunk.byteLength;
    if (total > cap) throw tooLarge();
    onChunk(chunk);
  };
  let frame: TransformFeed | null = null;
  try {
    for await (const chunk of input) {
      for (const segment of explain(what, () => walker.push(chunk))) {
        declared += segment.starts?.declaredSize ?? 0;
        if (declared > cap) throw tooLarge();
        frame ??= new TransformFeed(zlib.createZstdDecompress(), accept);
        yield* frame.write(segment.bytes);
        if (segment.ends) {
          yield* frame.finish();
          frame = null;
        }
      }
    }
    explain(what, () => walker.end());
  } catch (error) {
    if (error instanceof InterchangeFormatError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new InterchangeFormatError(`${what} is not valid zstd data: ${reason}`, { cause: error });
  } finally {
    frame?.destroy();
  }
}
