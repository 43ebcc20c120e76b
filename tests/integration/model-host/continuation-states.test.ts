// Saved conversation states through real hosts and the tiny model: a fresh host evaluates only the tokens
// after the saved prefix (counted in evaluated tokens, not time); any mismatch (edited history, adapter
// scale, profile, model file, runtime version) evaluates normally; damaged, cut-short and foreign files are
// ignored and deleted; a host killed while writing leaves nothing broken; forgetting deletes the files.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForkHostLauncher, ModelHostClient, type GenerateResult } from '../../../main/services/model-host';
import { MANIFEST_FILE, readManifest } from '../../../main/services/model-host/state-cache/manifest';
import type { ChatTurn } from '../../../main/services/prompt-profiles';
import { ask, forkedClient, tinyModel } from './support';

const NEVER = 600_000;
/** Longer than the prompt format's opening, shorter than one turn of the tiny model. */
const MIN_TOKENS = 32;
let root: string;
const clients: ModelHostClient[] = [];

interface HostOptions {
  modelPath?: string;
  env?: Record<string, string>;
  idleMs?: number;
  /** false: no state cache at all (plain re-evaluation). */
  cache?: boolean;
  /** The cache's cap (default 64 MB); 0 = saving turned off. */
  maxBytes?: number;
}

async function host(dir: string, options: HostOptions = {}): Promise<ModelHostClient> {
  const fixture = await tinyModel();
  const client = forkedClient({ faults: options.env !== undefined, env: options.env });
  clients.push(client);
  await client.load({
    modelPath: options.modelPath ?? fixture.modelPath,
    loraPath: fixture.loraPath,
    gpuLayers: 'auto',
    ...(options.cache === false
      ? {}
      : {
          stateCache: {
            dir,
            maxBytes: options.maxBytes ?? 64 * 1024 * 1024,
            idleMs: options.idleMs ?? NEVER,
            minTokens: MIN_TOKENS,
          },
        }),
  });
  return client;
}

async function close(client: ModelHostClient): Promise<void> {
  await client.dispose();
}

/** Asks `prompts` in turn on one conversation; returns the history as the DB would store it. */
async function converse(client: ModelHostClient, key: string, prompts: string[]): Promise<ChatTurn[]> {
  const history: ChatTurn[] = [];
  for (const prompt of prompts) {
    const result = await client.generate(ask(key, prompt, { history: [...history], maxTokens: 12 }));
    history.push({ role: 'user', text: prompt }, { role: 'assistant', text: result.text });
  }
  return history;
}

const next = (key: string, history: ChatTurn[], options: Parameters<typeof ask>[2] = {}) =>
  ask(key, 'And how is it treated?', { history, maxTokens: 4, ...options });

async function sessionsIn(dir: string): Promise<string[]> {
  return (await readManifest(dir)).manifest.entries.map((entry) => entry.sessionKey).sort();
}

const stateFiles = (dir: string): string[] => readdirSync(dir).filter((name) => name !== MANIFEST_FILE);

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'mea-continuation-'));
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose().catch(() => {})));
  rmSync(root, { recursive: true, force: true });
});

