// Anki .apkg/.colpkg -> decks: any package version Anki writes is read by ./package, then mapped
// to plain-text notes by ./package-to-decks.
import type { InterchangeImportResult } from '../types';
import { readAnkiPackage, readAnkiPackageFile, type AnkiPackageLimits } from './package';
import { packageToDecks } from './package-to-decks';

export interface ApkgImportOptions {
  limits?: Partial<AnkiPackageLimits>;
}

/** Package bytes -> decks and warnings (skipped note types, extra fields, media not imported). */
export function importApkg(bytes: Uint8Array, options: ApkgImportOptions = {}): InterchangeImportResult {
  return packageToDecks(readAnkiPackage(bytes, { limits: options.limits }));
}

/** Reads and imports an .apkg/.colpkg file from disk without holding the file in memory. */
export async function importApkgFile(path: string, options: ApkgImportOptions = {}): Promise<InterchangeImportResult> {
  return packageToDecks(await readAnkiPackageFile(path, { limits: options.limits }));
}
