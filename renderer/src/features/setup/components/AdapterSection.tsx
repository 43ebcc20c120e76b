// The medical adapter on the setup screen: on by default, where it comes from (the repository commit
// pinned in the app, or the source URL the user set) and how its files are checked.
import type { CatalogEntryView } from '../../../../../preload/contract/features/downloads';
import { Badge } from '../../../components/ui/Badge';
import { Button } from '../../../components/ui/Button';
import { TermTip } from '../../../components/ui/TermTip';
import { Trans, useTranslation } from '../../../i18n';
import { formatBytes } from '../state/downloads';
import { entrySummary } from '../state/entryText';
import { AdapterSourceField } from './AdapterSourceField';

export interface AdapterSectionProps {
  adapter: CatalogEntryView;
  checked: boolean;
  onChecked(checked: boolean): void;
  /** The source URL the user set (null: the default source). */
  overrideUrl: string | null;
  busy: boolean;
  onSaveSource(url: string | null): Promise<boolean>;
}

const code = <code className="break-all" />;

function SourceLine({ adapter, overrideUrl }: { adapter: CatalogEntryView; overrideUrl: string | null }) {
  const { t } = useTranslation('setup');
  const pinned = adapter.defaultSource;
  if (overrideUrl !== null) {
    return (
      <Trans
        t={t}
        i18nKey={pinned ? 'adapter.sourceOverridePinned' : 'adapter.sourceOverride'}
        values={{ url: overrideUrl }}
        components={[code]}
      />
    );
  }
  if (pinned === null) return <>{t('adapter.sourceNone')}</>;
  return (
    <Trans
      t={t}
      i18nKey="adapter.sourcePinned"
      values={{ repo: pinned.repoUrl, commit: pinned.revision.slice(0, 7), folder: pinned.folder }}
      components={[code]}
    />
  );
}

export function AdapterSection({ adapter, checked, onChecked, overrideUrl, busy, onSaveSource }: AdapterSectionProps) {
  const { t } = useTranslation('setup');
  const hasDefault = adapter.defaultSource !== null;
  const checkedByBlobId = hasDefault || adapter.verification === 'git-blob';
  return (
    <section aria-labelledby="setup-adapter-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <h3 id="setup-adapter-heading" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          {t('adapter.heading')}
        </h3>
        {hasDefault && <Badge tone="info">{t('adapter.recommended')}</Badge>}
        {/* Last in the row: its explanation takes a line of its own under the heading. */}
        <TermTip term="lora" />
      </div>
      <label className="flex items-start gap-2 text-sm text-slate-800 dark:text-slate-200">
        <input
          type="checkbox"
          data-testid="setup-with-adapter"
          checked={checked}
          onChange={(event) => onChecked(event.target.checked)}
          aria-describedby={checked ? 'setup-adapter-source' : undefined}
          className="mt-0.5 accent-teal-700"
        />
        <span>
          {t('adapter.alsoDownload', { size: formatBytes(adapter.sizeBytes) })} {entrySummary(t, adapter)}
        </span>
      </label>
      {checked && (
        <>
          <div className="text-xs text-slate-600 dark:text-slate-300">
            <p id="setup-adapter-source" data-testid="setup-adapter-source" className="inline">
              <SourceLine adapter={adapter} overrideUrl={overrideUrl} />
            </p>{' '}
            {checkedByBlobId && <TermTip term="gitBlob" />}
          </div>
          {overrideUrl !== null && hasDefault && (
            <div>
              <Button
                size="sm"
                variant="ghost"
                data-testid="setup-adapter-default"
                disabled={busy}
                onClick={() => void onSaveSource(null)}
              >
                {t('adapter.useDefault')}
              </Button>
            </div>
          )}
          {hasDefault ? (
            <details className="text-sm text-slate-700 dark:text-slate-300">
              <summary data-testid="setup-adapter-other-source" className="cursor-pointer text-xs">
                {t('adapter.otherSource')}
              </summary>
              <div className="mt-2">
                <AdapterSourceField
                  key={overrideUrl ?? ''}
                  value={overrideUrl}
                  hasDefault
                  busy={busy}
                  onSave={onSaveSource}
                />
              </div>
            </details>
          ) : (
            <AdapterSourceField
              key={overrideUrl ?? ''}
              value={overrideUrl}
              hasDefault={false}
              busy={busy}
              onSave={onSaveSource}
            />
          )}
        </>
      )}
    </section>
  );
}
