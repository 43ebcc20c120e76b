// One saved server: where it is and what it runs, "Test connection" with its result, Edit and Remove.
import { useState } from 'react';
import type { RemoteServerView, ServerHealth } from '../../../../../preload/contract/features/servers';
import { Button } from '../../../components/ui/Button';
import { useFormatters, useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';

export interface ServerItemProps {
  server: RemoteServerView;
  onEdit: () => void;
  onRemove: () => void;
}

type TestState = { kind: 'idle' } | { kind: 'testing' } | { kind: 'done'; health: ServerHealth };

export function ServerItem({ server, onEdit, onRemove }: ServerItemProps) {
  const { t } = useTranslation('servers');
  const api = useApi();
  const [test, setTest] = useState<TestState>({ kind: 'idle' });
  const { adapter } = server;

  const runTest = async () => {
    setTest({ kind: 'testing' });
    try {
      setTest({ kind: 'done', health: await api.testServer(server.id) });
    } catch (err) {
      const health: ServerHealth = {
        ok: false,
        status: 'unavailable',
        message: toUiError(err).message,
        latencyMs: null,
        models: [],
      };
      setTest({ kind: 'done', health });
    }
  };

  const adapterText =
    adapter.mode === 'llama-server-lora'
      ? t('item.adapterNumber', { id: adapter.id })
      : adapter.mode === 'model-name'
        ? t('item.adapterModel', { model: adapter.model })
        : t('item.noAdapter');

  return (
    <li
      data-testid="server-item"
      data-server-id={server.id}
      className="flex flex-col gap-2 rounded-xl border border-slate-200 p-3 dark:border-slate-700"
    >
      <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
        <div className="min-w-0 flex-1">
          <h4 className="truncate text-sm font-semibold text-slate-900 dark:text-slate-100">{server.name}</h4>
          <p data-testid="server-address" className="text-xs break-all text-muted">
            {server.baseUrl}
          </p>
          <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
            {[
              t(`software.${server.software}`),
              server.model === null ? t('item.serverModel') : t('item.model', { model: server.model }),
              adapterText,
              server.hasApiKey ? t('item.keySaved') : t('item.noKey'),
            ].join(' · ')}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            variant="secondary"
            data-testid="server-test"
            data-focus-server={server.id}
            aria-label={test.kind === 'testing' ? undefined : t('item.testLabel', { name: server.name })}
            disabled={test.kind === 'testing'}
            onClick={() => void runTest()}
          >
            {test.kind === 'testing' ? t('item.testing') : t('item.test')}
          </Button>
          <Button
            size="sm"
            variant="secondary"
            data-testid="server-edit"
            aria-label={t('item.editLabel', { name: server.name })}
            onClick={onEdit}
          >
            {t('item.edit')}
          </Button>
          <Button
            size="sm"
            variant="secondary"
            data-testid="server-remove"
            aria-label={t('item.removeLabel', { name: server.name })}
            onClick={onRemove}
          >
            {t('item.remove')}
          </Button>
        </div>
      </div>
      {/* Polite: the result of a test the user asked for, read when it arrives. */}
      <div role="status" data-testid="server-test-result" data-status={test.kind === 'done' ? test.health.status : ''}>
        {test.kind === 'done' && <TestResult health={test.health} />}
      </div>
    </li>
  );
}

function TestResult({ health }: { health: ServerHealth }) {
  const { t } = useTranslation('servers');
  const fmt = useFormatters();
  const latency =
    health.latencyMs === null
      ? null
      : fmt.number(Math.round(health.latencyMs), { style: 'unit', unit: 'millisecond', unitDisplay: 'short' });
  const tone =
    health.status === 'ready'
      ? 'text-emerald-800 dark:text-emerald-300'
      : health.status === 'loading'
        ? 'text-amber-900 dark:text-amber-200'
        : 'text-red-700 dark:text-red-300';
  return (
    <div className={`flex flex-col gap-0.5 text-xs ${tone}`}>
      <p className="font-medium">
        {health.status === 'ready'
          ? latency === null
            ? t('test.ready')
            : t('test.readyIn', { latency })
          : health.status === 'loading'
            ? t('test.loading')
            : t('test.unavailable')}
      </p>
      {health.message !== null && <p className="break-words">{health.message}</p>}
      {health.models.length > 0 && (
        <p data-testid="server-test-models" className="break-all text-slate-700 dark:text-slate-300">
          {t('test.models', { models: health.models.join(', ') })}
        </p>
      )}
    </div>
  );
}
