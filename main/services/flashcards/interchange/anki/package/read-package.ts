// Any package Anki writes (.apkg or .colpkg; legacy collection.anki2/anki21 with a JSON media
// map, or current meta + zstd collection.anki21b + protobuf media list) -> one AnkiPackage.
import { resolveLayout } from './package-layout';
import { readPackageMedia } from './package-media';
import { ByteBudget, DEFAULT_ANKI_PACKAGE_LIMITS, type AnkiPackageLimits } from './limits';
import { readCollectionFile } from './read-collection-file';
import type { AnkiPackage } from './types';
import { ZipDirectory } from './zip-directory';
import { decompressZstd } from './zstd';

export interface ReadAnkiPackageOptions {
  limits?: Partial<AnkiPackageLimits>;
  /** How messages name the package ("This .apkg"). */
  label?: string;
}

/**
 * Reads the whole package except media bytes, which each AnkiMediaFile unpacks on read().
 * Throws InterchangeFormatError with a clear message for anything damaged, hostile or too new.
 */
export function readAnkiPackage(bytes: Uint8Array, options: ReadAnkiPackageOptions = {}): AnkiPackage {
  const limits = { ...DEFAULT_ANKI_PACKAGE_LIMITS, ...options.limits };
  const label = options.label ?? 'This Anki package';
  const budget = new ByteBudget(limits.maxTotalBytes, label);
  const zip = ZipDirectory.open(bytes, limits.maxEntries, label);
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

  const layout = resolveLayout(zip, () => unpack('meta', limits.maxListBytes), label);
  const stored = unpack(layout.collectionFile, limits.maxCollectionBytes);
  const collectionBytes = layout.zstd ? decompress(stored, limits.maxCollectionBytes, layout.collectionFile) : stored;
  const { schemaVersion, ...content } = readCollectionFile(collectionBytes, layout.collectionFile);
  const { media, warnings } = readPackageMedia({
    layout,
    has: (entry) => zip.has(entry),
    unpack,
    decompress,
    maxListBytes: limits.maxListBytes,
    maxMediaFileBytes: limits.maxMediaFileBytes,
    label,
  });
  return {
    format: { version: layout.version, collectionFile: layout.collectionFile, schemaVersion },
    ...content,
    media,
    warnings,
  };
}
