// The state cache on disk without a model: keys, checksums, LRU under the byte cap, damaged and foreign
// files, leftovers of a crash, forgetting. State files are written in llama.cpp's layout by hand.
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StateCache, type StateKey } from '../../../../main/services/model-host/state-cache';
import { MANIFEST_FILE, readManifest, writeManifest } from '../../../../main/services/model-host/state-cache/manifest';
import {
  commonPrefixLength,
  readStateTokens,
  tokensSha256,
} from '../../../../main/services/model-host/state-cache/state-file';

/** A file shaped like llama_state_seq_save_file's: magic, version, token count, tokens, then `kvBytes` of data. */
function stateBytes(tokens: readonly number[], kvBytes: number): Buffer {
  const header = Buffer.alloc(12 + tokens.length * 4);
  header.writeUInt32LE(0x67677371, 0);
  header.writeUInt32LE(3, 4);
  header.writeUInt32LE(tokens.length, 8);
  tokens.forEach((token, index) => header.writeUInt32LE(token, 12 + index * 4));
  return Buffer.concat([header, randomBytes(kvBytes)]);
}

const tokensOf = (count: number, start = 1): number[] => Array.from({ length: count }, (_, index) => start + index);
const IDENTITY = 'a'.repeat(64);
const key = (sessionKey: string, identity = IDENTITY): StateKey => ({ sessionKey, identity });

let dir: string;
let logs: string[];
let clock: number;

async function openCache(maxBytes = 10_000): Promise<StateCache> {
  return StateCache.open({
    dir,
    maxBytes,
    log: (level, message) => logs.push(`${level}: ${message}`),
    now: () => ++clock,
  });
}

/** Writes and commits a state as the host does (the caller's write is a plain file write here). */
async function save(cache: StateCache, stateKey: StateKey, tokens: number[], kvBytes = 1000) {
  const staged = cache.beginWrite(stateKey, tokens);
  writeFileSync(staged.path, stateBytes(tokens, kvBytes));
  return staged.commit();
}

async function loads(cache: StateCache, stateKey: StateKey): Promise<boolean> {
  const entry = cache.find(stateKey);
  if (!entry) return false;
  const loadedFrom: string[] = [];
  const ok = await cache.load(entry, async (file) => void loadedFrom.push(file));
  await cache.idle(); // the manifest update after a load runs in the background
  if (ok) expect(loadedFrom.map((file) => path.dirname(file))).toEqual([realpathSync(dir)]);
  return ok;
}

const stateFiles = (): string[] => readdirSync(dir).filter((name) => name !== MANIFEST_FILE);

beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'mea-state-cache-')), 'states');
  logs = [];
  clock = 0;
});

afterEach(() => {
  rmSync(path.dirname(dir), { recursive: true, force: true });
});

