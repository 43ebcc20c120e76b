// Server-rendered checks of the setup screen's download card: progress bar values, text and buttons by state.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CatalogEntryView, DownloadProgress } from '../../../preload/contract/features/downloads';
import { DownloadCard } from '../../../renderer/src/features/setup/components/DownloadCard';
import { ModelChoice } from '../../../renderer/src/features/setup/components/ModelChoice';

function entry(progress: Partial<DownloadProgress>, overrides: Partial<CatalogEntryView> = {}): CatalogEntryView {
  return {
    id: 'tinyllama-q4',
    kind: 'model',
    name: 'TinyLlama 1.1B Chat v1.0 · Q4_K_M',
    summary: '4-bit',
    quantization: 'Q4_K_M',
    isDefault: true,
    license: 'Apache-2.0',
    sizeBytes: 668_788_096,
    approximate: false,
    verification: 'sha256',
    source: null,
    defaultSource: null,
    needsSourceUrl: false,
    publishedEvaluation: null,
    inUse: false,
    progress: {
      entryId: 'tinyllama-q4',
      state: 'downloading',
      receivedBytes: 0,
      totalBytes: null,
      bytesPerSecond: null,
      etaSeconds: null,
      error: null,
      errorCode: null,
      message: null,
      installedPath: null,
      ...progress,
    },
    ...overrides,
  };
}

const render = (e: CatalogEntryView) =>
  renderToStaticMarkup(<DownloadCard entry={e} busy={false} onAction={() => undefined} />);

describe('DownloadCard', () => {
  it('a running download shows an accessible progress bar, speed, time left, Pause and Cancel', () => {
    const html = render(
      entry({ receivedBytes: 167_197_024, totalBytes: 668_788_096, bytesPerSecond: 5_000_000, etaSeconds: 100 }),
    );
    expect(html).toContain('data-state="downloading"');
    expect(html).toMatch(/role="progressbar"[^>]*aria-valuenow="25"/);
    expect(html).toContain('style="width:25%"');
    expect(html).toContain('25 % · 167.2 MB of 668.8 MB · 5.0 MB/s · 2 min left');
    expect(html).toContain('data-testid="download-pause"');
    expect(html).toContain('data-testid="download-cancel"');
    expect(html).not.toContain('data-testid="download-resume"');
  });

  it('a failed download shows its error in an alert and offers Retry', () => {
    const html = render(
      entry({ state: 'failed', error: 'Checksum mismatch: expected SHA-256 aa…, got bb…', errorCode: 'checksum' }),
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('Checksum mismatch: expected SHA-256 aa…, got bb…');
    expect(html).toContain('data-testid="download-retry"');
  });

  it('an installed model offers "Use this model" until it is in use', () => {
    const installed = { state: 'installed' as const, installedPath: '/data/models/tinyllama.gguf' };
    const html = render(entry(installed));
    expect(html).toContain('Saved as /data/models/tinyllama.gguf');
    expect(html).toContain('Use this model');
    expect(html).not.toContain('role="progressbar"');
    const inUse = render(entry(installed, { inUse: true }));
    expect(inUse).toContain('In use');
    expect(inUse).not.toContain('data-testid="download-use"');
    expect(render(entry(installed, { kind: 'peft-adapter' }))).toContain('Use this adapter');
  });

  it('an unknown size gives an indeterminate bar (no aria-valuenow)', () => {
    const html = render(entry({ receivedBytes: 2048, message: 'Starting…' }));
    expect(html).not.toContain('aria-valuenow');
    expect(html).toContain('2 kB');
    expect(html).toContain('Starting…');
  });
});

describe('ModelChoice', () => {
  it('lists models with size, how they are verified, and which is recommended and installed', () => {
    const html = renderToStaticMarkup(
      <ModelChoice
        models={[
          entry({ state: 'not-installed' }),
          entry(
            { state: 'installed' },
            {
              id: 'q8',
              name: 'Q8_0',
              isDefault: false,
              approximate: true,
              sizeBytes: 1.17e9,
              verification: 'x-linked-etag',
            },
          ),
        ]}
        selected="tinyllama-q4"
        onSelect={() => undefined}
      />,
    );
    expect(html).toMatch(/checked="" value="tinyllama-q4"/);
    expect(html).not.toMatch(/checked="" value="q8"/);
    expect(html).toContain('668.8 MB · SHA-256 pinned in the app · Apache-2.0');
    expect(html).toContain('about 1.17 GB · SHA-256 from Hugging Face');
    expect(html.match(/Recommended/g)).toHaveLength(1);
    expect(html.match(/>Installed</g)).toHaveLength(1);
  });
});
