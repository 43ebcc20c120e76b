// Downloads one file into `<dest>.part` (resuming with HTTP Range), hashes it as it arrives, verifies
// the SHA-256 (or the git blob id) and only then renames it into place. The final file is never written in place, so a model
// that is loaded (memory-mapped) can never be truncated under the model host.
import { access, open, rename } from 'node:fs/promises';
import { extname } from 'node:path';
import type { VerifyMode } from '../catalog';
import { DownloadError, describeTransferError } from './download-error';
import { openDownload, RangeNotSatisfiableError, type OpenedDownload } from './http-source';
import { PartHasher } from './part-hasher';
import { receiveBody } from './receive-body';
import { discardPart, partPathFor, partSize, readPartState, writePartState, type PartState } from './part-state';
import { backoffDelay, sleep as defaultSleep, type RetryPolicy } from './retry-policy';

export interface FileDownloadRequest {
  entryId: string;
  url: string;
  /** Final path; the bytes go to `<destPath>.part` until verified. */
  destPath: string;
  expectedSha256: string | null;
  /** The git blob id the catalog pins (verify "git-blob"), else null. */
  expectedGitBlobSha1: string | null;
  verify: VerifyMode;
  /** Exact size from the catalog, when recorded. */
  expectedSize: number | null;
  signal: AbortSignal;
  retry: RetryPolicy;
  idleTimeoutMs: number;
  /** Hash state kept between pause and resume within one run of the app (keyed by destPath). */
  hashers: Map<string, PartHasher>;
  onProgress(receivedBytes: number, totalBytes: number | null): void;
  onRetry(attempt: number, delayMs: number, error: DownloadError): void;
  onVerifying(): void;
  /** Called once the file's size is known, with the bytes still to come (disk-space check). */
  onSizeKnown(totalBytes: number, remainingBytes: number): Promise<void>;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface FileDownloadResult {
  path: string;
  sha256: string;
  /** Computed only when verifying by git blob id. */
  gitBlobSha1: string | null;
  sizeBytes: number;
  /** What the hash was checked against. */
  verifiedBy: 'catalog' | 'x-linked-etag' | 'git-blob' | 'none';
}

/** Loads the sidecar and part; anything that does not belong to these bytes is discarded. */
async function prepareResume(request: FileDownloadRequest): Promise<PartState> {
  const fresh: PartState = {
    version: 1,
    entryId: request.entryId,
    file: request.destPath,
    expectedSha256: request.expectedSha256,
    expectedGitBlobSha1: request.expectedGitBlobSha1,
    linkedSha256: null,
    totalBytes: request.expectedSize,
    receivedBytes: 0,
    updatedAt: Date.now(),
  };
  const saved = await readPartState(request.destPath);
  const size = await partSize(request.destPath);
  const belongs =
    saved !== null &&
    saved.expectedSha256 === request.expectedSha256 &&
    (saved.expectedGitBlobSha1 ?? null) === request.expectedGitBlobSha1 &&
    (saved.totalBytes === null || size <= saved.totalBytes);
  if (!belongs) {
    await discardPart(request.destPath);
    return fresh;
  }
  return { ...saved, receivedBytes: size };
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** `name.gguf`, or `name.<sha8>.gguf` when something already sits there (never replace a file). */
async function freeDestination(destPath: string, sha256: string): Promise<string> {
  if (!(await exists(destPath))) return destPath;
  const ext = extname(destPath);
  return `${destPath.slice(0, destPath.length - ext.length)}.${sha256.slice(0, 8)}${ext}`;
}

export async function downloadFile(request: FileDownloadRequest): Promise<FileDownloadResult> {
  const { destPath, signal } = request;
  const host = new URL(request.url).host;
  const sleep = request.sleep ?? defaultSleep;
  const partPath = partPathFor(destPath);
  let state = await prepareResume(request);
  let failures = 0;

  for (;;) {
    if (signal.aborted) throw signal.reason;
    let offset = await partSize(destPath);
    if (state.totalBytes !== null && offset === state.totalBytes && offset > 0) break;

    let hasher = request.hashers.get(destPath);
    if (!hasher || hasher.offset !== offset) {
      const blobSize = request.verify === 'git-blob' ? (state.totalBytes ?? undefined) : undefined;
      hasher = await PartHasher.fromFile(partPath, offset, signal, blobSize);
      request.hashers.set(destPath, hasher);
    }
    request.onProgress(offset, state.totalBytes);

    let receivedThisAttempt = 0;
    try {
      let opened: OpenedDownload;
      try {
        opened = await openDownload(request.url, {
          offset,
          signal,
          idleTimeoutMs: request.idleTimeoutMs,
          expectedSha256: request.expectedSha256,
        });
      } catch (error) {
        // 416 at the very end of a complete part (the app closed before renaming it): nothing is missing.
        if (error instanceof RangeNotSatisfiableError && offset > 0 && error.fileSize === offset) {
          state = { ...state, totalBytes: offset, receivedBytes: offset };
          break;
        }
        // Any other 416 means the part does not fit the file: drop it, so a retry starts clean.
        if (error instanceof RangeNotSatisfiableError) await discardPart(destPath);
        throw error;
      }

      const linked = opened.linkedSha256;
      if (linked !== null && state.linkedSha256 !== null && linked !== state.linkedSha256 && offset > 0) {
        // The file behind the URL changed since the part was started: its bytes cannot be combined.
        opened.body.destroy();
        await discardPart(destPath);
        state = { ...state, linkedSha256: null, totalBytes: request.expectedSize, receivedBytes: 0 };
        continue;
      }
      if (opened.status === 200 && offset > 0) {
        // The server ignored the Range and sends the whole file: start over from byte 0.
        offset = 0;
        hasher = new PartHasher();
        request.hashers.set(destPath, hasher);
      }
      state = {
        ...state,
        linkedSha256: linked ?? state.linkedSha256,
        totalBytes: opened.totalBytes ?? state.totalBytes,
        receivedBytes: offset,
        updatedAt: Date.now(),
      };
      if (request.expectedSize !== null && state.totalBytes !== null && state.totalBytes !== request.expectedSize) {
        opened.body.destroy();
        throw new DownloadError(
          'size',
          `The server's file has ${state.totalBytes} bytes, but the catalog expects ${request.expectedSize}. Nothing was installed.`,
        );
      }
      // The git blob header carries the final size, so its hash can start only once the size is known.
      if (request.verify === 'git-blob' && state.totalBytes !== null && hasher.blobSize !== state.totalBytes) {
        hasher =
          offset === 0
            ? PartHasher.forGitBlob(state.totalBytes)
            : await PartHasher.fromFile(partPath, offset, signal, state.totalBytes).catch((error: unknown) => {
                opened.body.destroy();
                throw error;
              });
        request.hashers.set(destPath, hasher);
      }
      const activeHasher = hasher;
      try {
        await writePartState(destPath, state);
        if (state.totalBytes !== null) await request.onSizeKnown(state.totalBytes, state.totalBytes - offset);
      } catch (error) {
        opened.body.destroy();
        throw error;
      }

      // Each chunk is written before it is hashed and counted, so after any failure the part holds
      // exactly the bytes received and the next request resumes right after them.
      const handle = await open(partPath, offset === 0 ? 'w' : 'a');
      try {
        await receiveBody(opened.body, handle, (chunk) => {
          activeHasher.update(chunk);
          receivedThisAttempt += chunk.length;
          request.onProgress(offset + receivedThisAttempt, state.totalBytes);
        });
      } finally {
        opened.body.destroy();
        await handle.sync().catch(() => undefined);
        await handle.close();
      }

      const received = offset + receivedThisAttempt;
      if (state.totalBytes === null) state = { ...state, totalBytes: received };
      state = { ...state, receivedBytes: received, updatedAt: Date.now() };
      await writePartState(destPath, state);
      if (received < (state.totalBytes ?? 0)) {
        throw new DownloadError('network', `The connection to ${host} closed before the file was complete.`, true);
      }
      break;
    } catch (raw) {
      if (signal.aborted) throw signal.reason;
      const error = describeTransferError(raw, { host, file: partPath });
      if (!error.retryable) throw error;
      failures = receivedThisAttempt > 0 ? 1 : failures + 1;
      if (failures > request.retry.maxAttempts) {
        throw new DownloadError(
          error.code,
          `${error.message} Gave up after ${request.retry.maxAttempts} retries; press Retry to continue from where it stopped.`,
          false,
          { cause: error },
        );
      }
      const delayMs = backoffDelay(request.retry, failures);
      request.onRetry(failures, delayMs, error);
      await sleep(delayMs, signal);
    }
  }

  return verifyAndInstall(request, state);
}

async function verifyAndInstall(request: FileDownloadRequest, state: PartState): Promise<FileDownloadResult> {
  const { destPath } = request;
  request.onVerifying();
  const size = await partSize(destPath);
  if (request.expectedSize !== null && size !== request.expectedSize) {
    await discardPart(destPath);
    throw new DownloadError(
      'size',
      `The downloaded file has ${size} bytes, but the catalog expects ${request.expectedSize}. It was discarded; nothing was installed.`,
    );
  }
  const blobSize = request.verify === 'git-blob' ? size : undefined;
  let hasher = request.hashers.get(destPath);
  if (!hasher || hasher.offset !== size || (blobSize !== undefined && hasher.blobSize !== blobSize)) {
    hasher = await PartHasher.fromFile(partPathFor(destPath), size, undefined, blobSize);
  }
  request.hashers.delete(destPath);
  const { sha256: actual, gitBlobSha1 } = hasher.digests();

  if (request.verify === 'git-blob' && gitBlobSha1 !== request.expectedGitBlobSha1) {
    await discardPart(destPath);
    throw new DownloadError(
      'checksum',
      `Git blob id mismatch for ${destPath}: expected ${request.expectedGitBlobSha1 ?? '(none recorded)'}, got ${gitBlobSha1 ?? '?'}. The download was discarded; nothing was installed.`,
    );
  }
  const expected = request.expectedSha256 ?? state.linkedSha256;
  if (expected === null && request.verify === 'x-linked-etag') {
    await discardPart(destPath);
    throw new DownloadError(
      'no-checksum',
      `The server did not send the file's SHA-256 (X-Linked-Etag header), so the download cannot be verified. It was discarded; nothing was installed.`,
    );
  }
  if (expected !== null && expected !== actual) {
    await discardPart(destPath);
    throw new DownloadError(
      'checksum',
      `Checksum mismatch for ${destPath}: expected SHA-256 ${expected}, got ${actual}. The download was discarded; nothing was installed.`,
    );
  }
  const finalPath = await freeDestination(destPath, actual);
  await rename(partPathFor(destPath), finalPath);
  await discardPart(destPath); // the sidecar
  return {
    path: finalPath,
    sha256: actual,
    gitBlobSha1,
    sizeBytes: size,
    verifiedBy:
      request.expectedSha256 !== null
        ? 'catalog'
        : request.verify === 'git-blob'
          ? 'git-blob'
          : expected !== null
            ? 'x-linked-etag'
            : 'none',
  };
}
