// The tuning notice (progress of the thread calibration) and the measured figures next to the threads field.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ThreadCalibration } from '../../../preload/contract/thread-calibration';
import {
  CalibrationNoticeView,
  calibrationNoticeText,
} from '../../../renderer/src/features/model/components/CalibrationNotice';
import type { MemoryPlan } from '../../../preload/contract/memory-plan';
import { LowMemoryFieldView } from '../../../renderer/src/features/settings/components/LowMemoryField';
import { ThreadCalibrationFigures } from '../../../renderer/src/features/settings/components/ThreadCalibrationPanel';
import { draftToPatch, toDraft } from '../../../renderer/src/features/settings/state/settingsDraft';
import { i18n } from '../../../renderer/src/i18n';
import { defaultSettings } from './fixtures';

const calibration: ThreadCalibration = {
  samples: [
    { threads: 1, generationTokensPerSecond: 14.26, promptTokensPerSecond: 131.4 },
    { threads: 2, generationTokensPerSecond: 21.93, promptTokensPerSecond: 236.8 },
  ],
  generationThreads: 2,
  promptThreads: 2,
  measuredAt: Date.UTC(2026, 10, 25),
};

const figures = (overrides: Partial<Parameters<typeof ThreadCalibrationFigures>[0]> = {}): string =>
  renderToStaticMarkup(
    <ThreadCalibrationFigures
      calibration={calibration}
      automatic
      disabled={false}
      running={false}
      error={null}
      onRemeasure={() => undefined}
      {...overrides}
    />,
  );

describe('CalibrationNotice', () => {
  it('shows "Tuning for this computer… 1/2" while measuring', () => {
    const html = renderToStaticMarkup(
      <CalibrationNoticeView progress={{ state: 'running', done: 1, total: 2, threads: 1, message: null }} />,
    );
    expect(html).toContain('role="status"');
    expect(html).toContain('Tuning for this computer… 1/2');
    expect(html).toContain('data-state="running"');
  });

  it('says what was chosen, or why tuning failed', () => {
    const t = i18n.getFixedT('en', 'models');
    expect(calibrationNoticeText(t, { state: 'done', done: 2, total: 2, threads: 2, message: null })).toBe(
      'Tuned for this computer: 2 CPU threads (figures in Settings).',
    );
    expect(calibrationNoticeText(t, { state: 'done', done: 2, total: 2, threads: 1, message: null })).toContain(
      '1 CPU thread (',
    );
    expect(calibrationNoticeText(t, { state: 'failed', done: 0, total: 2, threads: null, message: 'stopped' })).toMatch(
      /Could not tune.*\(stopped\).*one thread per core/,
    );
    const german = i18n.getFixedT('de', 'models');
    expect(calibrationNoticeText(german, { state: 'done', done: 2, total: 2, threads: 2, message: null })).toBe(
      'Auf diesen Computer abgestimmt: 2 CPU-Threads (Werte in den Einstellungen).',
    );
  });

  it('renders nothing before any calibration', () => {
    expect(renderToStaticMarkup(<CalibrationNoticeView progress={null} />)).toBe('');
  });
});

describe('ThreadCalibrationFigures', () => {
  it('lists generation and prompt speed per thread count and marks the count in use', () => {
    const html = figures();
    expect(html).toContain('data-testid="thread-sample-1"');
    expect(html).toContain('14.3'); // 1 thread, answer tokens/s
    expect(html).toContain('131'); // 1 thread, prompt tokens/s
    expect(html).toContain('2 (used)');
    expect(html).toMatch(/data-testid="thread-calibration-chosen">2</);
    expect(html).not.toContain('Prompts are read with');
  });

  it('says when prompts were fastest with another count', () => {
    expect(figures({ calibration: { ...calibration, generationThreads: 1 } })).toContain(
      'Prompts are read with 2 threads, the fastest for them; answers are written with 1.',
    );
  });

  it('explains that nothing is measured yet', () => {
    expect(figures({ calibration: null })).toContain('Not measured yet');
  });

  it('offers Re-measure only with automatic threads and while idle', () => {
    const button = (html: string): string =>
      /<button[^>]*thread-calibration-remeasure[^>]*>[^<]*/.exec(html)?.[0] ?? '';
    expect(button(figures())).not.toContain('disabled=""');
    expect(button(figures())).toContain('Re-measure');
    expect(button(figures({ automatic: false }))).toContain('disabled=""');
    expect(button(figures({ automatic: false }))).toContain('Clear the CPU threads field');
    expect(button(figures({ running: true }))).toContain('Measuring…');
    expect(figures({ error: 'No model is ready' })).toContain('No model is ready');
  });
});

describe('Lower memory use', () => {
  const GIB = 1024 ** 3;
  const plan: MemoryPlan = {
    choice: 'auto',
    lowMemory: true,
    autoLowMemory: true,
    fileBytes: GIB,
    mappedBytes: 2.2 * GIB,
    readBytes: 1.3 * GIB,
    freeBytes: 2.1 * GIB,
    totalBytes: 4 * GIB,
  };
  const field = (value: MemoryPlan['choice'], shown: MemoryPlan | null): string =>
    renderToStaticMarkup(<LowMemoryFieldView value={value} onChange={() => undefined} plan={shown} />);

  it('states its cost in the hint and round-trips through the settings draft', () => {
    const html = field('on', null);
    expect(html).toMatch(/<option value="on" selected="">/);
    expect(html).toMatch(/id="settings-low-memory-hint"[^>]*>[^<]*less RAM[^<]*answer speed/);
    expect(html).not.toContain('settings-low-memory-plan');
    const draft = toDraft({ ...defaultSettings, lowMemory: 'on' });
    expect(draft.lowMemory).toBe('on');
    const result = draftToPatch({ ...draft, lowMemory: 'auto' });
    expect(result.ok && result.patch.lowMemory).toBe('auto');
  });

  it('shows what "auto" decided and the figures, for the choice in the form', () => {
    expect(field('auto', plan)).toContain(
      'Auto: lower memory use is on — this model needs about 1.3 GB (about 2.2 GB with the file mapped) and 2.1 GB is free.',
    );
    expect(field('auto', { ...plan, autoLowMemory: false, freeBytes: 8 * GIB })).toContain(
      'Auto: lower memory use is off — this model needs about 2.2 GB and 8.0 GB is free.',
    );
    expect(field('off', plan)).toContain('This model needs about 2.2 GB this way (1.3 GB with lower memory use)');
    expect(field('auto', plan)).toMatch(/aria-describedby="settings-low-memory-hint settings-low-memory-plan"/);
  });
});
