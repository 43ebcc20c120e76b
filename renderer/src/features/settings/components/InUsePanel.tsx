// "In use" facts about the loaded model, straight from ModelStatus.modelInfo.
import type { ModelStatus } from '../../../../../preload/contract/schemas';
import { formatMemory, formatNumber } from '../../../lib/format';
import { BACKEND_LABELS, MODEL_STATE_LABELS, PROFILE_LABELS } from '../../model/labels';

/** "1.2 GB used of 8.0 GB", or a dash on the CPU backend (no VRAM to speak of). */
export function vramText(used: number | null, total: number | null): string {
  if (total === null || total === 0) return '—';
  return `${formatMemory(used ?? 0)} used of ${formatMemory(total)}`;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function Row({ label, value, title }: { label: string; value: string; title?: string }) {
  return (
    <div className="flex justify-between gap-4 py-1.5">
      <dt className="text-muted">{label}</dt>
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
  const info = status?.modelInfo ?? null;
  return (
    <section
      data-testid="in-use-panel"
      aria-labelledby="in-use-heading"
      className="rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-700 dark:bg-slate-800/60"
    >
      <h3 id="in-use-heading" className="mb-2 text-sm font-semibold text-slate-900 dark:text-slate-100">
        In use
      </h3>
      {info === null ? (
        <p className="text-sm text-muted">
          {status === null ? 'Checking…' : `${MODEL_STATE_LABELS[status.state]}.`} No model is loaded.
        </p>
      ) : (
        <dl className="divide-y divide-slate-100 text-sm dark:divide-slate-700/70">
          <Row label="Model" value={info.modelName} />
          {info.architecture !== null && <Row label="Architecture" value={info.architecture} />}
          <Row label="Backend" value={BACKEND_LABELS[info.backend]} />
          <Row
            label="GPU"
            value={info.gpuDeviceNames.length > 0 ? info.gpuDeviceNames.join(', ') : 'None (CPU only)'}
          />
          <Row label="VRAM" value={vramText(info.vramUsedBytes, info.vramTotalBytes)} />
          <Row label="Layers on GPU" value={`${info.gpuLayers} / ${info.totalLayers}`} />
          <Row label="Threads" value={String(info.threads)} />
          <Row label="Context size" value={`${formatNumber(info.contextSize)} tokens`} />
          <Row
            label="Prompt profile"
            value={status !== null && status.profile !== null ? PROFILE_LABELS[status.profile] : '—'}
          />
          <Row label="Chat template" value={info.hasChatTemplate ? 'Present' : 'None'} />
          <Row
            label="LoRA adapter"
            value={info.loraPath !== null ? baseName(info.loraPath) : 'None'}
            title={info.loraPath ?? 'None'}
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
