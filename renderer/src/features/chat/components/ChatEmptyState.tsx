// What an empty chat shows: the ways to get a model first, or three example questions (a click asks one).
import type { ModelStatus } from '../../../../../preload/contract/schemas';
import { Button } from '../../../components/ui/Button';
import { BookIcon, SettingsIcon } from '../../../components/ui/icons';
import { useFormatters, useTranslation } from '../../../i18n';
import { hasLoadedModel } from '../../model/labels';
import { EXAMPLE_QUESTIONS } from '../state/exampleQuestions';

/** The recommended model's download, rounded as the sentence says it ("about 670 MB"). */
const RECOMMENDED_DOWNLOAD_MB = 670;

export interface ChatEmptyStateProps {
  status: ModelStatus | null;
  onOpenSettings: () => void;
  /** Opens Models, where the recommended model downloads once. */
  onOpenModels: () => void;
  /** Asks the question (or, while no model is ready, puts it in the composer). */
  onPickExample: (text: string) => void;
  /** A server answers this chat: the local model's state does not matter to it. */
  remote?: boolean;
}

export function ChatEmptyState({
  status,
  onOpenSettings,
  onOpenModels,
  onPickExample,
  remote = false,
}: ChatEmptyStateProps) {
  const { t } = useTranslation('chat');
  const fmt = useFormatters();
  const busy = !remote && (status === null || status.state === 'loading' || status.state === 'starting');
  const noModel = !remote && status !== null && !busy && status.modelInfo === null && !hasLoadedModel(status.state);

  // Reached on first run after "Skip for now": both ways to get a model, and what works without one.
  if (noModel) {
    return (
      <div className="mx-auto flex max-w-md flex-col items-center gap-3 px-6 py-16 text-center" data-testid="no-model">
        <div className="rounded-full bg-teal-50 p-3 text-teal-700 dark:bg-teal-950 dark:text-teal-300">
          <SettingsIcon width={24} height={24} />
        </div>
        <h2 className="text-lg font-semibold text-slate-900 dark:text-slate-100">{t('empty.noModel.title')}</h2>
        <p className="text-sm leading-relaxed text-slate-600 dark:text-slate-300">
          {t('empty.noModel.body', {
            size: fmt.number(RECOMMENDED_DOWNLOAD_MB, { style: 'unit', unit: 'megabyte' }),
          })}
        </p>
        {status.message !== null && status.message !== '' && (
          <p className="text-xs text-slate-600 dark:text-slate-300">
            {t('empty.noModel.lastAttempt', { message: status.message })}
          </p>
        )}
        <div className="flex flex-wrap justify-center gap-2">
          <Button variant="primary" data-testid="no-model-download" onClick={onOpenModels}>
            {t('empty.noModel.download')}
          </Button>
          <Button variant="secondary" data-testid="no-model-file" onClick={onOpenSettings}>
            {t('empty.noModel.useFile')}
          </Button>
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-300">{t('empty.noModel.meanwhile')}</p>
      </div>
    );
  }

  return (
    <div className="mx-auto flex max-w-2xl flex-col items-center gap-4 px-6 py-16 text-center">
      <div className="rounded-full bg-teal-50 p-3 text-teal-700 dark:bg-teal-950 dark:text-teal-300">
        <BookIcon width={24} height={24} />
      </div>
      <h2 className="text-lg font-semibold text-slate-900 dark:text-slate-100">{t('empty.title')}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">{busy ? t('empty.loading') : t('empty.prompt')}</p>
      <ul className="grid w-full gap-2 sm:grid-cols-3" data-testid="example-questions">
        {EXAMPLE_QUESTIONS.map((key) => {
          const example = t(`empty.examples.${key}`);
          return (
            <li key={key}>
              <button
                type="button"
                data-testid="example-question"
                onClick={() => onPickExample(example)}
                className="h-full w-full rounded-xl border border-slate-200 bg-white px-4 py-3 text-left text-sm text-slate-700 transition-colors hover:border-teal-600 hover:bg-teal-50/50 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-700 dark:bg-slate-800/60 dark:text-slate-200 dark:hover:border-teal-400 dark:hover:bg-slate-800"
              >
                {example}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
