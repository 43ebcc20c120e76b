// "Export all my data": pick where to save the .zip, write it, report what it holds.
import { useCallback, useState } from 'react';
import type { DataExportReceipt } from '../../../../../preload/contract/features/app';
import type { TFunction } from '../../../i18n';
import type { MeaApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';
import { formatList } from '../../../lib/format';

export type DataExportState =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; receipt: DataExportReceipt }
  | { status: 'error'; message: string };

export function useDataExport(api: MeaApi): { state: DataExportState; exportAll: () => Promise<void> } {
  const [state, setState] = useState<DataExportState>({ status: 'idle' });
  const exportAll = useCallback(async () => {
    setState({ status: 'busy' });
    try {
      const { path } = await api.pickFile('dataExport');
      if (path === null) {
        setState({ status: 'idle' });
        return;
      }
      setState({ status: 'done', receipt: await api.exportAllData(path) });
    } catch (error) {
      setState({ status: 'error', message: toUiError(error).message });
    }
  }, [api]);
  return { state, exportAll };
}

/** "Saved to …: 12 conversations, 340 messages, 3 decks, 900 cards, 2,000 reviews, 1 evaluation run", in `t`'s language. */
export function describeExport(t: TFunction<'dataSafety'>, receipt: DataExportReceipt, locale?: string): string {
  const c = receipt.counts;
  const contents = formatList(
    [
      t('export.counts.conversations', { count: c.conversations }),
      t('export.counts.messages', { count: c.messages }),
      t('export.counts.decks', { count: c.decks }),
      t('export.counts.cards', { count: c.cards }),
      t('export.counts.reviews', { count: c.reviewLogs }),
      t('export.counts.evaluationRuns', { count: c.evaluationRuns }),
    ],
    locale,
  );
  const values = { path: receipt.path, contents };
  return receipt.apkg ? t('export.savedWithApkg', values) : t('export.saved', values);
}
