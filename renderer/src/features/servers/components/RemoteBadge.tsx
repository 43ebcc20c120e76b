// The header's "Remote: NAME" while the open conversation is answered by a server: the questions go there.
// It does not shrink (the app's name gives way first); the address and model are in its tooltip and, for
// screen readers, in its description.
import { useId } from 'react';
import type { EngineStatus } from '../../../../../preload/contract/features/servers';
import { useTranslation } from '../../../i18n';

export function RemoteBadge({ engine }: { engine: EngineStatus | null }) {
  const { t } = useTranslation('servers');
  const detailsId = useId();
  if (engine === null || engine.kind !== 'remote') return null;
  const label = t('badge.label', { name: engine.name });
  const address = engine.address ?? '';
  const details =
    engine.modelName === null
      ? t('badge.details', { name: engine.name, address })
      : t('badge.detailsModel', { name: engine.name, address, model: engine.modelName });
  return (
    <span
      role="status"
      data-testid="remote-badge"
      aria-label={label}
      aria-describedby={detailsId}
      title={details}
      className="inline-flex max-w-48 shrink-0 items-center gap-1.5 rounded-full border border-sky-300 bg-sky-50 px-2.5 py-1 text-xs font-medium text-sky-900 sm:max-w-64 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100"
    >
      <span aria-hidden="true" className="h-2 w-2 shrink-0 rounded-full bg-sky-600 dark:bg-sky-400" />
      <span className="truncate">{label}</span>
      <span id={detailsId} className="sr-only">
        {details}
      </span>
    </span>
  );
}
