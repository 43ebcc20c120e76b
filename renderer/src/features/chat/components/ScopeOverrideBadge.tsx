// A small badge on the open conversation when "ask anyway" is on: its questions skip the scope guard.
import { Badge } from '../../../components/ui/Badge';

export function ScopeOverrideBadge() {
  return (
    <div
      className="flex justify-center border-b border-slate-200 px-4 py-1 dark:border-slate-800"
      data-testid="scope-override"
    >
      <Badge
        tone="info"
        title='You chose "Ask anyway" in this conversation, so questions outside medical education are answered here.'
      >
        Ask anyway is on for this conversation
      </Badge>
    </div>
  );
}
