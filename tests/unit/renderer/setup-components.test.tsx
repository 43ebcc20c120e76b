// Server-rendered checks of the setup screen: the download card, the setup's one progress view (steps, the
// failed step named, Retry), the adapter's source, and the chat's example questions.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CatalogEntryView, DownloadProgress, SetupStatus } from '../../../preload/contract/features/downloads';
import { ChatEmptyState } from '../../../renderer/src/features/chat/components/ChatEmptyState';
import { EXAMPLE_QUESTIONS } from '../../../renderer/src/features/chat/state/exampleQuestions';
import { AdapterSection } from '../../../renderer/src/features/setup/components/AdapterSection';
import { DownloadCard } from '../../../renderer/src/features/setup/components/DownloadCard';
import { ModelChoice } from '../../../renderer/src/features/setup/components/ModelChoice';
import { SetupProgress } from '../../../renderer/src/features/setup/components/SetupProgress';
import { failureHeadline } from '../../../renderer/src/features/setup/state/setupSteps';
import { i18n } from '../../../renderer/src/i18n';

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
    expect(html).toContain('25% · 167.2 MB of 668.8 MB · 5.0 MB/s · 2 min left');
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
    expect(html).toMatch(
      /668\.8 MB · compression Q4_K_M .*· checked against a fingerprint built into the app \(SHA-256\) .*· Apache-2\.0/,
    );
    expect(html).toContain('about 1.17 GB');
    expect(html).toContain('checked against the fingerprint from Hugging Face (SHA-256)');
    // The technical terms are explained by tips outside the radio's label.
    expect(html).toContain('aria-label="What does “Q4_K_M” mean?"');
    expect(html).toContain('aria-label="What does “SHA-256” mean?"');
    expect(html).not.toMatch(/<label[^>]*>(?:(?!<\/label>).)*term-tip/s);
    expect(html.match(/Recommended/g)).toHaveLength(1);
    expect(html.match(/>Installed</g)).toHaveLength(1);
  });
});

function setupStatus(overrides: Partial<SetupStatus> = {}): SetupStatus {
  const ids = ['download-model', 'download-adapter', 'verify', 'convert', 'load'] as const;
  return {
    state: 'running',
    modelEntryId: 'tinyllama-q4',
    adapterEntryId: 'medical-lora',
    steps: ids.map((id) => ({ id, state: 'pending' as const, detail: null })),
    failedStep: null,
    error: null,
    receivedBytes: 0,
    totalBytes: 673_388_096,
    bytesPerSecond: null,
    etaSeconds: null,
    ...overrides,
  };
}

const renderProgress = (status: SetupStatus) =>
  renderToStaticMarkup(
    <SetupProgress status={status} busy={false} onRetry={() => undefined} onPause={() => undefined} />,
  );

describe('SetupProgress', () => {
  it('one bar over both downloads, the five steps in order, Pause while running', () => {
    const status = setupStatus({ receivedBytes: 336_694_048, bytesPerSecond: 10_000_000, etaSeconds: 34 });
    status.steps[0] = { id: 'download-model', state: 'running', detail: null };
    status.steps[1] = { id: 'download-adapter', state: 'done', detail: null };
    const html = renderProgress(status);
    expect(html).toMatch(/data-testid="setup-progress-bar"[^>]*aria-valuenow="50"/);
    expect(html).toContain('50% · 336.7 MB of 673.4 MB · 10.0 MB/s · 34 sec left');
    const labels = [...html.matchAll(/(\d)\. ([^<]+)</g)].map((m) => `${m[1]}. ${m[2]}`);
    expect(labels).toEqual([
      '1. Download the model',
      '2. Download the medical adapter',
      '3. Verify the files',
      '4. Convert the adapter for this model',
      '5. Load the model and the adapter',
    ]);
    expect(html).toMatch(/data-testid="setup-step-download-model" data-state="running"/);
    expect(html).toContain('data-testid="setup-pause"');
    expect(html).not.toContain('data-testid="setup-retry"');
  });

  it('a failure names its step and its error, and offers Retry', () => {
    const status = setupStatus({
      state: 'failed',
      failedStep: 'convert',
      error: 'The adapter could not be converted: lora_A has 2048 columns, the model 64.',
    });
    status.steps[3] = { id: 'convert', state: 'failed', detail: status.error };
    const html = renderProgress(status);
    expect(html).toContain('Failed at step 4 of 5: Convert the adapter for this model.');
    expect(html).toContain('role="alert"');
    expect(html).toContain('lora_A has 2048 columns, the model 64.');
    expect(html).toContain('data-testid="setup-retry"');
    expect(failureHeadline(i18n.getFixedT('en', 'setup'), setupStatus())).toBeNull();
  });

  it('paused offers Resume; the adapter steps read as skipped without the adapter', () => {
    const paused = renderProgress(setupStatus({ state: 'paused' }));
    expect(paused).toContain('data-testid="setup-resume"');
    const alone = setupStatus({ adapterEntryId: null });
    alone.steps[1] = { id: 'download-adapter', state: 'skipped', detail: null };
    expect(renderProgress(alone)).toMatch(/data-testid="setup-step-download-adapter" data-state="skipped"/);
    expect(renderProgress(alone)).toContain('Setting up the model<');
  });
});

