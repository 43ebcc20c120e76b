// Who answers the comparison, next to the results: "Remote: NAME" when a server does (the question is sent
// there), or this computer. Before a comparison only a server is named, so the student knows where the question
// will go before sending it.
import type { CompareEngine } from '../state/compareState';
import { Badge } from '../../../components/ui/Badge';
import { useTranslation } from '../../../i18n';

export function CompareEngineNote({ engine }: { engine: CompareEngine | null }) {
  const { t } = useTranslation('compare');
  if (engine === null) return null;
  if (engine.kind === 'local') {
    return (
      <p data-testid="compare-engine" data-kind="local" className="text-xs text-muted">
        {t('engine.local')}
      </p>
    );
  }
  return (
    <p data-testid="compare-engine" data-kind="remote" className="flex flex-wrap items-center gap-2 text-xs text-muted">
      <Badge tone="info">{t('engine.remote', { name: engine.name })}</Badge>
      <span>{t('engine.remoteNote', { name: engine.name })}</span>
    </p>
  );
}
