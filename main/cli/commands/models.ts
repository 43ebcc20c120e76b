// `models list | download ID | verify FILE`: the catalog and the download service from the command line.
import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DownloadProgress } from '../../../preload/contract/features/downloads';
import { CatalogError, loadCatalog, normalizeBaseUrl, type Catalog } from '../../services/catalog';
import {
  DownloadService,
  formatBytes,
  MemoryAdapterSourceStore,
  MODELS_FOLDER,
  sha256File,
} from '../../services/downloads';
import { GgufFormatError, readGgufHeader } from '../../services/gguf';
import { convertPeftLora } from '../../services/peft';
import { CliError } from '../cli-error';

const PRODUCT_NAME = 'Medical Education Assistant';

/** The app's data folder as Electron names it (userData), or MEA_DATA_DIR. */
export function defaultDataDir(env = process.env, platform = process.platform): string {
  if (env.MEA_DATA_DIR) return env.MEA_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}

function catalogFor(urlBase: string | undefined): Catalog {
  try {
    return loadCatalog({ file: process.env.MEA_CATALOG_FILE, urlBase: urlBase ?? process.env.MEA_CATALOG_URL_BASE });
  } catch (error) {
    if (error instanceof CatalogError) throw new CliError(error.message, 2);
    throw error;
  }
}

function serviceFor(
  dir: string,
  catalog: Catalog,
  options: { adapterSource?: string | null; base?: string | null; onProgress?: (p: DownloadProgress) => void } = {},
): DownloadService {
  return new DownloadService({
    modelsDir: dir,
    catalog,
    emit: options.onProgress ?? (() => undefined),
    adapterSource: new MemoryAdapterSourceStore(options.adapterSource ?? null),
    currentFiles: () => ({ modelPath: options.base ?? null, loraPath: null }),
    convertAdapter: convertPeftLora,
    progressIntervalMs: 1000,
  });
}

async function runList(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { dir: { type: 'string' } } });
  const dir = values.dir ?? join(defaultDataDir(), MODELS_FOLDER);
  const view = await serviceFor(dir, catalogFor(undefined)).catalogView();
  process.stdout.write(
    `Models folder: ${view.modelsDir}${view.freeBytes === null ? '' : ` (${formatBytes(view.freeBytes)} free)`}\n`,
  );
  for (const entry of view.entries) {
    const size = `${entry.approximate ? '~' : ''}${formatBytes(entry.sizeBytes)}`;
    const state =
      entry.progress.state === 'installed' ? `installed: ${entry.progress.installedPath}` : entry.progress.state;
    const flags = [entry.isDefault ? 'default' : null, `verified by ${entry.verification}`].filter(Boolean).join(', ');
    process.stdout.write(`${entry.id}\t${size}\t${state}\n    ${entry.name} (${flags})\n`);
    if (entry.needsSourceUrl) process.stdout.write('    needs --url-base <adapter folder URL> to download\n');
    else if (entry.defaultSource) process.stdout.write(`    from ${entry.source ?? entry.defaultSource.folderUrl}\n`);
  }
  return 0;
}

function progressLine(p: DownloadProgress): string {
  const total =
    p.totalBytes === null
      ? ''
      : ` / ${formatBytes(p.totalBytes)} (${Math.floor((p.receivedBytes / Math.max(1, p.totalBytes)) * 100)} %)`;
  const speed = p.bytesPerSecond === null ? '' : ` · ${formatBytes(p.bytesPerSecond)}/s`;
  const eta = p.etaSeconds === null ? '' : ` · ${Math.ceil(p.etaSeconds)} s left`;
  const detail =
    p.state === 'downloading' ? `${formatBytes(p.receivedBytes)}${total}${speed}${eta}` : (p.message ?? '');
  return `${p.entryId}: ${p.state} ${detail}`.trimEnd();
}