describe('AdapterSection', () => {
  const adapter = entry(
    { state: 'not-installed' },
    {
      id: 'medical-lora',
      kind: 'peft-adapter',
      name: 'Medical adapter',
      sizeBytes: 4_601_024,
      verification: 'git-blob',
      defaultSource: {
        folderUrl: 'https://raw.githubusercontent.com/o/r/0123456789abcdef0123456789abcdef01234567/lora',
        repoUrl: 'https://github.com/o/r',
        repo: 'o/r',
        revision: '0123456789abcdef0123456789abcdef01234567',
        folder: 'lora',
      },
    },
  );
  const render = (overrideUrl: string | null) =>
    renderToStaticMarkup(
      <AdapterSection
        adapter={adapter}
        checked
        onChecked={() => undefined}
        overrideUrl={overrideUrl}
        busy={false}
        onSaveSource={async () => true}
      />,
    );

  it('names the pinned repository, commit and folder, checked by git blob id', () => {
    const html = render(null);
    expect(html).toContain('https://github.com/o/r');
    expect(html).toMatch(/<code[^>]*>0123456<\/code>/);
    expect(html).toContain('each file is checked against its git blob id');
    expect(html).toMatch(/data-testid="setup-with-adapter"[^>]*checked/);
    expect(html).toContain('Medical adapter (LoRA)');
    expect(html).toContain('aria-label="What does “LoRA” mean?"');
    expect(html).toContain('aria-label="What does “git blob id” mean?"');
    expect(html).not.toContain('setup-adapter-default');
  });

  it('a source URL set by the user is shown as an override held to the same blob ids, with a way back', () => {
    const html = render('https://mirror.example/peft');
    expect(html).toContain('From your source URL');
    expect(html).toContain('https://mirror.example/peft');
    expect(html).toContain('must match the git blob ids pinned in the app');
    expect(html).toContain('data-testid="setup-adapter-default"');
  });
});

describe('setup in German', () => {
  it('steps, figures, buttons and tips in German, numbers with German separators', async () => {
    try {
      await i18n.changeLanguage('de');
      const status = setupStatus({
        state: 'failed',
        failedStep: 'convert',
        receivedBytes: 336_694_048,
        bytesPerSecond: 10_000_000,
        etaSeconds: 600,
      });
      status.steps[3] = { id: 'convert', state: 'failed', detail: null };
      const progress = renderProgress(status);
      expect(progress).toContain('Modell und medizinischer Adapter werden eingerichtet');
      expect(progress).toContain('50\u00a0% · 336,7 MB von 673,4 MB · 10,0 MB/s · noch 10 Min.');
      expect(progress).toContain('Fehlgeschlagen bei Schritt 4 von 5: Adapter für dieses Modell umwandeln.');
      expect(progress).toContain('>Erneut versuchen</button>');
      const choice = renderToStaticMarkup(
        <ModelChoice models={[entry({ state: 'installed' })]} selected="tinyllama-q4" onSelect={() => undefined} />,
      );
      expect(choice).toContain('Auf etwa 4 Bit komprimiert (empfohlen)');
      expect(choice).toContain('668,8 MB · Komprimierung Q4_K_M');
      expect(choice).toContain('aria-label="Was bedeutet „Q4_K_M“?"');
      expect(choice).toContain('>Installiert<');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});

describe('ChatEmptyState', () => {
  it('offers three example medical questions once a model is ready', () => {
    const ready = {
      state: 'ready' as const,
      modelInfo: null,
      profile: null,
      message: null,
      adapter: null,
    };
    const html = renderToStaticMarkup(
      <ChatEmptyState
        status={ready}
        onOpenSettings={() => undefined}
        onOpenModels={() => undefined}
        onPickExample={() => undefined}
      />,
    );
    expect(html.match(/data-testid="example-question"/g)).toHaveLength(3);
    for (const key of EXAMPLE_QUESTIONS) expect(html).toContain(i18n.t(`empty.examples.${key}`, { ns: 'chat' }));
    expect(html).toContain('Explain the renin–angiotensin–aldosterone system step by step.');
    expect(html).toContain('click one of these to ask it');
  });
});
