// "In use" facts about the loaded model, straight from ModelStatus.modelInfo.
import type { ReactNode } from 'react';
import type { ModelStatus } from '../../../../../preload/contract/schemas';
import { TermTip } from '../../../components/ui/TermTip';
import { useFormatters, useTranslation, type TFunction } from '../../../i18n';
import { formatMemory } from '../../../lib/format';
import { BACKEND_LABELS, PROFILE_LABELS } from '../../model/labels';

/** "1.2 GB used of 8.0 GB", or a dash on the CPU backend (no VRAM to speak of). */
export function vramText(t: TFunction<'settings'>, used: number | null, total: number | null): string {
  if (total === null || total === 0) return '—';
  return t('inUse.vramUsed', { used: formatMemory(used ?? 0), total: formatMemory(total) });
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function Row({ label, value, title, tip }: { label: string; value: string; title?: string; tip?: ReactNode }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 py-1.5">
      <dt className="text-muted">
        {label}
        {tip !== undefined && <> {tip}</>}
      </dt>
      <dd
        className="min-w-0 text-right font-medium break-words text-slate-900 dark:text-slate-100"
        title={title ?? value}
      >
        {value}
      </dd>
    </div>
  );
}

export function InUsePanel({ status }: { status: ModelStatus | null }) {
  const { t } = useTranslation('settings');
  const fmt = useFormatters();
  const info = status?.modelInfo ?? null;
  return (
    <section
      data-testid="in-use-panel"
      aria-labelledby="in-use-heading"
      className="rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-800/60"
    >
      <h3 id="in-use-heading" className="mb-2 text-sm font-semibold text-slate-900 dark:text-slate-100">
        {t('inUse.title')}
      </h3>
      {info === null ? (
        <p className="text-sm text-muted">
          {status === null
            ? t('inUse.checking')
            : t('inUse.noModel', { state: t(`state.${status.state}`, { ns: 'models' }) })}
        </p>
      ) : (
        <dl className="divide-y divide-slate-100 text-sm dark:divide-slate-700/70">
          <Row label={t('inUse.model')} value={info.modelName} />
          {info.architecture !== null && <Row label={t('inUse.architecture')} value={info.architecture} />}
          <Row label={t('inUse.backend')} value={BACKEND_LABELS[info.backend]} />
          <Row
            label={t('inUse.gpu')}
            value={info.gpuDeviceNames.length > 0 ? info.gpuDeviceNames.join(', ') : t('inUse.noGpu')}
          />
          <Row label={t('inUse.vram')} value={vramText(t, info.vramUsedBytes, info.vramTotalBytes)} />
          <Row
            label={t('inUse.layers')}
            value={t('inUse.layersValue', { layers: info.gpuLayers, total: info.totalLayers })}
            tip={<TermTip term="gpuLayers" />}
          />
          <Row label={t('inUse.threads')} value={fmt.number(info.threads)} />
          <Row
            label={t('inUse.context')}
            value={t('counts.tokens', { ns: 'common', count: info.contextSize })}
            tip={<TermTip term="contextSize" />}
          />
          <Row
            label={t('inUse.profile')}
            value={status !== null && status.profile !== null ? PROFILE_LABELS[status.profile] : '—'}
          />
          <Row label={t('inUse.template')} value={info.hasChatTemplate ? t('inUse.present') : t('inUse.noTemplate')} />
          <Row
            label={t('inUse.lora')}
            value={info.loraPath !== null ? baseName(info.loraPath) : t('inUse.noLora')}
            title={info.loraPath ?? t('inUse.noLora')}
            tip={<TermTip term="lora" />}
          />
        </dl>
      )}
      {info?.gpuFallback != null && (
        <p
          role="status"
          data-testid="gpu-fallback"
          className="mt-3 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
        >
          {info.gpuFallback}
        </p>
      )}
    </section>
  );
}
