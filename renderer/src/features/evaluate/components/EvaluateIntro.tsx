// What the Evaluate view measures, in a few sentences a student can follow.
import { TermTip } from '../../../components/ui/TermTip';
import { Trans, useTranslation } from '../../../i18n';

export function EvaluateIntro() {
  const { t } = useTranslation('evaluate');
  return (
    <div className="flex flex-col gap-1">
      <h2 className="text-lg font-semibold text-slate-900 dark:text-slate-50">{t('intro.title')}</h2>
      <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">
        {/* <1> marks the data file's field names (question, answer), which stay as they are in every language. */}
        <Trans t={t} i18nKey="intro.body" components={[<strong key="0" />, <code key="1" />, <em key="2" />]} />{' '}
        {/* Perplexity and its formula in plain words. */}
        <TermTip term="perplexity" />
      </p>
    </div>
  );
}
