// Live model status: fetched once, then kept current by model:status events.
import { useEffect, useState } from 'react';
import type { ModelStatus } from '../../../../../preload/contract/schemas';
import { i18n } from '../../../i18n';
import type { MeaApi } from '../../../lib/api';

export function useModelStatus(api: MeaApi): [ModelStatus | null, (status: ModelStatus) => void] {
  const [status, setStatus] = useState<ModelStatus | null>(null);

  useEffect(() => {
    let sawEvent = false;
    let current = true;
    // Subscribe before asking, and let any event win over the (possibly older) reply.
    const off = api.onModelStatus((next) => {
      sawEvent = true;
      setStatus(next);
    });
    api.getModelStatus().then(
      (initial) => {
        if (current && !sawEvent) setStatus(initial);
      },
      () => {
        if (current && !sawEvent) {
          setStatus({
            state: 'unavailable',
            modelInfo: null,
            profile: null,
            message: i18n.t('unavailable.statusReadFailed', { ns: 'models' }),
            adapter: null,
          });
        }
      },
    );
    return () => {
      current = false;
      off();
    };
  }, [api]);

  return [status, setStatus];
}
