// Which collection file a package holds and how its parts are encoded, from its "meta" file
// (protobuf PackageMetadata) or, when there is none, from the file names (as Anki decides).
import { InterchangeFormatError } from '../../errors';
import { decodeOrExplain, decodePackageVersion } from './anki-protos';
import type { AnkiPackageFormat } from './types';
import type { ZipDirectory } from './zip-directory';

export interface PackageLayout {
  version: AnkiPackageFormat['version'];
  collectionFile: AnkiPackageFormat['collectionFile'];
  /** Current packages zstd-compress the collection, the media list and every media file. */
  zstd: boolean;
}

const COLLECTION_FILES = {
  1: 'collection.anki2',
  2: 'collection.anki21',
  3: 'collection.anki21b',
} as const;

function layoutOf(version: 1 | 2 | 3): PackageLayout {
  return { version, collectionFile: COLLECTION_FILES[version], zstd: version === 3 };
}

function versionFromNames(zip: ZipDirectory, label: string): 1 | 2 | 3 {
  // Without meta Anki reads collection.anki21, else collection.anki2. Anki never writes
  // collection.anki21b without meta; when a package does, collection.anki2 beside it is only the
  // "please update" placeholder, so the newest file is the real one.
  if (zip.has('collection.anki21b')) return 3;
  if (zip.has('collection.anki21')) return 2;
  if (zip.has('collection.anki2')) return 1;
  throw new InterchangeFormatError(
    `${label} holds no collection.anki2, collection.anki21 or collection.anki21b: it is not an Anki package`,
  );
}

/** Reads the layout; `readMeta` unpacks the meta file (with the caller's caps). */
export function resolveLayout(zip: ZipDirectory, readMeta: () => Uint8Array, label: string): PackageLayout {
  if (!zip.has('meta')) return layoutOf(versionFromNames(zip, label));
  const version = decodeOrExplain(`${label}'s meta file`, () => decodePackageVersion(readMeta()));
  if (version !== 1 && version !== 2 && version !== 3) {
    throw new InterchangeFormatError(
      `${label} was made by a newer version of Anki (package format ${version}) than this app can read. ` +
        'In Anki, export again with "Support older Anki versions" ticked.',
    );
  }
  const layout = layoutOf(version);
  if (!zip.has(layout.collectionFile)) {
    throw new InterchangeFormatError(
      `${label} is damaged: its meta file names ${layout.collectionFile}, which the package does not hold`,
    );
  }
  return layout;
}
