// The setup screen's pure helpers: merging progress into the catalog, display text and buttons per state.
import { describe, expect, it } from 'vitest';
import type {
  CatalogEntryView,
  DownloadProgress,
  ModelCatalogView,
} from '../../../preload/contract/features/downloads';
import {
  actionsFor,
  applyProgress,
  bytesToDownload,
  formatEta,
  percentDone,
  progressText,
} from '../../../renderer/src/features/setup/state/downloads';
import { i18n } from '../../../renderer/src/i18n';

const t = i18n.getFixedT('en', 'setup');

function progress(overrides: Partial<DownloadProgress> = {}): DownloadProgress {
  return {
    entryId: 'q4',
    state: 'not-installed',
    receivedBytes: 0,
    totalBytes: null,
    bytesPerSecond: null,
    etaSeconds: null,
    error: null,
    errorCode: null,
    message: null,
    installedPath: null,
    ...overrides,
  };
}

function entry(overrides: Partial<CatalogEntryView> = {}): CatalogEntryView {
  return {
    id: 'q4',
    kind: 'model',
    name: 'TinyLlama Q4_K_M',
    summary: '',
    quantization: 'Q4_K_M',
    isDefault: true,
    license: null,
    sizeBytes: 668_788_096,
    approximate: false,
    verification: 'sha256',
    source: null,
    defaultSource: null,
    needsSourceUrl: false,
    publishedEvaluation: null,
    inUse: false,
    progress: progress(),
    ...overrides,
  };
}

describe('setup state', () => {
  it('applies a progress event to its entry only', () => {
    const catalog: ModelCatalogView = {
      modelsDir: '/m',
      freeBytes: 1,
      adapterSourceUrl: null,
      firstRun: true,
      entries: [entry(), entry({ id: 'q8', isDefault: false })],
    };
    const next = applyProgress(catalog, progress({ entryId: 'q8', state: 'downloading', receivedBytes: 5 }));
    expect(next.entries.map((e) => [e.id, e.progress.state])).toEqual([
      ['q4', 'not-installed'],
      ['q8', 'downloading'],
    ]);
    expect(applyProgress(catalog, progress({ entryId: 'unknown' }))).toBe(catalog);
  });

  it('shows percent, sizes, speed and time left', () => {
    const moving = progress({
      state: 'downloading',
      receivedBytes: 334_394_048,
      totalBytes: 668_788_096,
      bytesPerSecond: 12_500_000,
      etaSeconds: 26.7,
    });
    expect(percentDone(moving)).toBe(50);
    expect(progressText(t, moving)).toBe('334.4 MB of 668.8 MB · 12.5 MB/s · 27 sec left');
    expect(percentDone(progress({ receivedBytes: 10 }))).toBeNull();
    expect(formatEta(t, 3725)).toBe('1 hr left');
    expect(formatEta(t, 90)).toBe('2 min left');
  });

  it('speaks the UI language: separators, units and word order', async () => {
    const moving = progress({
      state: 'downloading',
      receivedBytes: 334_394_048,
      totalBytes: 668_788_096,
      bytesPerSecond: 12_500_000,
      etaSeconds: 26.7,
    });
    try {
      await i18n.changeLanguage('de');
      expect(progressText(i18n.getFixedT('de', 'setup'), moving)).toBe(
        '334,4 MB von 668,8 MB · 12,5 MB/s · noch 27 Sek.',
      );
      await i18n.changeLanguage('es');
      expect(formatEta(i18n.getFixedT('es', 'setup'), 600)).toBe('quedan 10 min');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('offers the right buttons in each state', () => {
    const at = (state: DownloadProgress['state'], inUse = false) =>
      actionsFor(entry({ inUse, progress: progress({ state }) }));
    expect(at('downloading')).toEqual(['pause', 'cancel']);
    expect(at('retrying')).toEqual(['pause', 'cancel']);
    expect(at('paused')).toEqual(['resume', 'cancel']);
    expect(at('failed')).toEqual(['retry', 'cancel']);
    expect(at('installed')).toEqual(['use']);
    expect(at('installed', true)).toEqual([]);
    expect(at('verifying')).toEqual([]);
  });

  it('counts only what is still to download', () => {
    expect(
      bytesToDownload([
        entry({ sizeBytes: 1000, progress: progress({ state: 'paused', receivedBytes: 400 }) }),
        entry({ sizeBytes: 500, progress: progress({ state: 'installed', receivedBytes: 500 }) }),
      ]),
    ).toBe(600);
  });
});
