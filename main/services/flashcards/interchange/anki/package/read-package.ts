// Any package Anki writes (.apkg or .colpkg; legacy collection.anki2/anki21 with a JSON media
// map, or current meta + zstd collection.anki21b + protobuf media list) -> one AnkiPackage,
// from bytes in memory or from a file that is never read whole.
import { resolveLayout, type PackageLayout } from './package-layout';
import { readPackageMedia, type MediaReadContext } from './package-media';
import { ByteBudget, DEFAULT_ANKI_PACKAGE_LIMITS, type AnkiPackageLimits } from './limits';
import { readCollectionFile, type CollectionContent } from './read-collection-file';
import { writeCollectionToTempFile } from './collection-temp-file';
import type { AnkiPackage } from './types';
import { ZipDirectory } from './zip-directory';
import { decompressZstd } from './zstd';
import { decompressZstdStream } from './zstd-stream';

export interface ReadAnkiPackageOptions {
  limits?: Partial<AnkiPackageLimits>;
  /** How messages name the package ("This .apkg"). */
  label?: string;
  /** Where readAnkiPackageFile unpacks the collection for SQLite (removed after reading); default: the OS temp folder. */
  tempDir?: string;
}

/** One package being read: its zip, caps and budget, and reads counted against them. */
interface PackageReading extends Omit<MediaReadContext, 'layout'> {
  zip: ZipDirectory;
  limits: AnkiPackageLimits;
  budget: ByteBudget;
  /** The collection entry as it streams out of the zip and, for current packages, out of zstd. */
  collectionStream: (layout: PackageLayout) => AsyncIterable<Uint8Array>;
}

function startReading(zip: ZipDirectory, options: ReadAnkiPackageOptions): PackageReading {
  const limits = { ...DEFAULT_ANKI_PACKAGE_LIMITS, ...options.limits };
  const label = options.label ?? 'This Anki package';
  const budget = new ByteBudget(limits.maxTotalBytes, label);
  const spend = (chunk: Uint8Array) => budget.spend(chunk.byteLength);
  const unpack = (entry: string, cap: number) => {
    budget.ensureRoom(Math.min(zip.declaredSize(entry) ?? 0, cap));
    const out = zip.read(entry, budget.capFor(cap));
    budget.spend(out.byteLength);
    return out;
  };
  const decompress = (data: Uint8Array, cap: number, what: string) => {
    const out = decompressZstd(data, budget.capFor(cap), what);
    budget.spend(out.byteLength);
    return out;
  };
  const streamEntry = (entry: string, cap: number) => {
    const declared = zip.declaredSize(entry) ?? 0;
    budget.ensureRoom(Math.min(declared, cap));
    const stream = zip.stream(entry, budget.capFor(cap));
    // Spent up front, as read() spends the entry before decompressing it: a later zstd cap is then
    // the same as when reading from memory. The stream ends in an error unless it is that size.
    budget.spend(declared);
    return stream;
  };
  const decompressStream = (input: AsyncIterable<Uint8Array>, cap: number, what: string) =>
    decompressZstdStream(input, budget.capFor(cap), what, spend);
  return {
    zip,
    limits,
    label,
    budget,
    has: (entry) => zip.has(entry),
    unpack,
    decompress,
    streamEntry,
    decompressStream,
    maxListBytes: limits.maxListBytes,
    maxMediaFileBytes: limits.maxMediaFileBytes,
    collectionStream(layout) {
      const cap = limits.maxCollectionBytes;
      const stored = streamEntry(layout.collectionFile, cap);
      return layout.zstd ? decompressStream(stored, cap, layout.collectionFile) : stored;
    },
  };
}

function finishReading(reading: PackageReading, layout: PackageLayout, collection: CollectionContent): AnkiPackage {
  const { schemaVersion, ...content } = collection;
  const { media, warnings } = readPackageMedia({ ...reading, layout });
  return {
    format: { version: layout.version, collectionFile: layout.collectionFile, schemaVersion },
    ...content,
    media,
    warnings,
  };
}

const layoutOf = (reading: PackageReading) =>
  resolveLayout(reading.zip, () => reading.unpack('meta', reading.limits.maxListBytes), reading.label);

/**
 * Reads the whole package except media bytes, which each AnkiMediaFile unpacks on read().
 * Throws InterchangeFormatError with a clear message for anything damaged, hostile or too new.
 */
export function readAnkiPackage(bytes: Uint8Array, options: ReadAnkiPackageOptions = {}): AnkiPackage {
  const limits = { ...DEFAULT_ANKI_PACKAGE_LIMITS, ...options.limits };
  const reading = startReading(
    ZipDirectory.open(bytes, limits.maxEntries, options.label ?? 'This Anki package'),
    options,
  );
  const layout = layoutOf(reading);
  const stored = reading.unpack(layout.collectionFile, limits.maxCollectionBytes);
  const collectionBytes = layout.zstd
    ? reading.decompress(stored, limits.maxCollectionBytes, layout.collectionFile)
    : stored;
  return finishReading(reading, layout, readCollectionFile(collectionBytes, layout.collectionFile));
}

/**
 * The same from a file, in bounded memory: only the zip directory, the small lists and the rows
 * read from the collection are held. The collection is streamed (inflate, zstd) into a temp file
 * for SQLite, deleted once read, success or not; media files are read from the package file one
 * at a time when asked for (read() or stream()), each opening the file anew.
 */
export async function readAnkiPackageFile(path: string, options: ReadAnkiPackageOptions = {}): Promise<AnkiPackage> {
  const limits = { ...DEFAULT_ANKI_PACKAGE_LIMITS, ...options.limits };
  const zip = ZipDirectory.openFile(path, limits.maxEntries, options.label ?? 'This Anki package');
  const reading = startReading(zip, options);
  const layout = layoutOf(reading);
  const collection = await writeCollectionToTempFile(
    reading.collectionStream(layout),
    (file) => readCollectionFile({ path: file }, layout.collectionFile),
    options.tempDir,
  );
  return finishReading(reading, layout, collection);
}
