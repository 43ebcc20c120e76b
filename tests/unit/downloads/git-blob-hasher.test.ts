// The git blob id computed while downloading equals what git itself computes (`git hash-object`),
// whether the bytes arrive in one piece, in chunks, or partly re-read from a part file after a restart.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitBlobHeader, PartHasher } from '../../../main/services/downloads/part-hasher';

const dir = mkdtempSync(join(tmpdir(), 'mea-git-blob-'));

/** git's own answer for these bytes. */
function gitHashObject(bytes: Buffer): string {
  const path = join(dir, `blob-${bytes.length}-${Math.random().toString(36).slice(2)}`);
  writeFileSync(path, bytes);
  return execFileSync('git', ['hash-object', '--no-filters', path], { encoding: 'utf8' }).trim();
}

describe('git blob id', () => {
  it('matches git hash-object for empty, text and binary files, fed in uneven chunks', () => {
    for (const bytes of [Buffer.alloc(0), Buffer.from('{"r": 8}\n'), randomBytes(300_017)]) {
      const hasher = PartHasher.forGitBlob(bytes.length);
      for (let at = 0; at < bytes.length; at += 65_521) hasher.update(bytes.subarray(at, at + 65_521));
      const { gitBlobSha1, sha256 } = hasher.digests();
      expect(gitBlobSha1).toBe(gitHashObject(bytes));
      expect(sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it("resumes from the first bytes of a part file and still ends with git's id", async () => {
    const bytes = randomBytes(200_000);
    const part = join(dir, 'weights.part');
    writeFileSync(part, bytes.subarray(0, 123_456));
    const hasher = await PartHasher.fromFile(part, 123_456, undefined, bytes.length);
    expect(hasher.blobSize).toBe(bytes.length);
    hasher.update(bytes.subarray(123_456));
    expect(hasher.digests().gitBlobSha1).toBe(gitHashObject(bytes));
  });

  it('a hasher without a blob size reports no blob id, and the header names the size', () => {
    expect(new PartHasher().digests().gitBlobSha1).toBeNull();
    expect(gitBlobHeader(42).equals(Buffer.from('blob 42\0'))).toBe(true);
  });
});