describe('continuation states: restoring in a fresh host', () => {
  let dir: string;
  const histories: Record<string, ChatTurn[]> = {};
  let live: GenerateResult;

  beforeAll(async () => {
    dir = path.join(root, 'restore');
    const first = await host(dir);
    for (const key of ['c1', 'c2', 'c3']) {
      histories[key] = await converse(first, key, ['What is hypokalemia?', 'Which drugs cause it?']);
    }
    await first.flushStates();
    // The same next question in the live host, from its KV cache in memory.
    live = await first.generate(next('c1', histories.c1!));
    await close(first);
  });

  it('evaluates only the tokens after the saved prefix, as many as the live host did', async () => {
    expect(await sessionsIn(dir)).toEqual(['c1', 'c2', 'c3']);
    const fresh = await host(dir);
    const plain = await host(path.join(root, 'unused'), { cache: false });
    const restored = await fresh.generate(next('c1', histories.c1!));
    const reevaluated = await plain.generate(next('c1', histories.c1!));
    expect(restored.restoredTokens).toBeGreaterThan(100);
    expect(restored.evaluatedTokens).toBe(live.evaluatedTokens);
    expect(restored.restoredTokens! + restored.evaluatedTokens).toBe(reevaluated.evaluatedTokens);
    expect(reevaluated.restoredTokens).toBeUndefined();

    // The first message edited: the saved prefix ends almost at once, so nothing is loaded.
    const edited = structuredClone(histories.c2!);
    edited[0]!.text = 'Tell me about hypokalemia.';
    const editedResult = await fresh.generate(next('c2', edited));
    expect(editedResult.restoredTokens).toBeUndefined();
    expect(editedResult.evaluatedTokens).toBe((await plain.generate(next('c2-plain', edited))).evaluatedTokens);

    // The last answer edited: only the exact common prefix (up to that answer) is taken, the rest is evaluated.
    const lastEdited = structuredClone(histories.c3!);
    lastEdited[3]!.text = `Edited: ${lastEdited[3]!.text}`;
    const saved = (await readManifest(dir)).manifest.entries.find((entry) => entry.sessionKey === 'c3')!;
    const partial = await fresh.generate(next('c3', lastEdited));
    const partialPlain = await plain.generate(next('c3-plain', lastEdited));
    expect(partial.restoredTokens).toBeGreaterThanOrEqual(MIN_TOKENS);
    expect(partial.restoredTokens!).toBeLessThan(saved.tokenCount - 8);
    expect(partial.restoredTokens! + partial.evaluatedTokens).toBe(partialPlain.evaluatedTokens);
    await Promise.all([close(fresh), close(plain)]);
  });

  it('does not load a state made with another adapter scale, profile or LoRA setting', async () => {
    const other = await host(dir);
    expect((await other.generate(next('c1', histories.c1!, { profile: 'qa' }))).restoredTokens).toBeUndefined();
    const scaled = await other.generate({ ...next('c2', histories.c2!), lora: { scale: 0.5 } });
    expect(scaled.restoredTokens).toBeUndefined();
    const base = await other.generate({ ...next('c3', histories.c3!), lora: null });
    expect(base.restoredTokens).toBeUndefined();
    await close(other);
  });

  it('does not load a state made from another model file', async () => {
    const copy = path.join(root, 'copy-of-model.gguf');
    copyFileSync((await tinyModel()).modelPath, copy);
    const other = await host(dir, { modelPath: copy });
    expect((await other.generate(next('c1', histories.c1!))).restoredTokens).toBeUndefined();
    await close(other);
  });

  it('does not load a state made by another node-llama-cpp version', async () => {
    const other = await host(dir, { env: { MEA_STATE_RUNTIME_SUFFIX: 'another release' } });
    expect((await other.generate(next('c1', histories.c1!))).restoredTokens).toBeUndefined();
    await close(other);
    // None of the mismatches touched the saved states.
    expect(await sessionsIn(dir)).toEqual(['c1', 'c2', 'c3']);
  });
});

