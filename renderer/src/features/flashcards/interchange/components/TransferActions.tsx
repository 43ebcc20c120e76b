// Deck toolbar "Export…" (this deck or all decks, .apkg/.csv/.tsv) and "Import…" with a progress bar,
// Cancel and a summary.
import { useRef, useState } from 'react';
import type { PickKind } from '../../../../../../preload/contract/features/app';
import type { TransferFormat } from '../../../../../../preload/contract/features/card-tools';
import type { DeckSummary } from '../../../../../../preload/contract/features/flashcards';
import { Button } from '../../../../components/ui/Button';
import { inputClass } from '../../../../components/ui/Field';
import { useTranslation } from '../../../../i18n';
import { useApi } from '../../../../lib/api';
import { toUiError } from '../../../../lib/errors';
import { importMessage } from '../state/importMessage';
import { newImportRequestId, newImportRun, withProgress, type ImportRun } from '../state/importProgress';
import { ImportProgressBar } from './ImportProgressBar';

const EXPORT_KIND: Record<TransferFormat, PickKind> = {
  apkg: 'cardsExportApkg',
  csv: 'cardsExportCsv',
  tsv: 'cardsExportTsv',
};

export interface TransferActionsProps {
  deck: DeckSummary | null;
  onChanged: () => void;
}

export function TransferActions({ deck, onChanged }: TransferActionsProps) {
  const api = useApi();
  const { t } = useTranslation('cards');
  const [format, setFormat] = useState<TransferFormat>('apkg');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState<ImportRun | null>(null);
  /** The import the user cancelled: its failure is the answer they asked for, not an error. */
  const cancelled = useRef<string | null>(null);

  const run = async (task: () => Promise<string | null>) => {
    setBusy(true);
    setMessage(null);
    try {
      const text = await task();
      if (text !== null) setMessage({ text, error: false });
    } catch (caught) {
      setMessage({ text: toUiError(caught).message, error: true });
    } finally {
      setBusy(false);
    }
  };

  const exportCards = () =>
    run(async () => {
      const { path } = await api.pickFile(EXPORT_KIND[format]);
      if (path === null) return null;
      const receipt = await api.exportCards({ deckId: deck?.id ?? null, format, path });
      const counts = {
        cards: t('transfer.exportCards', { count: receipt.cards }),
        decks: t('transfer.exportDecks', { count: receipt.decks }),
        media: t('transfer.exportMedia', { count: receipt.media ?? 0 }),
      };
      const summary = receipt.media ? t('transfer.exportedWithMedia', counts) : t('transfer.exported', counts);
      // Warnings come from main as whole sentences and follow the summary as they are.
      return [summary, ...(receipt.warnings ?? [])].join(' ');
    });

  const importCards = () =>
    run(async () => {
      const { path } = await api.pickFile('cardsImport');
      if (path === null) return null;
      const requestId = newImportRequestId();
      setImporting(newImportRun(requestId));
      const stop = api.onImportProgress((event) => setImporting((current) => current && withProgress(current, event)));
      try {
        const summary = await api.importCards(path, { requestId });
        onChanged();
        return importMessage(summary, t);
      } catch (caught) {
        const error = toUiError(caught);
        if (error.code === 'conflict' && cancelled.current === requestId) return error.message;
        throw caught;
      } finally {
        stop();
        setImporting(null);
      }
    });

  const cancelImport = async () => {
    const requestId = importing?.requestId;
    if (requestId === undefined) return;
    setImporting((current) => current && { ...current, cancelling: true });
    cancelled.current = requestId;
    try {
      // Accepted: the import call fails with "The import was cancelled; nothing was saved".
      const answer = await api.cancelImport(requestId);
      if (!answer.cancelled) setImporting((current) => current && { ...current, cancelling: false, tooLate: true });
    } catch {
      setImporting((current) => current && { ...current, cancelling: false });
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <select
        aria-label={t('transfer.format')}
        data-testid="export-format"
        className={`${inputClass} h-8 w-auto!`}
        value={format}
        onChange={(e) => setFormat(e.target.value as TransferFormat)}
      >
        <option value="apkg">{t('transfer.apkg')}</option>
        <option value="csv">CSV</option>
        <option value="tsv">TSV</option>
      </select>
      <Button
        size="sm"
        variant="secondary"
        data-testid="export-cards"
        disabled={busy}
        onClick={() => void exportCards()}
      >
        {deck === null ? t('transfer.exportAll') : t('transfer.export')}
      </Button>
      <Button
        size="sm"
        variant="secondary"
        data-testid="import-cards"
        disabled={busy}
        onClick={() => void importCards()}
      >
        {t('transfer.import')}
      </Button>
      {importing !== null && <ImportProgressBar run={importing} onCancel={() => void cancelImport()} />}
      {message !== null && (
        <span
          role={message.error ? 'alert' : 'status'}
          data-testid="transfer-message"
          className={`text-xs ${message.error ? 'text-red-700 dark:text-red-300' : 'text-slate-600 dark:text-slate-300'}`}
        >
          {message.text}
        </span>
      )}
    </div>
  );
}
