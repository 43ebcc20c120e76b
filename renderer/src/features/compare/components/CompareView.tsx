// Compare screen: one question, answered by the base model and by base + adapter side by side, both streaming at
// once from the engine Settings answers new questions with: this computer's one loaded model, or a server (which
// needs no local model, only its adapter). Answers are not saved.
import { useState } from 'react';
import type { EngineStatus } from '../../../../../preload/contract/features/servers';
import type { ModelStatus } from '../../../../../preload/contract/schemas';
import { LIMITS } from '../../../../../preload/contract/limits';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { StopIcon } from '../../../components/ui/icons';
import { useFormatters, useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { hasLoadedModel } from '../../model/labels';
import { useCompare } from '../hooks/useCompare';
import { sideView } from '../state/compareState';
import { CompareColumn } from './CompareColumn';
import { CompareEngineNote } from './CompareEngineNote';

export interface CompareViewProps {
  active: boolean;
  status: ModelStatus | null;
  /** Settings' default engine (main's engine status without a conversation); null until read: this computer. */
  engine: EngineStatus | null;
  onOpenSettings: () => void;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function Unavailable({ message, onOpenSettings }: { message: string; onOpenSettings: () => void }) {
  const { t } = useTranslation('compare');
  return (
    <div data-testid="compare-unavailable" className="mx-auto mt-16 max-w-md text-center">
      <p className="text-sm text-slate-600 dark:text-slate-300">{message}</p>
      <Button className="mt-4" variant="primary" onClick={onOpenSettings}>
        {t('view.openSettings')}
      </Button>
    </div>
  );
}

export function CompareView({ active, status, engine, onOpenSettings }: CompareViewProps) {
  const api = useApi();
  const { t } = useTranslation('compare');
  const fmt = useFormatters();
  const compare = useCompare(api);
  const [question, setQuestion] = useState('');
  const info = status?.modelInfo ?? null;
  const adapter = status?.adapter ?? null;
  const server = engine?.kind === 'remote' ? engine : null;
  // A server answers without a local model; main names it if it cannot.
  const ready = server !== null || (status !== null && hasLoadedModel(status.state) && info !== null);
  const hasAdapter = server !== null ? server.adapter.mode !== 'none' : adapter !== null;
  const canStart = ready && hasAdapter && !compare.running && question.trim() !== '';
  const scale = compare.state.sides?.adapter.scale ?? Math.min(adapter?.defaultScale ?? 1, 2);
  const scalable = server === null || server.adapter.scalable;
  const baseSubtitle = server !== null ? (server.modelName ?? t('view.serverModel')) : (info?.modelName ?? '');
  const adapterSubtitle =
    server !== null ? (server.adapter.name ?? '') : adapter !== null ? fileName(adapter.path) : '';
  // The engine of the comparison shown, else (before one) the server a question would be sent to.
  const answeredBy =
    compare.state.engine ??
    (server !== null ? { kind: server.kind, serverId: server.serverId, name: server.name } : null);

  const submit = () => {
    if (canStart) void compare.start(question.trim());
  };

  return (
    <div hidden={!active} className="flex min-h-0 flex-1 flex-col">
      <div className="mx-auto flex min-h-0 w-full max-w-6xl flex-1 flex-col gap-4 p-6">
        <div>
          <h2 className="text-lg font-semibold text-slate-900 dark:text-slate-50">{t('view.title')}</h2>
          <p className="text-sm text-muted">{t('view.intro')}</p>
        </div>
        {!ready ? (
          <Unavailable message={t('view.noModel')} onOpenSettings={onOpenSettings} />
        ) : !hasAdapter ? (
          <Unavailable
            message={server !== null ? t('view.serverNoAdapter', { name: server.name }) : t('view.noAdapter')}
            onOpenSettings={onOpenSettings}
          />
        ) : (
          <>
            <form
              className="flex items-end gap-2"
              onSubmit={(event) => {
                event.preventDefault();
                submit();
              }}
            >
              <label htmlFor="compare-question" className="sr-only">
                {t('view.questionLabel')}
              </label>
              <textarea
                id="compare-question"
                data-testid="compare-question"
                value={question}
                maxLength={LIMITS.messageChars}
                rows={2}
                onChange={(event) => setQuestion(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
                    event.preventDefault();
                    submit();
                  }
                }}
                placeholder={t('view.questionPlaceholder')}
                className="min-h-12 flex-1 resize-none rounded-xl border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus:border-teal-600 focus:outline-none dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
              />
              {compare.running ? (
                <Button data-testid="compare-stop-both" onClick={compare.stopBoth}>
                  <StopIcon />
                  {t('view.stopBoth')}
                </Button>
              ) : (
                <Button type="submit" variant="primary" data-testid="compare-start" disabled={!canStart}>
                  {t('view.compare')}
                </Button>
              )}
            </form>
            {compare.state.error !== null && <ErrorBanner message={compare.state.error} />}
            <CompareEngineNote engine={answeredBy} />
            <div className="flex min-h-0 flex-1 flex-col gap-4 md:flex-row">
              <CompareColumn
                view={sideView(compare.state, 'base')}
                title={t('view.base')}
                subtitle={baseSubtitle}
                onStop={() => compare.stop('base')}
              />
              <CompareColumn
                view={sideView(compare.state, 'adapter')}
                title={
                  scalable
                    ? t('view.adapter', {
                        scale: fmt.number(scale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
                      })
                    : t('view.adapterOn')
                }
                subtitle={adapterSubtitle}
                onStop={() => compare.stop('adapter')}
              />
            </div>
          </>
        )}
      </div>
    </div>
  );
}
