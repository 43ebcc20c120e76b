// Radio list of the catalog's models (Q4_K_M by default), with size, compression, how the download is checked
// and install state; the technical terms have a "what is this?" tip each, outside the radio's label so they
// are not read as part of its name.
import type { CatalogEntryView } from '../../../../../preload/contract/features/downloads';
import { Badge } from '../../../components/ui/Badge';
import { TermTip } from '../../../components/ui/TermTip';
import { useTranslation } from '../../../i18n';
import { formatBytes } from '../state/downloads';
import { entrySummary, VERIFICATION_KEYS, VERIFICATION_TERMS } from '../state/entryText';

export interface ModelChoiceProps {
  models: CatalogEntryView[];
  selected: string | null;
  onSelect(entryId: string): void;
}

export function ModelChoice({ models, selected, onSelect }: ModelChoiceProps) {
  const { t } = useTranslation('setup');
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="sr-only">{t('model.legend')}</legend>
      {models.map((entry) => {
        const verificationTerm = VERIFICATION_TERMS[entry.verification];
        const size = formatBytes(entry.sizeBytes);
        return (
          <div
            key={entry.id}
            data-testid={`setup-choice-${entry.id}`}
            className={`flex flex-col gap-1 rounded-xl border p-3 transition-colors ${
              selected === entry.id
                ? 'border-teal-600 bg-teal-50/60 dark:border-teal-500 dark:bg-teal-950/30'
                : 'border-slate-200 bg-white hover:border-slate-300 dark:border-slate-700 dark:bg-slate-800/60'
            }`}
          >
            <label className="flex cursor-pointer gap-3">
              <input
                type="radio"
                name="setup-model"
                value={entry.id}
                checked={selected === entry.id}
                onChange={() => onSelect(entry.id)}
                className="mt-1 accent-teal-700"
              />
              <span className="flex min-w-0 flex-1 flex-col gap-0.5">
                <span className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900 dark:text-slate-100">
                  {entry.name}
                  {entry.isDefault && <Badge tone="info">{t('model.recommended')}</Badge>}
                  {entry.inUse ? (
                    <Badge tone="success">{t('model.inUse')}</Badge>
                  ) : (
                    entry.progress.state === 'installed' && <Badge tone="success">{t('model.installed')}</Badge>
                  )}
                </span>
                <span className="text-xs text-slate-600 dark:text-slate-300">{entrySummary(t, entry)}</span>
              </span>
            </label>
            <p data-testid="setup-choice-facts" className="pl-7 text-xs text-muted tabular-nums">
              {entry.approximate ? t('model.approximateSize', { size }) : size}
              {entry.quantization !== null && (
                <>
                  {' · '}
                  {t('model.quantization', { name: entry.quantization })}{' '}
                  <TermTip term="quantization" name={entry.quantization} />
                </>
              )}
              {' · '}
              {t(VERIFICATION_KEYS[entry.verification])}
              {verificationTerm !== null && (
                <>
                  {' '}
                  <TermTip term={verificationTerm} />
                </>
              )}
              {entry.license ? ` · ${entry.license}` : ''}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
