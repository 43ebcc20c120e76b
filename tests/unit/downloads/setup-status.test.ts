// The first-run setup's one view: which step a failure belongs to, the overall state, and one progress
// figure over both downloads.
import { describe, expect, it } from 'vitest';
import type { DownloadProgress } from '../../../preload/contract/features/downloads';
import { progressOf } from '../../../main/services/downloads/entry-state';
import { setupStatus, type SetupEntryState, type SetupSnapshot } from '../../../main/services/downloads/setup-status';

function progress(entryId: string, fields: Partial<DownloadProgress> = {}): DownloadProgress {
  return progressOf(entryId, 'not-installed', fields);
}

const entry = (id: string, fields: Partial<DownloadProgress>, catalogBytes = 1000): SetupEntryState => ({
  entryId: id,
  progress: progress(id, fields),
  catalogBytes,
  startError: null,
});

function snapshot(fields: Partial<SetupSnapshot>): SetupSnapshot {
  return { model: null, adapter: null, phase: 'downloading', loadError: null, running: false, ...fields };
}

const states = (s: ReturnType<typeof setupStatus>) => s.steps.map((step) => `${step.id}:${step.state}`);

describe('setup status', () => {
  it('names the first failed step: the model download, even when the adapter then found no base', () => {
    const status = setupStatus(
      snapshot({
        model: entry('m', { state: 'failed', errorCode: 'network', error: 'Cannot connect to hf.co.' }),
        adapter: entry('a', { state: 'failed', errorCode: 'config', error: 'no model is installed or chosen' }),
      }),
    );
    expect(status.state).toBe('failed');
    expect(status.failedStep).toBe('download-model');
    expect(status.error).toBe('Cannot connect to hf.co.');
    expect(states(status)).toEqual([
      'download-model:failed',
      'download-adapter:done',
      'verify:pending',
      'convert:failed',
      'load:pending',
    ]);
  });

  it('a checksum failure belongs to "verify", a conversion failure to "convert"', () => {
    const verify = setupStatus(
      snapshot({
        model: entry('m', { state: 'failed', errorCode: 'checksum', error: 'Checksum mismatch for x' }),
        adapter: entry('a', { state: 'converting', message: 'Waiting for the base model…' }),
      }),
    );
    expect([verify.failedStep, verify.error]).toEqual(['verify', 'Checksum mismatch for x']);
    const convert = setupStatus(
      snapshot({
        model: entry('m', { state: 'installed' }),
        adapter: entry('a', {
          state: 'failed',
          errorCode: 'conversion',
          error: 'The adapter could not be converted: r',
        }),
      }),
    );
    expect(states(convert)).toContain('verify:done');
    expect([convert.failedStep, convert.error]).toEqual(['convert', 'The adapter could not be converted: r']);
  });

  it('a refused start fails that download step with its reason', () => {
    const status = setupStatus(
      snapshot({ model: entry('m', { state: 'installed' }), adapter: { ...entry('a', {}), startError: 'No URL.' } }),
    );
    expect([status.failedStep, status.error]).toEqual(['download-adapter', 'No URL.']);
  });

  it('running while a run is active, paused when a download is paused, done once loaded', () => {
    const moving = snapshot({
      model: entry('m', { state: 'downloading', receivedBytes: 300, totalBytes: 3000, bytesPerSecond: 100 }),
      adapter: entry('a', { state: 'paused', receivedBytes: 100 }, 1000),
      running: true,
    });
    const status = setupStatus(moving);
    expect(status.state).toBe('running');
    // One figure over both: 400 of 4000 bytes (the adapter's total from the catalog), 100 B/s.
    expect([status.receivedBytes, status.totalBytes, status.bytesPerSecond, status.etaSeconds]).toEqual([
      400, 4000, 100, 36,
    ]);
    expect(setupStatus({ ...moving, running: false }).state).toBe('paused');
    const loaded = setupStatus(
      snapshot({
        model: entry('m', { state: 'installed' }, 3000),
        adapter: entry('a', { state: 'installed' }),
        phase: 'loaded',
      }),
    );
    expect(loaded.state).toBe('done');
    expect([loaded.receivedBytes, loaded.totalBytes]).toEqual([4000, 4000]);
    const failedLoad = setupStatus(
      snapshot({ model: entry('m', { state: 'installed' }), phase: 'load-failed', loadError: 'bad file' }),
    );
    expect([failedLoad.failedStep, failedLoad.error]).toEqual(['load', 'bad file']);
    expect(states(failedLoad)).toContain('convert:skipped');
  });
});
