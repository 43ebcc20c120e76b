// The import progress bar: the phase in words with counts, a bar at the phase's fraction, Cancel while
// nothing is saved; events of other imports are ignored; request ids fit the contract.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { importProgressSchema, type ImportProgress } from '../../../../preload/contract/features/card-tools';
import { requestIdSchema } from '../../../../preload/contract/schemas';
import { ImportProgressBar } from '../../../../renderer/src/features/flashcards/interchange/components/ImportProgressBar';
import {
  canCancel,
  newImportRequestId,
  newImportRun,
  progressLabel,
  progressPercent,
  withProgress,
} from '../../../../renderer/src/features/flashcards/interchange/state/importProgress';
import { i18n } from '../../../../renderer/src/i18n';

const t = i18n.getFixedT('en', 'cards');

const event = (phase: ImportProgress['phase'], done: number, total: number): ImportProgress =>
  importProgressSchema.parse({ requestId: 'import-1', phase, done, total });

const render = (run: ReturnType<typeof newImportRun>) =>
  renderToStaticMarkup(<ImportProgressBar run={run} onCancel={() => undefined} />);

describe('import progress state', () => {
  it('follows its own import only', () => {
    const run = newImportRun('import-1');
    const mine = withProgress(run, event('checking-media', 3, 12));
    expect(mine.progress).toEqual(event('checking-media', 3, 12));
    expect(withProgress(mine, { ...event('saving-notes', 1, 2), requestId: 'other' })).toBe(mine);
  });

  it('says the phase with counts and the fraction within it', () => {
    const run = (progress: ImportProgress | null) => ({ ...newImportRun('import-1'), progress });
    expect(progressLabel(run(null), t)).toBe('Starting the import…');
    expect(progressLabel(run(event('reading', 0, 1)), t)).toBe('Reading the file…');
    expect(progressLabel(run(event('checking-media', 1200, 5000)), t)).toBe(
      'Checking images and audio: 1,200 of 5,000',
    );
    expect(progressLabel(run(event('saving-notes', 30000, 30000)), t)).toBe('Saving notes and cards: 30,000 of 30,000');
    expect(progressLabel({ ...run(event('saving-notes', 1, 9)), cancelling: true }, t)).toBe('Cancelling…');
    expect(progressPercent(event('checking-media', 1, 3))).toBe(33);
    expect(progressPercent(event('storing-media', 0, 0))).toBeNull();
    expect(progressPercent(null)).toBeNull();
  });

  it('offers Cancel until media files are stored, not while cancelling or after it came too late', () => {
    const run = newImportRun('import-1');
    expect(canCancel(run)).toBe(true);
    expect(canCancel(withProgress(run, event('saving-notes', 10, 20)))).toBe(true);
    expect(canCancel(withProgress(run, event('storing-media', 0, 4)))).toBe(false);
    expect(canCancel({ ...run, cancelling: true })).toBe(false);
    expect(canCancel({ ...run, tooLate: true })).toBe(false);
  });

  it('makes request ids the contract accepts, different each time', () => {
    const a = newImportRequestId(1_700_000_000_000, 0.123);
    const b = newImportRequestId(1_700_000_000_000, 0.456);
    expect(requestIdSchema.parse(a)).toBe(a);
    expect(a).not.toBe(b);
    expect(requestIdSchema.safeParse(newImportRequestId(Number.MAX_SAFE_INTEGER, 0.999999)).success).toBe(true);
  });
});

describe('ImportProgressBar', () => {
  it('shows the label, a progress bar at the phase fraction and an enabled Cancel', () => {
    const html = render(withProgress(newImportRun('import-1'), event('checking-media', 1, 4)));
    expect(html).toContain('Checking images and audio: 1 of 4');
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('aria-valuenow="25"');
    expect(html).toContain('width:25%');
    expect(html).toMatch(/data-testid="import-cancel"(?![^>]*disabled)/);
    expect(html).toContain('data-phase="checking-media"');
  });

  it('has no value before the first event, and Cancel disabled once it is too late', () => {
    expect(render(newImportRun('import-1'))).not.toContain('aria-valuenow');
    const late = { ...withProgress(newImportRun('import-1'), event('storing-media', 1, 4)), tooLate: true };
    const html = render(late);
    expect(html).toContain('already saved; finishing the media files');
    expect(html).toMatch(/data-testid="import-cancel"[^>]*disabled/);
  });
});