async function runDownload(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { dir: { type: 'string' }, 'url-base': { type: 'string' }, base: { type: 'string' } },
  });
  const id = positionals[0];
  if (!id) throw new CliError('missing the catalog entry, e.g. models download tinyllama-1.1b-chat-v1.0-q4_k_m', 2);
  const dir = values.dir ?? join(defaultDataDir(), MODELS_FOLDER);
  const probe = catalogFor(undefined);
  const entry = probe.entries.find((e) => e.id === id);
  if (!entry) {
    throw new CliError(`unknown catalog entry "${id}" (known: ${probe.entries.map((e) => e.id).join(', ')})`, 2);
  }
  const isAdapter = entry.kind === 'peft-adapter';
  let adapterSource: string | null = null;
  try {
    if (isAdapter && values['url-base']) adapterSource = normalizeBaseUrl(values['url-base'], '--url-base');
  } catch (error) {
    throw new CliError((error as Error).message, 2);
  }
  // Without --url-base the adapter comes from its pinned default source, when the catalog gives one.
  if (isAdapter && adapterSource === null && !entry.defaultSource) {
    throw new CliError(
      'the adapter has no default source: pass --url-base with the URL of its PEFT folder, e.g. https://huggingface.co/<owner>/<repo>/resolve/<revision>',
      2,
    );
  }
  const catalog = isAdapter ? probe : catalogFor(values['url-base']);
  let lastState = '';
  const service = serviceFor(dir, catalog, {
    adapterSource,
    base: values.base ?? null,
    onProgress: (p) => {
      if (p.state !== lastState || p.state === 'downloading') process.stderr.write(`${progressLine(p)}\n`);
      lastState = p.state;
    },
  });
  // Ctrl+C pauses: the part and its sidecar stay, and the same command resumes.
  const onInterrupt = () => void service.pause(id);
  process.once('SIGINT', onInterrupt);
  try {
    const current = await service.progress(id);
    if (current.state === 'installed') {
      process.stderr.write(`${id}: already installed\n`);
      process.stdout.write(`${current.installedPath}\n`);
      return 0;
    }
    await service.start(id).catch((error: unknown) => {
      throw new CliError((error as Error).message, 2);
    });
    const final = await service.whenSettled(id);
    if (final.state === 'installed') {
      process.stdout.write(`${final.installedPath}\n`);
      return 0;
    }
    if (final.state === 'paused') {
      throw new CliError(`paused after ${formatBytes(final.receivedBytes)}; run the same command to resume`, 1);
    }
    throw new CliError(final.error ?? `download ended in state ${final.state}`, final.errorCode === 'config' ? 2 : 1);
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

async function runVerify(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { sha256: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new CliError('missing the file, e.g. models verify tinyllama-1.1b-chat-v1.0.Q4_K_M.gguf', 2);
  const wanted = values.sha256?.trim().toLowerCase();
  if (wanted !== undefined && !/^[0-9a-f]{64}$/.test(wanted)) throw new CliError('--sha256 must be 64 hex digits', 2);
  const stats = await stat(file).catch(() => null);
  if (!stats?.isFile()) throw new CliError(`${file}: no such file`, 2);

  let summary: string;
  try {
    const header = await readGgufHeader(file);
    summary = `GGUF v${header.version} · ${header.architecture ?? 'no architecture'} · ${header.fileKind ?? 'model'} · ${header.tensors.length} tensors${header.modelName ? ` · ${header.modelName}` : ''}`;
  } catch (error) {
    if (error instanceof GgufFormatError) throw new CliError(error.message, 2);
    throw error;
  }
  const { sha256, sizeBytes } = await sha256File(file);
  const pinned = catalogFor(undefined)
    .entries.flatMap((entry) => entry.files.map((f) => ({ entry, file: f })))
    .find(({ file: f }) => f.path === basename(file) && f.sha256 !== null);
  const expected = wanted ?? pinned?.file.sha256 ?? null;
  if (expected !== null && expected !== sha256) {
    throw new CliError(`${file}: checksum mismatch: expected SHA-256 ${expected}, got ${sha256}`, 2);
  }
  const check =
    expected === null
      ? 'not checked (no --sha256 given and no hash in the catalog for this file name)'
      : wanted !== undefined
        ? 'matches --sha256'
        : `matches catalog entry ${pinned?.entry.id}`;
  process.stdout.write(
    `${file}\nsha256: ${sha256}\nsize:   ${sizeBytes} bytes\nheader: ${summary}\nhash:   ${check}\n`,
  );
  return 0;
}

export async function runModels(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'list':
      return runList(rest);
    case 'download':
      return runDownload(rest);
    case 'verify':
      return runVerify(rest);
    default:
      throw new CliError(`models needs one of: list, download ID, verify FILE (got "${sub ?? ''}")`, 2);
  }
}
