// The perplexity chart in one sentence, for its aria-label and title (apart from the geometry, which stays free
// of the i18n module so Node-side tests can import it).
import type { TFunction } from '../../../i18n';
import { VARIANT_KEYS, formatPerplexity } from './chartLayout';
import type { PlottedPair } from './evaluateState';

/** One sentence with every plotted value, for the chart's aria-label, in `t`'s language. */
export function chartDescription(t: TFunction<'evaluate'>, pair: PlottedPair, locale?: string): string {
  const [base, adapter] = (['base', 'adapter'] as const).map((variant) => {
    const run = pair[variant];
    const name = t(VARIANT_KEYS[variant]);
    if (!run) return t('chart.notMeasured', { variant: name });
    return t('chart.values', {
      variant: name,
      answer: formatPerplexity(run.answerPerplexity, locale),
      sequence: formatPerplexity(run.sequencePerplexity, locale),
    });
  });
  return t('chart.description', { base, adapter });
}
