// What is on disk for a catalog entry (installed, partly downloaded, nothing), as a progress value.
import { stat } from 'node:fs/promises';
import type { DownloadProgress, DownloadState } from '../../../preload/contract/features/downloads';
import { entryPaths, type CatalogEntry } from '../catalog';
import { partSize, readPartState } from './part-state';

export function progressOf(
  entryId: string,
  state: DownloadState,
  fields: Partial<DownloadProgress> = {},
): DownloadProgress {
  return {
    entryId,
    state,
    receivedBytes: 0,
    totalBytes: null,
    bytesPerSecond: null,
    etaSeconds: null,
    error: null,
    errorCode: null,
    message: null,
    installedPath: null,
    ...fields,
  };
}

export async function fileSize(path: string): Promise<number | null> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? stats.size : null;
  } catch {
    return null;
  }
}

/** Bytes already on disk per file: complete files count fully, parts (with a sidecar) by their size. */
export async function bytesOnDisk(
  entry: CatalogEntry,
  modelsDir: string,
): Promise<{ received: number; total: number | null; anyPartial: boolean }> {
  const paths = entryPaths(entry, modelsDir);
  let received = 0;
  let total: number | null = 0;
  let anyPartial = false;
  for (const [index, file] of entry.files.entries()) {
    const path = paths.files[index] ?? '';
    const complete = await fileSize(path);
    if (complete !== null) {
      received += complete;
      if (total !== null) total += complete;
      anyPartial = true;
      continue;
    }
    const sidecar = await readPartState(path);
    if (sidecar) {
      received += await partSize(path);
      anyPartial = true;
    }
    const known = sidecar?.totalBytes ?? file.sizeBytes;
    total = total === null || known === null ? null : total + known;
  }
  return { received, total, anyPartial };
}

/** The state of an entry with no download running: installed, paused (bytes on disk) or not installed. */
export async function stateOnDisk(entry: CatalogEntry, modelsDir: string): Promise<DownloadProgress> {
  const installed = entryPaths(entry, modelsDir).installed;
  const installedSize = await fileSize(installed);
  if (installedSize !== null) {
    return progressOf(entry.id, 'installed', {
      receivedBytes: installedSize,
      totalBytes: installedSize,
      installedPath: installed,
    });
  }
  const { received, total, anyPartial } = await bytesOnDisk(entry, modelsDir);
  if (!anyPartial) return progressOf(entry.id, 'not-installed', { totalBytes: total });
  return progressOf(entry.id, 'paused', {
    receivedBytes: received,
    totalBytes: total,
    message: 'Paused: press Resume to continue where it stopped.',
  });
}
