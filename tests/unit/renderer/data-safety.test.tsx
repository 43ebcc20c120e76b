// Start-up notice banner and the "Export all my data" summary: what the student reads.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DataExportReceipt, StartupNotice } from '../../../preload/contract/features/app';
import { StartupNoticesBanner } from '../../../renderer/src/features/data-safety/components/StartupNoticesBanner';
import { describeExport } from '../../../renderer/src/features/data-safety/hooks/useDataExport';

const restored: StartupNotice = {
  kind: 'restored',
  message:
    'Your data file was damaged. It was restored from the backup of 2026-01-10 08:00 UTC; the damaged file is kept in /d/damaged/x.',
  damagedPath: '/d/damaged/x',
  backupTakenAt: 1,
};

describe('StartupNoticesBanner', () => {
  it('shows each notice as an alert, amber for a restore and red when nothing could be restored', () => {
    const html = renderToStaticMarkup(<StartupNoticesBanner notices={[restored]} onDismiss={() => undefined} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('restored from the backup of 2026-01-10 08:00 UTC');
    expect(html).toContain('bg-amber-50');
    const lost = { ...restored, kind: 'unrecoverable' as const, message: 'no usable backup was found' };
    expect(renderToStaticMarkup(<StartupNoticesBanner notices={[lost]} onDismiss={() => undefined} />)).toContain(
      'bg-red-50',
    );
  });

  it('renders nothing without notices', () => {
    expect(renderToStaticMarkup(<StartupNoticesBanner notices={[]} onDismiss={() => undefined} />)).toBe('');
  });
});

describe('describeExport', () => {
  it('names the file and every count', () => {
    const receipt: DataExportReceipt = {
      path: '/home/s/data.zip',
      bytes: 10,
      counts: {
        conversations: 2,
        messages: 9,
        decks: 1,
        cards: 30,
        reviewLogs: 7,
        settings: 3,
        evaluationRuns: 4,
        noteTypes: 1,
        notes: 5,
        media: 2,
      },
      apkg: true,
      warnings: [],
    };
    expect(describeExport(receipt)).toBe(
      'Saved to /home/s/data.zip: 2 conversations, 9 messages, 1 decks, 30 cards, 7 reviews, 4 evaluation runs (decks also as .apkg).',
    );
    expect(describeExport({ ...receipt, apkg: false })).not.toContain('.apkg');
  });
});
