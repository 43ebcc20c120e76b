// Reader for every package format Anki writes, into one neutral AnkiPackage.
export { readAnkiPackage, readAnkiPackageFile, type ReadAnkiPackageOptions } from './read-package';
export { DEFAULT_ANKI_PACKAGE_LIMITS, type AnkiPackageLimits } from './limits';
export {
  ANKI_QUEUE,
  type AnkiCard,
  type AnkiDeck,
  type AnkiMediaFile,
  type AnkiNote,
  type AnkiNoteType,
  type AnkiPackage,
  type AnkiPackageFormat,
  type AnkiReview,
  type AnkiTemplate,
} from './types';
