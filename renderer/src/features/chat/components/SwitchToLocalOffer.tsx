// Under an answer a server failed to finish (it went away mid-answer, refused, timed out): what arrived stays
// above with the reason, and the conversation can go back to this computer's model.
import { Button } from '../../../components/ui/Button';
import { useTranslation } from '../../../i18n';

export function SwitchToLocalOffer({ onSwitch }: { onSwitch: () => void }) {
  const { t } = useTranslation('servers');
  return (
    <div data-testid="switch-to-local-offer" className="mt-2">
      <Button size="sm" variant="secondary" data-testid="switch-to-local" onClick={onSwitch}>
        {t('failed.switch')}
      </Button>
    </div>
  );
}
