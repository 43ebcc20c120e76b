// The small pieces of the download service: header parsing, backoff, speed/ETA, error wording, disk space.
import { describe, expect, it } from 'vitest';
import { ensureDiskSpace, DISK_MARGIN_BYTES } from '../../../main/services/downloads/disk-space';
import { describeTransferError, DownloadError } from '../../../main/services/downloads/download-error';
import { parseContentRange, parseLinkedEtag } from '../../../main/services/downloads/http-source';
import { ProgressMeter } from '../../../main/services/downloads/progress-meter';
import { backoffDelay } from '../../../main/services/downloads/retry-policy';

const SHA = '9fecc3b3cd76bba89d504f29b616eedf7da85b96540e490ca5824d3f7d2776a0';

describe('headers', () => {
  it('reads a SHA-256 from X-Linked-Etag in its quoted and weak forms, and ignores git blob ids', () => {
    expect(parseLinkedEtag(`"${SHA}"`)).toBe(SHA);
    expect(parseLinkedEtag(`W/"${SHA.toUpperCase()}"`)).toBe(SHA);
    expect(parseLinkedEtag('"4b825dc642cb6eb9a060e54bf8d69288fbee4904"')).toBeNull();
    expect(parseLinkedEtag(undefined)).toBeNull();
  });

  it('parses Content-Range of 206 and 416 answers', () => {
    expect(parseContentRange('bytes 100-199/1000')).toEqual({ start: 100, total: 1000 });
    expect(parseContentRange('bytes */1000')).toEqual({ start: null, total: 1000 });
    expect(parseContentRange('bytes 0-9/*')).toEqual({ start: 0, total: null });
    expect(parseContentRange('nonsense')).toBeNull();
  });
});

describe('retry backoff', () => {
  it('doubles from the base, is capped, and jitters by at most 20 %', () => {
    const policy = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 8000 };
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(policy, attempt, () => 0.5))).toEqual([
      1000, 2000, 4000, 8000, 8000,
    ]);
    expect(backoffDelay(policy, 1, () => 0)).toBe(800);
    expect(backoffDelay(policy, 1, () => 1)).toBe(1200);
  });
});

describe('progress meter', () => {
  it('gives speed over the recent window and the time left', () => {
    let now = 0;
    const meter = new ProgressMeter(5000, () => now);
    meter.record(0);
    expect(meter.read(0, 1000)).toEqual({ bytesPerSecond: null, etaSeconds: null });
    for (let second = 1; second <= 10; second++) {
      now = second * 1000;
      meter.record(second * 100);
    }
    expect(meter.read(1000, 3000)).toEqual({ bytesPerSecond: 100, etaSeconds: 20 });
    now = 12_000;
    meter.record(2000); // a burst: the rate over the last ~5 s (from the 6 s sample) rises, the history is forgotten
    expect(meter.read(2000, 3000).bytesPerSecond).toBeCloseTo(1400 / 6, 5);
    meter.reset();
    expect(meter.read(2000, 3000).bytesPerSecond).toBeNull();
  });
});

describe('error wording', () => {
  const context = { host: 'huggingface.co', file: '/models/x.gguf.part' };
  const err = (code: string) => Object.assign(new Error(`${code} happened`), { code });

  it('says what went wrong and whether retrying helps', () => {
    expect(describeTransferError(err('ECONNREFUSED'), context)).toMatchObject({
      code: 'network',
      retryable: true,
      message: 'Cannot connect to huggingface.co: the connection was refused (is the server down?).',
    });
    expect(describeTransferError(err('ENOTFOUND'), context).message).toMatch(/no network connection/);
    expect(describeTransferError(err('ECONNRESET'), context)).toMatchObject({ code: 'network', retryable: true });
    expect(describeTransferError(err('ENOSPC'), context)).toMatchObject({
      code: 'disk-full',
      retryable: false,
      message:
        'The disk is full while writing /models/x.gguf.part. Free up space, then retry: what was downloaded is kept.',
    });
    const own = new DownloadError('checksum', 'bad');
    expect(describeTransferError(own, context)).toBe(own);
  });

  it('refuses to start when free space is short, naming folder, need and free space', async () => {
    const statfs = async () => ({ bavail: 200n, bsize: 1_000_000n });
    await expect(ensureDiskSpace('/data/models', 100_000_000, statfs)).resolves.toBeUndefined();
    await expect(ensureDiskSpace('/data/models', 190_000_000, statfs)).rejects.toThrow(
      `Not enough free disk space in /data/models: the download needs ${((190_000_000 + DISK_MARGIN_BYTES) / 1e6).toFixed(1)} MB ` +
        `(including 67.1 MB to spare) but only 200.0 MB is free. Free up space and try again.`,
    );
    // An unknown free space (statfs fails) does not block; a full disk is still reported while writing.
    await expect(ensureDiskSpace('/x', 1e12, async () => Promise.reject(new Error('ENOSYS')))).resolves.toBeUndefined();
  });
});
