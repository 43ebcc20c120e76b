// Badge for assistant answers that did not finish normally (stopped, failed, interrupted).
import type { Message } from '../../../../../preload/contract/schemas';
import { Badge } from '../../../components/ui/Badge';
import { useTranslation } from '../../../i18n';

export function MessageStatusBadge({ message }: { message: Message }) {
  const { t } = useTranslation('chat');
  switch (message.status) {
    case 'stopped':
      return <Badge tone="neutral">{t('status.stopped')}</Badge>;
    case 'interrupted':
      return (
        <Badge tone="warning" title={message.error ?? undefined}>
          {t('status.interrupted')}
        </Badge>
      );
    case 'failed':
      return <Badge tone="danger">{t('status.failed')}</Badge>;
    default:
      return null;
  }
}
