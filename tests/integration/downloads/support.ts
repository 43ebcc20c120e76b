// Shared set-up for download tests: the tiny fixture model as the served file, a catalog pointing at
// the local server, and a DownloadService over a temp models folder that records its events.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DownloadProgress } from '../../../preload/contract/features/downloads';
import type { Catalog } from '../../../main/services/catalog';
import {
  DownloadService,
  MemoryAdapterSourceStore,
  type DownloadServiceOptions,
} from '../../../main/services/downloads';
import { ensureTinyModel } from '../../fixtures/tiny-llama';

export const REPO = 'test-owner/tiny-gguf';
export const REVISION = '0123456789abcdef0123456789abcdef01234567';
export const PINNED_ID = 'tiny-pinned';
export const LINKED_ID = 'tiny-linked';
export const ADAPTER_ID = 'tiny-adapter';
export const PINNED_FILE = 'tiny.Q8_0.gguf';
export const LINKED_FILE = 'tiny-linked.gguf';

export interface FixtureBytes {
  body: Buffer;
  sha256: string;
  modelPath: string;
}

export async function fixtureBytes(): Promise<FixtureBytes> {
  const { modelPath } = await ensureTinyModel();
  const body = readFileSync(modelPath);
  return { body, sha256: createHash('sha256').update(body).digest('hex'), modelPath };
}

/** Path under which the server must serve a catalog file, Hugging Face style. */
export function resolvePath(file: string): string {
  return `/${REPO}/resolve/${REVISION}/${file}`;
}

/** A catalog like the bundled one, for the fixture: one pinned entry, one X-Linked-Etag entry, an adapter. */
export function testCatalog(urlBase: string, fixture: FixtureBytes): Catalog {
  const pinned = { repo: REPO, revision: REVISION, folder: null, license: null, quantization: 'Q8_0' } as const;
  return {
    version: 1,
    description: 'test catalog',
    urlBase,
    entries: [
      {
        id: PINNED_ID,
        kind: 'model',
        name: 'Tiny pinned',
        summary: 'pinned sha256',
        isDefault: true,
        ...pinned,
        files: [
          {
            path: PINNED_FILE,
            sizeBytes: fixture.body.length,
            approxSizeBytes: fixture.body.length,
            sha256: fixture.sha256,
            verify: 'sha256',
          },
        ],
      },
      {
        id: LINKED_ID,
        kind: 'model',
        name: 'Tiny linked',
        summary: 'verified by X-Linked-Etag',
        isDefault: false,
        ...pinned,
        files: [
          {
            path: LINKED_FILE,
            sizeBytes: null,
            approxSizeBytes: fixture.body.length,
            sha256: null,
            verify: 'x-linked-etag',
          },
        ],
      },
      {
        id: ADAPTER_ID,
        kind: 'peft-adapter',
        name: 'Tiny adapter',
        summary: 'PEFT folder',
        isDefault: false,
        repo: null,
        revision: null,
        folder: 'tiny-adapter',
        license: null,
        quantization: null,
        files: [
          { path: 'adapter_config.json', sizeBytes: null, approxSizeBytes: 1000, sha256: null, verify: 'if-sent' },
          {
            path: 'adapter_model.safetensors',
            sizeBytes: null,
            approxSizeBytes: 1000,
            sha256: null,
            verify: 'if-sent',
          },
        ],
      },
    ],
  };
}

export function tempModelsDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'mea-downloads-')), 'models');
}

export interface TestService {
  service: DownloadService;
  events: DownloadProgress[];
  settings: { modelPath: string | null; loraPath: string | null };
}

export function createService(
  modelsDir: string,
  catalog: Catalog,
  overrides: Partial<DownloadServiceOptions> = {},
): TestService {
  const events: DownloadProgress[] = [];
  const settings = { modelPath: null as string | null, loraPath: null as string | null };
  const service = new DownloadService({
    modelsDir,
    catalog,
    emit: (progress) => events.push(progress),
    adapterSource: new MemoryAdapterSourceStore(),
    currentFiles: () => settings,
    retry: { maxAttempts: 3, baseDelayMs: 20, maxDelayMs: 100 },
    idleTimeoutMs: 5000,
    progressIntervalMs: 0,
    ...overrides,
  });
  return { service, events, settings };
}

/** Resolves once an event matches (polling the recorded events). */
export async function waitForEvent(
  events: DownloadProgress[],
  predicate: (event: DownloadProgress) => boolean,
  timeoutMs = 15_000,
): Promise<DownloadProgress> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = events.find(predicate);
    if (found) return found;
    if (Date.now() > deadline) throw new Error('timed out waiting for a download event');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A file's git blob id, as git computes it: SHA-1 over `blob <size>\0` followed by the bytes. */
export function gitBlobId(body: Buffer): string {
  return createHash('sha1').update(`blob ${body.length}\0`).update(body).digest('hex');
}

export const SOURCE_REPO = 'trainer/medical-project';
export const SOURCE_REVISION = 'fedcba9876543210fedcba9876543210fedcba98';
export const SOURCE_FOLDER = 'medical-assistant-lora';

/** Where the local server must serve an adapter file of the pinned default source (GitHub's raw layout). */
export function rawPath(file: string): string {
  return `/${SOURCE_REPO}/${SOURCE_REVISION}/${SOURCE_FOLDER}/${file}`;
}

/**
 * testCatalog with the adapter entry shaped like the bundled one: a default source on the local server
 * and each file pinned by the git blob id of `adapterFiles` (computed here, from the bytes).
 */
export function blobCatalog(urlBase: string, fixture: FixtureBytes, adapterFiles: Record<string, Buffer>): Catalog {
  const catalog = testCatalog(urlBase, fixture);
  return {
    ...catalog,
    entries: catalog.entries.map((entry) =>
      entry.kind !== 'peft-adapter'
        ? entry
        : {
            ...entry,
            defaultSource: {
              rawBaseUrl: urlBase,
              repoUrl: `${urlBase}/${SOURCE_REPO}`,
              repo: SOURCE_REPO,
              revision: SOURCE_REVISION,
              folder: SOURCE_FOLDER,
            },
            files: entry.files.map((file) => ({
              ...file,
              sha256: null,
              gitBlobSha1: gitBlobId(adapterFiles[file.path] ?? Buffer.alloc(0)),
              verify: 'git-blob' as const,
            })),
          },
    ),
  };
}
