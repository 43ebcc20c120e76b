// Start-up notice banner and the "Export all my data" summary: what the student reads.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DataExportReceipt, StartupNotice } from '../../../preload/contract/features/app';
import { DeleteAllDataPanel } from '../../../renderer/src/features/data-safety/components/DeleteAllDataPanel';
import { StartupNoticesBanner } from '../../../renderer/src/features/data-safety/components/StartupNoticesBanner';
import { confirms } from '../../../renderer/src/features/data-safety/hooks/useDeleteAllData';
import { describeExport } from '../../../renderer/src/features/data-safety/hooks/useDataExport';
import { i18n } from '../../../renderer/src/i18n';
import { ApiProvider } from '../../../renderer/src/lib/api';
import { formatTimestamp } from '../../../renderer/src/lib/format';
import { fakeApi } from './fixtures';

const TAKEN_AT = Date.UTC(2026, 0, 10, 8, 0);
const restored: StartupNotice = {
  kind: 'restored',
  message: 'Data file restored (main’s log line; the banner words the notice itself).',
  damagedPath: '/d/damaged/x',
  backupTakenAt: TAKEN_AT,
};

describe('StartupNoticesBanner', () => {
  it('shows each notice as an alert, amber for a restore and red when nothing could be restored', () => {
    const html = renderToStaticMarkup(<StartupNoticesBanner notices={[restored]} onDismiss={() => undefined} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain(
      `Your data file was damaged. It was restored from the backup of ${formatTimestamp(TAKEN_AT, 'en')}; the damaged file is kept in /d/damaged/x.`,
    );
    expect(html).toContain('bg-amber-50');
    const lost = { ...restored, kind: 'unrecoverable' as const, backupTakenAt: null };
    const lostHtml = renderToStaticMarkup(<StartupNoticesBanner notices={[lost]} onDismiss={() => undefined} />);
    expect(lostHtml).toContain('bg-red-50');
    expect(lostHtml).toContain('no usable backup was found');
    expect(lostHtml).toContain('/d/damaged/x');
  });

  it('speaks the UI language, with the backup date in its format', async () => {
    await i18n.changeLanguage('de');
    try {
      const html = renderToStaticMarkup(<StartupNoticesBanner notices={[restored]} onDismiss={() => undefined} />);
      expect(html).toContain(`aus der Sicherung vom ${formatTimestamp(TAKEN_AT, 'de')} wiederhergestellt`);
      expect(html).toContain('>Schließen<');
    } finally {
      await i18n.changeLanguage('en');
    }
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
    const en = i18n.getFixedT('en', 'dataSafety');
    expect(describeExport(en, receipt, 'en')).toBe(
      'Saved to /home/s/data.zip: 2 conversations, 9 messages, 1 deck, 30 cards, 7 reviews, 4 evaluation runs (decks also as .apkg).',
    );
    expect(describeExport(en, { ...receipt, apkg: false }, 'en')).not.toContain('.apkg');
    const many = { ...receipt, counts: { ...receipt.counts, cards: 2048 } };
    expect(describeExport(i18n.getFixedT('de', 'dataSafety'), many, 'de')).toBe(
      'Gespeichert unter /home/s/data.zip: 2 Unterhaltungen, 9 Nachrichten, 1 Stapel, 2.048 Karten, 7 Wiederholungen und 4 Bewertungsläufe (Stapel auch als .apkg).',
    );
  });
});

describe('Delete all my data', () => {
  it('takes the confirmation word of the UI language, whatever its case and the spaces around it', () => {
    expect(confirms(' delete ', 'DELETE')).toBe(true);
    expect(confirms('löschen', 'LÖSCHEN')).toBe(true);
    expect(confirms('DELET', 'DELETE')).toBe(false);
    expect(confirms('', 'DELETE')).toBe(false);
  });

  it('offers the dialog from a panel in the UI language', async () => {
    const render = () =>
      renderToStaticMarkup(
        <ApiProvider api={fakeApi()}>
          <DeleteAllDataPanel />
        </ApiProvider>,
      );
    expect(render()).toContain('Delete all my data…');
    await i18n.changeLanguage('de');
    try {
      expect(render()).toContain('Alle meine Daten löschen…');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
