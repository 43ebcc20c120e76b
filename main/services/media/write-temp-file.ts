// Streams bytes into a temp file while hashing, size-capping and sniffing them, so a 50 MB file is never
// held in memory and a file that is not media is refused after its first few kilobytes.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { MediaRejectedError } from './errors';
import { SNIFF_BYTES, sniffMediaType, type MediaType } from './sniff';

export type MediaSource = Uint8Array | AsyncIterable<Uint8Array>;

export interface WrittenTempFile {
  hash: string;
  size: number;
  type: MediaType;
}

export interface WriteLimits {
  maxBytes: number;
  /** Used in messages: the name the file had in the deck. */
  name?: string;
  signal?: AbortSignal;
}

const ACCEPTED = 'PNG, JPEG, GIF, WebP, SVG, MP3, AAC, M4A, OGG, WAV or WebM';

/** Writes `source` to `tempPath` (created, never overwritten) and fsyncs it; throws MediaRejectedError. */
export async function writeTempFile(
  source: MediaSource,
  tempPath: string,
  limits: WriteLimits,
): Promise<WrittenTempFile> {
  const handle = await open(tempPath, 'wx');
  try {
    const hasher = createHash('sha256');
    let size = 0;
    const head: Uint8Array[] = [];
    let headBytes = 0;
    let type: MediaType | null = null;
    for await (const chunk of chunksOf(source)) {
      limits.signal?.throwIfAborted();
      if (!(chunk instanceof Uint8Array)) throw new TypeError('media streams must yield bytes (Buffer/Uint8Array)');
      size += chunk.length;
      if (size > limits.maxBytes) throw tooLarge(limits);
      if (type === null && headBytes < SNIFF_BYTES) {
        head.push(chunk);
        headBytes += chunk.length;
        // Refuse early: a 50 MB file that is not media costs one chunk, not a 50 MB write.
        if (headBytes >= SNIFF_BYTES) type = sniffed(head, limits);
      }
      hasher.update(chunk);
      await writeAll(handle, chunk);
    }
    if (size === 0) throw new MediaRejectedError('empty', `${label(limits)} is empty.`);
    type ??= sniffed(head, limits);
    await handle.sync();
    return { hash: hasher.digest('hex'), size, type };
  } finally {
    await handle.close();
  }
}

/** The MIME type of bytes already in memory (the same checks as a streamed write). */
export function sniffBytes(bytes: Uint8Array, limits: WriteLimits): MediaType {
  if (bytes.length === 0) throw new MediaRejectedError('empty', `${label(limits)} is empty.`);
  if (bytes.length > limits.maxBytes) throw tooLarge(limits, bytes.length);
  return sniffed([bytes], limits);
}

async function* chunksOf(source: MediaSource): AsyncIterable<Uint8Array> {
  if (source instanceof Uint8Array) yield source;
  else yield* source;
}

async function writeAll(handle: Awaited<ReturnType<typeof open>>, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}

function sniffed(head: readonly Uint8Array[], limits: WriteLimits): MediaType {
  const bytes = Buffer.concat(head).subarray(0, SNIFF_BYTES);
  const type = sniffMediaType(bytes);
  if (type === null) {
    throw new MediaRejectedError(
      'not-media',
      `${label(limits)} is not an image or audio file (its content is none of ${ACCEPTED}).`,
    );
  }
  return type;
}

/** `size` is known for bytes in memory; a stream is stopped as soon as it passes the limit. */
function tooLarge(limits: WriteLimits, size?: number): MediaRejectedError {
  const limit = megabytes(limits.maxBytes);
  const how = size === undefined || megabytes(size) === limit ? `over ${limit}` : megabytes(size);
  return new MediaRejectedError(
    'too-large',
    `${label(limits)} is too large (${how}; one image or audio file may be at most ${limit}).`,
  );
}

function label(limits: WriteLimits): string {
  return limits.name === undefined ? 'The media file' : `"${limits.name.slice(0, 200)}"`;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
