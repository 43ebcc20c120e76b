// The package's media files as lazily read entries: nothing is unpacked until read() or stream()
// is called, and each read is checked against the declared size and sha1 and the caps.
import { createHash } from 'node:crypto';
import { InterchangeFormatError } from '../../errors';
import { parseMediaList, type MediaListItem } from './media-list';
import type { PackageLayout } from './package-layout';
import type { AnkiMediaFile } from './types';

/** Unpacks a zip entry within the package's caps (zip output counted against the total). */
export type Unpack = (entry: string, cap: number) => Uint8Array;

export interface MediaReadContext {
  layout: PackageLayout;
  has: (entry: string) => boolean;
  unpack: Unpack;
  /** zstd output is counted against the package's total too. */
  decompress: (bytes: Uint8Array, cap: number, what: string) => Uint8Array;
  /** The same two as streams, for reading one file without holding it whole. */
  streamEntry: (entry: string, cap: number) => AsyncIterable<Uint8Array>;
  decompressStream: (input: AsyncIterable<Uint8Array>, cap: number, what: string) => AsyncIterable<Uint8Array>;
  maxListBytes: number;
  maxMediaFileBytes: number;
  label: string;
}

/** Room for zstd's framing around an incompressible file. */
const ZSTD_OVERHEAD_BYTES = 64 * 1024;

function mediaFile(item: MediaListItem, context: MediaReadContext): AnkiMediaFile {
  const what = `Media file "${item.name}"`;
  const cap = context.maxMediaFileBytes;
  const storedCap = context.layout.zstd ? cap + ZSTD_OVERHEAD_BYTES : cap;
  const wrongSize = (size: number) =>
    new InterchangeFormatError(`${what} is damaged: ${size} bytes instead of ${item.size}`);
  const wrongChecksum = () => new InterchangeFormatError(`${what} is damaged: its content does not match its checksum`);
  return {
    name: item.name,
    declaredSize: item.size,
    sha1: item.sha1,
    read() {
      const raw = context.unpack(item.entry, storedCap);
      const bytes = context.layout.zstd ? context.decompress(raw, cap, what) : raw;
      if (item.size !== undefined && bytes.byteLength !== item.size) throw wrongSize(bytes.byteLength);
      if (item.sha1 !== undefined && createHash('sha1').update(bytes).digest('hex') !== item.sha1) {
        throw wrongChecksum();
      }
      return bytes;
    },
    async *stream() {
      const raw = context.streamEntry(item.entry, storedCap);
      const chunks = context.layout.zstd ? context.decompressStream(raw, cap, what) : raw;
      const hash = item.sha1 === undefined ? null : createHash('sha1');
      let size = 0;
      for await (const chunk of chunks) {
        size += chunk.byteLength;
        if (item.size !== undefined && size > item.size) throw wrongSize(size);
        hash?.update(chunk);
        yield chunk;
      }
      if (item.size !== undefined && size !== item.size) throw wrongSize(size);
      if (hash && hash.digest('hex') !== item.sha1) throw wrongChecksum();
    },
  };
}

/** Reads the media list (absent: no media) and returns the files; files listed but absent are warned about. */
export function readPackageMedia(context: MediaReadContext): { media: AnkiMediaFile[]; warnings: string[] } {
  if (!context.has('media')) return { media: [], warnings: [] };
  const raw = context.unpack(
    'media',
    context.layout.zstd ? context.maxListBytes + ZSTD_OVERHEAD_BYTES : context.maxListBytes,
  );
  const list = context.layout.zstd
    ? context.decompress(raw, context.maxListBytes, `${context.label}'s media list`)
    : raw;
  const items = parseMediaList(list, context.layout.zstd ? 'protobuf' : 'json', context.label);
  const media: AnkiMediaFile[] = [];
  const missing: string[] = [];
  for (const item of items) {
    if (context.has(item.entry)) media.push(mediaFile(item, context));
    else missing.push(item.name);
  }
  const warnings =
    missing.length === 0
      ? []
      : [
          `${missing.length} media file(s) listed in the package are missing from it: ` +
            `${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
        ];
  return { media, warnings };
}
