// A small badge on the open conversation when "ask anyway" is on: its questions skip the scope guard.
import { Badge } from '../../../components/ui/Badge';
import { useTranslation } from '../../../i18n';

export function ScopeOverrideBadge() {
  const { t } = useTranslation('chat');
  return (
    <div
      className="flex justify-center border-b border-slate-200 px-4 py-1 dark:border-slate-800"
      data-testid="scope-override"
    >
      <Badge tone="info" title={t('scope.overrideHint')}>
        {t('scope.overrideBadge')}
      </Badge>
    </div>
  );
}
