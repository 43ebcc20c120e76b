// Runs chunks through a zlib transform (inflate, zstd) and yields what comes out as it comes,
// one input chunk in flight at a time, so memory stays at about one chunk's output.
import type { Transform } from 'node:stream';
import { finished } from 'node:stream/promises';

/**
 * A transform fed by hand. `accept` sees every output chunk before it is passed on; when it
 * throws (a cap is reached) the transform is stopped at once and that error is thrown to the reader.
 */
export class TransformFeed {
  private readonly ready: Uint8Array[] = [];
  private failure: { error: unknown } | null = null;

  constructor(
    private readonly transform: Transform,
    accept: (chunk: Uint8Array) => void,
  ) {
    transform.on('data', (chunk: Buffer) => {
      if (this.failure) return;
      try {
        accept(chunk);
        this.ready.push(chunk);
      } catch (error) {
        this.fail(error);
        transform.destroy();
      }
    });
    transform.on('error', (error) => this.fail(error));
  }

  /** Feeds one chunk and yields the output it produced. */
  async *write(chunk: Uint8Array): AsyncGenerator<Uint8Array> {
    if (chunk.byteLength > 0 && !this.failure) {
      // The callback runs once the chunk is processed, after its output was pushed; a transform
      // that fails on it is destroyed without calling back, so 'close' ends the wait too.
      await new Promise<void>((resolve) => {
        const done = () => {
          this.transform.off('close', done);
          resolve();
        };
        this.transform.once('close', done);
        this.transform.write(chunk, done);
      });
    }
    yield* this.drain();
  }

  /** Ends the input and yields the rest of the output. */
  async *finish(): AsyncGenerator<Uint8Array> {
    this.transform.end();
    await finished(this.transform).catch((error: unknown) => this.fail(error));
    yield* this.drain();
  }

  destroy(): void {
    this.transform.destroy();
  }

  private fail(error: unknown): void {
    this.failure ??= { error };
  }

  private *drain(): Generator<Uint8Array> {
    if (this.failure) throw this.failure.error;
    while (this.ready.length > 0) yield this.ready.shift() as Uint8Array;
  }
}

/** All of `input` through `transform` (see TransformFeed). */
export async function* throughTransform(
  transform: Transform,
  input: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  accept: (chunk: Uint8Array) => void,
): AsyncGenerator<Uint8Array> {
  const feed = new TransformFeed(transform, accept);
  try {
    for await (const piece of input) yield* feed.write(piece);
    yield* feed.finish();
  } finally {
    feed.destroy();
  }
}