describe('state files', () => {
  it('reads the token list from the header and hashes it as stored', async () => {
    const file = path.join(os.tmpdir(), `mea-state-${process.pid}.bin`);
    writeFileSync(file, stateBytes([5, 7, 70000], 64));
    try {
      expect([...(await readStateTokens(file, 100))]).toEqual([5, 7, 70000]);
      expect(tokensSha256(new Uint32Array([5, 7, 70000]))).toBe(tokensSha256([5, 7, 70000]));
      expect(tokensSha256([5, 7])).not.toBe(tokensSha256([5, 7, 70000]));
      await expect(readStateTokens(file, 2)).rejects.toThrow(/more than 2/);
      writeFileSync(file, Buffer.from('GGUF not a state file at all'));
      await expect(readStateTokens(file, 100)).rejects.toThrow(/magic/);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('measures common prefixes', () => {
    expect(commonPrefixLength([1, 2, 3], [1, 2, 4, 5])).toBe(2);
    expect(commonPrefixLength([1, 2], [1, 2, 3])).toBe(2);
    expect(commonPrefixLength([], [1])).toBe(0);
  });
});

describe('state cache', () => {
  it('stores a state under its exact key and loads it after a checksum check, also after reopening', async () => {
    const cache = await openCache();
    const entry = await save(cache, key('1'), tokensOf(50));
    expect(entry).toMatchObject({ sessionKey: '1', tokenCount: 50, tokensSha256: tokensSha256(tokensOf(50)) });
    expect(cache.find(key('1', 'b'.repeat(64)))).toBeNull();
    expect(cache.find(key('2'))).toBeNull();

    const reopened = await openCache();
    const found = reopened.find(key('1'));
    expect(found?.id).toBe(entry?.id);
    expect([...((await reopened.readTokens(found!)) ?? [])]).toEqual(tokensOf(50));
    expect(await loads(reopened, key('1'))).toBe(true);
    expect(stateFiles()).toEqual([`${entry?.id}.state`]);
  });

  it('replaces the state of the same key and keeps other identities of the conversation apart', async () => {
    const cache = await openCache();
    const first = await save(cache, key('1'), tokensOf(10));
    const other = await save(cache, key('1', 'c'.repeat(64)), tokensOf(12));
    const second = await save(cache, key('1'), tokensOf(20));
    expect(cache.find(key('1'))?.id).toBe(second?.id);
    expect(cache.find(key('1', 'c'.repeat(64)))?.id).toBe(other?.id);
    expect(stateFiles().sort()).toEqual([`${other?.id}.state`, `${second?.id}.state`].sort());
    expect(existsSync(path.join(dir, `${first?.id}.state`))).toBe(false);
  });

  it('evicts the least recently used states to stay under the cap', async () => {
    const cache = await openCache(3 * 1500);
    for (const name of ['a', 'b', 'c']) await save(cache, key(name), tokensOf(20), 1300);
    expect(await loads(cache, key('a'))).toBe(true); // 'a' becomes the most recent
    await save(cache, key('d'), tokensOf(20), 1300);
    expect(cache.list().map((entry) => entry.sessionKey)).toEqual(['c', 'a', 'd']);
    expect(cache.totalBytes).toBeLessThanOrEqual(3 * 1500);
    expect(stateFiles()).toHaveLength(3);
    expect(logs.some((line) => /evicted state .* of conversation b/.test(line))).toBe(true);

    // A smaller cap applies at the next open.
    const smaller = await StateCache.open({ dir, maxBytes: 1500, log: () => {} });
    expect(smaller.list().map((entry) => entry.sessionKey)).toEqual(['d']);
    expect(stateFiles()).toHaveLength(1);

    // A cap of 0 (saving turned off in Settings) deletes every state at the open.
    const off = await StateCache.open({ dir, maxBytes: 0, log: () => {} });
    expect(off.list()).toEqual([]);
    expect(stateFiles()).toEqual([]);
  });

  it('does not keep a state larger than the whole cap', async () => {
    const cache = await openCache(500);
    expect(await save(cache, key('1'), tokensOf(10), 1000)).toBeNull();
    expect(cache.list()).toEqual([]);
    expect(stateFiles()).toEqual([]);
  });

  it('ignores and deletes a damaged file (checksum), with a log line', async () => {
    const cache = await openCache();
    const entry = await save(cache, key('1'), tokensOf(10));
    const file = path.join(dir, `${entry?.id}.state`);
    const bytes = readFileSync(file);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 0xff;
    writeFileSync(file, bytes);
    expect(await loads(cache, key('1'))).toBe(false);
    expect(cache.find(key('1'))).toBeNull();
    expect(existsSync(file)).toBe(false);
    expect(logs.join('\n')).toMatch(/ignored and deleted state .* checksum does not match/);
  });

  it('ignores and deletes a truncated file, at open and when loading', async () => {
    const cache = await openCache();
    const entry = await save(cache, key('1'), tokensOf(10));
    const file = path.join(dir, `${entry?.id}.state`);
    truncateSync(file, 30);
    expect(await loads(cache, key('1'))).toBe(false);
    expect(logs.join('\n')).toMatch(/cut short/);
    expect(existsSync(file)).toBe(false);

    const again = await save(cache, key('2'), tokensOf(10));
    truncateSync(path.join(dir, `${again?.id}.state`), 30);
    logs = [];
    const reopened = await openCache();
    expect(reopened.find(key('2'))).toBeNull();
    expect(stateFiles()).toEqual([]);
    expect(logs.join('\n')).toMatch(/ignored and deleted state .* of conversation 2/);
  });

  it('ignores and deletes a foreign file put in place of a state (another conversation, or not a state)', async () => {
    const cache = await openCache();
    const mine = await save(cache, key('1'), tokensOf(10));
    const minePath = path.join(dir, `${mine?.id}.state`);
    // Another conversation's state of the same size, copied over this one.
    writeFileSync(minePath, stateBytes(tokensOf(10, 500), 1000));
    expect(await cache.readTokens(cache.find(key('1'))!)).toBeNull();
    expect(logs.join('\n')).toMatch(/other tokens than the manifest says/);
    expect(existsSync(minePath)).toBe(false);

    const next = await save(cache, key('2'), tokensOf(10));
    const nextPath = path.join(dir, `${next?.id}.state`);
    writeFileSync(nextPath, Buffer.alloc(readFileSync(nextPath).length, 0x41));
    expect(await cache.readTokens(cache.find(key('2'))!)).toBeNull();
    expect(logs.join('\n')).toMatch(/header is damaged \(not a llama\.cpp sequence state/);
  });

  it('never follows a state file that is a link to a file outside the folder', async () => {
    const cache = await openCache();
    const entry = await save(cache, key('1'), tokensOf(10));
    const statePath = path.join(dir, `${entry?.id}.state`);
    const outside = path.join(path.dirname(dir), 'outside.state');
    writeFileSync(outside, readFileSync(statePath));
    rmSync(statePath);
    symlinkSync(outside, statePath);
    expect(await loads(cache, key('1'))).toBe(false);
    expect(logs.join('\n')).toMatch(/not a regular file/);
    expect(existsSync(outside)).toBe(true); // the link went, the outside file was never touched
  });

  it('discards a write whose file does not hold the tokens it was staged for', async () => {
    const cache = await openCache();
    const staged = cache.beginWrite(key('1'), tokensOf(10));
    writeFileSync(staged.path, stateBytes(tokensOf(11), 100));
    expect(await staged.commit()).toBeNull();
    expect(stateFiles()).toEqual([]);
  });

  it('removes what a crash while writing left behind: temp files, unlisted states, a state that was loading', async () => {
    const cache = await openCache();
    const kept = await save(cache, key('kept'), tokensOf(10));
    const loading = await save(cache, key('loading'), tokensOf(10));
    // A write killed before its rename, one killed between rename and manifest, and a load that killed the host.
    const staged = cache.beginWrite(key('half'), tokensOf(10));
    writeFileSync(staged.path, stateBytes(tokensOf(10), 1000).subarray(0, 300));
    writeFileSync(path.join(dir, `${'f'.repeat(32)}.state`), stateBytes(tokensOf(10), 1000));
    const { manifest } = await readManifest(dir);
    await writeManifest(dir, {
      ...manifest,
      entries: manifest.entries.map((entry) => (entry.id === loading?.id ? { ...entry, loading: true } : entry)),
    });
    writeFileSync(path.join(dir, 'notes.txt'), 'not ours');

    const reopened = await openCache();
    expect(reopened.list().map((entry) => entry.sessionKey)).toEqual(['kept']);
    expect(stateFiles().sort()).toEqual([`${kept?.id}.state`, 'notes.txt'].sort());
    const text = logs.join('\n');
    expect(text).toMatch(/a write that never finished/);
    expect(text).toMatch(/a state file the manifest does not list/);
    expect(text).toMatch(/the model host stopped while loading it/);
  });

  it('starts empty from a damaged manifest and deletes the states it no longer knows', async () => {
    const cache = await openCache();
    await save(cache, key('1'), tokensOf(10));
    writeFileSync(path.join(dir, MANIFEST_FILE), '{"format": 1, "entries": [tru');
    const reopened = await openCache();
    expect(reopened.list()).toEqual([]);
    expect(stateFiles()).toEqual([]);
    expect(logs.join('\n')).toMatch(/the manifest was not JSON/);
  });

  it('marks a state as loading in the manifest while the loader runs, and drops it when loading fails', async () => {
    const cache = await openCache();
    await save(cache, key('1'), tokensOf(10));
    let markedDuringLoad: boolean | undefined;
    const ok = await cache.load(cache.find(key('1'))!, async () => {
      markedDuringLoad = (await readManifest(dir)).manifest.entries[0]?.loading;
      throw new Error('state does not fit this context');
    });
    expect(ok).toBe(false);
    expect(markedDuringLoad).toBe(true);
    expect(cache.find(key('1'))).toBeNull();
    expect(stateFiles()).toEqual([]);
    expect(logs.join('\n')).toMatch(/loading it failed \(state does not fit this context\)/);
  });

  it('forgets one conversation or all, including a write staged before the forget', async () => {
    const cache = await openCache();
    await save(cache, key('1'), tokensOf(10));
    await save(cache, key('1', 'd'.repeat(64)), tokensOf(10));
    await save(cache, key('2'), tokensOf(10));
    const late = cache.beginWrite(key('1'), tokensOf(12));
    writeFileSync(late.path, stateBytes(tokensOf(12), 100));
    expect(await cache.forget('1')).toBe(2);
    expect(await late.commit()).toBeNull();
    expect(cache.list().map((entry) => entry.sessionKey)).toEqual(['2']);
    expect(stateFiles()).toHaveLength(1);
    // A write staged after the forget is kept.
    expect(await save(cache, key('1'), tokensOf(10))).not.toBeNull();
    expect(await cache.forget()).toBe(2);
    expect(stateFiles()).toEqual([]);
    expect((await readManifest(dir)).manifest.entries).toEqual([]);
  });
});
