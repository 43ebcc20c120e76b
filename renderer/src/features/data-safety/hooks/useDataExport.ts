// "Export all my data": pick where to save the .zip, write it, report what it holds.
import { useCallback, useState } from 'react';
import type { DataExportReceipt } from '../../../../../preload/contract/features/app';
import type { MeaApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';

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

/** "12 conversations, 340 messages, 3 decks, 900 cards, 2,000 reviews" */
export function describeExport(receipt: DataExportReceipt): string {
  const c = receipt.counts;
  const parts = [
    `${c.conversations} conversations`,
    `${c.messages} messages`,
    `${c.decks} decks`,
    `${c.cards} cards`,
    `${c.reviewLogs} reviews`,
    `${c.evaluationRuns} evaluation runs`,
  ];
  return `Saved to ${receipt.path}: ${parts.join(', ')}${receipt.apkg ? ' (decks also as .apkg)' : ''}.`;
}