describe('continuation states: eviction, damage, crashes, forgetting', () => {
  it('saves a conversation evicted from the host pool and restores it when it comes back', async () => {
    const dir = path.join(root, 'evict');
    const client = await host(dir);
    const e1 = await converse(client, 'e1', ['What is anemia?']);
    for (const key of ['e2', 'e3']) await converse(client, key, ['What is anemia?']);
    expect(await sessionsIn(dir)).toEqual([]); // idle saves never come here; only eviction writes
    await converse(client, 'e4', ['What is anemia?']); // the pool holds three: e1 goes
    expect(await sessionsIn(dir)).toEqual(['e1']);
    const back = await client.generate(next('e1', e1));
    expect(back.restoredTokens).toBeGreaterThanOrEqual(MIN_TOKENS);
    await close(client);
  });

  it('saves after the answer once the conversation is idle, and not while the next question follows quickly', async () => {
    const dir = path.join(root, 'idle');
    const client = await host(dir, { idleMs: 300 });
    const history = await converse(client, 'i1', ['What is anemia?', 'What is iron?']);
    expect(await sessionsIn(dir)).toEqual([]); // the first answer's save was dropped by the second question
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await sessionsIn(dir)).toEqual(['i1']);
    const [entry] = (await readManifest(dir)).manifest.entries;
    await close(client);
    const fresh = await host(dir);
    const result = await fresh.generate(next('i1', history));
    // While idle the cache was cut to what any next question starts with: all of it is reused.
    expect(result.restoredTokens).toBe(entry!.tokenCount);
    await close(fresh);
  });

  it('a cap of 0 (saving turned off) deletes the saved states when the model loads and saves none', async () => {
    const dir = path.join(root, 'cap-off');
    const client = await host(dir, { idleMs: 300 });
    await converse(client, 'o1', ['What is anemia?']);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await sessionsIn(dir)).toEqual(['o1']);
    await close(client);
    const off = await host(dir, { idleMs: 300, maxBytes: 0 });
    expect(await sessionsIn(dir)).toEqual([]);
    await converse(off, 'o2', ['What is anemia?']);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await off.flushStates();
    await close(off);
    expect(stateFiles(dir)).toEqual([]);
  });

  it('ignores and deletes damaged, cut-short and foreign state files, with a log line, and still answers', async () => {
    const dir = path.join(root, 'damaged');
    const writer = await host(dir);
    const histories: Record<string, ChatTurn[]> = {};
    for (const key of ['d1', 'd2', 'd3']) histories[key] = await converse(writer, key, ['What is anemia?']);
    await writer.flushStates();
    await close(writer);
    const entries = (await readManifest(dir)).manifest.entries;
    const fileOf = (key: string) => path.join(dir, `${entries.find((entry) => entry.sessionKey === key)!.id}.state`);
    const damaged = readFileSync(fileOf('d1'));
    damaged[damaged.length - 5] = (damaged[damaged.length - 5] as number) ^ 0x40; // one bit in the KV data
    writeFileSync(fileOf('d1'), damaged);
    truncateSync(fileOf('d2'), 100);
    // Same length, other content: a file that is not what the manifest recorded.
    writeFileSync(fileOf('d3'), Buffer.alloc(readFileSync(fileOf('d3')).length, 7));

    const reader = await host(dir);
    for (const key of ['d1', 'd2', 'd3']) {
      const result = await reader.generate(next(key, histories[key]!));
      expect(result.restoredTokens, key).toBeUndefined();
      expect(result.tokens, key).toBeGreaterThan(0);
    }
    expect(stateFiles(dir)).toEqual([]);
    const logs = reader.recentLogs(200).join('\n');
    expect(logs).toMatch(/ignored and deleted state \w+ of conversation d1 .*checksum does not match/);
    expect(logs).toMatch(/ignored and deleted state \w+ of conversation d2 .*its file has 100 bytes/);
    expect(logs).toMatch(/ignored and deleted state \w+ of conversation d3 .*(checksum|not a llama\.cpp)/);
    await close(reader);
  });

  it('a host killed while writing states leaves no usable broken file: the next host restores correctly or evaluates', async () => {
    const dir = path.join(root, 'killed');
    const plain = await host(path.join(root, 'unused'), { cache: false });
    for (const delayMs of [0, 5, 25]) {
      const writer = await host(dir);
      const key = `k${delayMs}`;
      const history = await converse(writer, key, ['What is anemia?', 'What is iron?']);
      void writer.flushStates().catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      process.kill(writer.pid!, 'SIGKILL');
      await close(writer);

      const reader = await host(dir);
      expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      const restored = await reader.generate(next(key, history));
      const full = (await plain.generate(next(`${key}-plain`, history))).evaluatedTokens;
      expect((restored.restoredTokens ?? 0) + restored.evaluatedTokens).toBe(full);
      await close(reader);
    }
    await close(plain);
  });

  it('forgets a conversation through the host, a live one is not saved again, and all without a host', async () => {
    const dir = path.join(root, 'forget');
    const client = await host(dir);
    for (const key of ['f1', 'f2']) await converse(client, key, ['What is anemia?']);
    await client.flushStates();
    expect(await sessionsIn(dir)).toEqual(['f1', 'f2']);
    expect(await client.forgetStates(dir, 'f1')).toBe(1);
    expect(await sessionsIn(dir)).toEqual(['f2']);
    expect(stateFiles(dir)).toHaveLength(1);
    // f1 is still live in the host: evicting it must not write its state back.
    for (const key of ['f3', 'f4', 'f5']) await converse(client, key, ['What is anemia?']);
    expect(await sessionsIn(dir)).not.toContain('f1');
    await close(client);

    const offline = new ModelHostClient({ launcher: new ForkHostLauncher() }); // never started
    expect(await offline.forgetStates(dir)).toBeGreaterThan(0);
    await offline.dispose();
    expect(stateFiles(dir)).toEqual([]);
    expect(await sessionsIn(dir)).toEqual([]);
  });
});
