// Badge for assistant answers that did not finish normally (stopped, failed, interrupted).
import type { Message } from '../../../../../preload/contract/schemas';
import { Badge } from '../../../components/ui/Badge';

export function MessageStatusBadge({ message }: { message: Message }) {
  switch (message.status) {
    case 'stopped':
      return <Badge tone="neutral">Stopped</Badge>;
    case 'interrupted':
      return (
        <Badge tone="warning" title={message.error ?? undefined}>
          Interrupted
        </Badge>
      );
    case 'failed':
      return <Badge tone="danger">Failed</Badge>;
    default:
      return null;
  }
}
