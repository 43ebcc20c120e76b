// Free space on the disk that holds the models folder, and the check made before a download starts.
import { statfs as nodeStatfs } from 'node:fs/promises';
import { DownloadError } from './download-error';

/** The part of fs.statfs the service needs; tests pass a stub. */
export type StatFs = (path: string) => Promise<{ bavail: number | bigint; bsize: number | bigint }>;

export const defaultStatfs: StatFs = (path) => nodeStatfs(path);

/** Room kept free beyond the file itself (the OS and the database need some too). */
export const DISK_MARGIN_BYTES = 64 * 1024 * 1024;

export async function freeBytes(dir: string, statfs: StatFs): Promise<number | null> {
  try {
    const stats = await statfs(dir);
    return Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return null; // unknown (e.g. unsupported file system): the write will still report a full disk
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(0)} kB`;
  return `${bytes} bytes`;
}

/** Throws DownloadError('disk-space') naming the folder, what is needed and what is free. */
export async function ensureDiskSpace(dir: string, neededBytes: number, statfs: StatFs): Promise<void> {
  if (neededBytes <= 0) return;
  const free = await freeBytes(dir, statfs);
  if (free === null || free >= neededBytes + DISK_MARGIN_BYTES) return;
  throw new DownloadError(
    'disk-space',
    `Not enough free disk space in ${dir}: the download needs ${formatBytes(neededBytes + DISK_MARGIN_BYTES)} ` +
      `(including ${formatBytes(DISK_MARGIN_BYTES)} to spare) but only ${formatBytes(free)} is free. Free up space and try again.`,
  );
}
