// Compare screen: one question, answered by the base model and by base + adapter side by side,
// both streaming at once from the one loaded model. Answers are not saved.
import { useState } from 'react';
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

export interface CompareViewProps {
  active: boolean;
  status: ModelStatus | null;
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

export function CompareView({ active, status, onOpenSettings }: CompareViewProps) {
  const api = useApi();
  const { t } = useTranslation('compare');
  const fmt = useFormatters();
  const compare = useCompare(api);
  const [question, setQuestion] = useState('');
  const info = status?.modelInfo ?? null;
  const adapter = status?.adapter ?? null;
  const ready = status !== null && hasLoadedModel(status.state) && info !== null;
  const canStart = ready && adapter !== null && !compare.running && question.trim() !== '';
  const scale = compare.state.sides?.adapter.scale ?? Math.min(adapter?.defaultScale ?? 1, 2);

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
        ) : adapter === null ? (
          <Unavailable message={t('view.noAdapter')} onOpenSettings={onOpenSettings} />
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
            <div className="flex min-h-0 flex-1 flex-col gap-4 md:flex-row">
              <CompareColumn
                view={sideView(compare.state, 'base')}
                title={t('view.base')}
                subtitle={info.modelName}
                onStop={() => compare.stop('base')}
              />
              <CompareColumn
                view={sideView(compare.state, 'adapter')}
                title={t('view.adapter', {
                  scale: fmt.number(scale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
                })}
                subtitle={fileName(adapter.path)}
                onStop={() => compare.stop('adapter')}
              />
            </div>
          </>
        )}
      </div>
    </div>
  );
}
