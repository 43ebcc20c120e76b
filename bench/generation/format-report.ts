// Renders the generation benchmark's report as plain-text tables.
import type { IntervalStats } from './interval-stats';
import { VARIANT_LABELS, type GenerationBenchReport, type Summary, type VariantId } from './report';

/** Columns padded to their widest cell; the first column left-aligned, the others right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

export function formatNumber(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

export function formatSummaryCell(s: Summary, digits = 1): string {
  if (!Number.isFinite(s.median)) return '–';
  return `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
}

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '–';
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GiB` : `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
}

const ORDER: VariantId[] = ['app', 'rawChat', 'rawEvaluate', 'llamaBench'];

function throughputTable(report: GenerationBenchReport): string {
  const rows: string[][] = [];
  for (const id of ORDER) {
    const v = report.variants[id];
    if (!v) continue;
    const promptTokens = [...new Set(v.promptTokens)].join('/');
    rows.push([
      VARIANT_LABELS[id],
      promptTokens,
      formatSummaryCell(v.promptTokensPerSecond),
      formatSummaryCell(v.generationTokensPerSecond),
    ]);
    if (v.host) {
      rows.push([
        '  measured inside the host',
        '',
        formatSummaryCell(v.host.promptTokensPerSecond),
        formatSummaryCell(v.host.generationTokensPerSecond),
      ]);
    }
  }
  return formatTable(['tokens/s, median (min–max)', 'prompt tokens', 'prompt eval', 'generation'], rows);
}

function intervalRow(label: string, s: IntervalStats | undefined): string[] | null {
  if (!s) return null;
  return [
    label,
    String(s.count),
    formatNumber(s.medianMs),
    formatNumber(s.p95Ms),
    formatNumber(s.maxMs),
    String(s.stalls),
  ];
}

function intervalTable(report: GenerationBenchReport): string {
  const { app, rawChat, rawEvaluate } = report.variants;
  const rows = [
    intervalRow('app: host delta arriving in main', app?.intervals.main),
    intervalRow('app: chat:delta at the bridge (coalesced)', app?.intervals.bridge),
    intervalRow('raw LlamaChatSession (onToken)', rawChat?.intervals.process),
    intervalRow('raw evaluate loop', rawEvaluate?.intervals.process),
  ].filter((row): row is string[] => row !== null);
  return formatTable(['per-token interval, ms', 'n', 'median', 'p95', 'max', '> 50 ms'], rows);
}

function turnsTable(report: GenerationBenchReport): string {
  const rows = report.turns.map((t) => [
    String(t.turn),
    formatNumber(t.ttftMs, 0),
    formatNumber(t.hostTtftMs, 0),
    t.promptTokens === null ? '–' : String(t.promptTokens),
    String(t.evaluatedTokens),
    t.reevaluatedShare === null ? '–' : `${(t.reevaluatedShare * 100).toFixed(1)}%`,
  ]);
  return formatTable(['turn', 'TTFT ms', 'host TTFT ms', 'prompt tokens', 'evaluated', 're-evaluated'], rows);
}

/** Issue 7's bar (app path ≥ 0.97× raw node-llama-cpp) and goal (≥ 0.9× llama-bench), by generation speed. */
export const GENERATION_TARGETS = [
  { label: 'app / raw LlamaChatSession', min: 0.97, kind: 'target' },
  { label: 'app / llama-bench', min: 0.9, kind: 'goal' },
] as const;

export function targetLines(report: GenerationBenchReport): string[] {
  return GENERATION_TARGETS.flatMap(({ label, min, kind }) => {
    const row = report.ratios.find((r) => r.label === label);
    if (!row || !Number.isFinite(row.generation)) return [];
    const verdict = row.generation >= min ? 'PASS' : 'FAIL';
    return [`${kind}: generation ${label} ≥ ${min}: ${formatNumber(row.generation, 3)} ${verdict}`];
  });
}

/** Says at which depth llama-bench's generation is compared, and what its depth-0 figure would give. */
function depthNote(report: GenerationBenchReport): string[] {
  const atZero = report.llamaBenchGenerationAtDepthZero;
  const app = report.variants.app?.generationTokensPerSecond.median;
  if (!atZero || !report.variants.llamaBench) return [];
  return [
    `  generation compared after the prompt (-d ${report.promptTokensTarget}), as the app generates; ` +
      `into an empty context llama-bench gives ${formatNumber(atZero.median, 2)} tok/s ` +
      `(app / that ${app === undefined ? '–' : formatNumber(app / atZero.median, 3)})`,
  ];
}

export function formatReport(report: GenerationBenchReport): string {
  const v = report.variants;
  const ratios = formatTable(
    ['ratio of medians', 'generation', 'prompt eval'],
    report.ratios.map((r) => [r.label, formatNumber(r.generation, 3), formatNumber(r.prompt, 3)]),
  );
  const memory = [
    `model host ${formatBytes(report.hostPeakRssBytes)}`,
    `raw LlamaChatSession ${formatBytes(v.rawChat?.peakRssBytes)}`,
    `raw evaluate ${formatBytes(v.rawEvaluate?.peakRssBytes)}`,
    `model file ${formatBytes(report.model.fileBytes)}`,
    report.hostPeakRssBytes === null
      ? null
      : `host / file ${formatNumber(report.hostPeakRssBytes / report.model.fileBytes, 2)}×`,
  ].filter((part) => part !== null);
  return [
    `model: ${report.model.path} (${formatBytes(report.model.fileBytes)})`,
    `threads: ${report.threads}, context: ${report.contextSize ?? '–'}, prompt: ~${report.promptTokensTarget} tokens, ` +
      `new tokens: ${report.maxTokens}, runs: ${report.runs} (+1 warm-up discarded)` +
      `${(report.rounds ?? 1) > 1 ? ` × ${report.rounds} rounds in turn, pooled` : ''}, ` +
      `sampling: temperature ${report.sampling.temperature}, top_p ${report.sampling.topP}` +
      (report.pauseBetweenQuestionsMs ? `, app questions ${report.pauseBetweenQuestionsMs} ms apart` : ''),
    report.llamaBenchCommand
      ? `llama-bench: ${report.llamaBenchCommand}${report.llamaBenchError ? `\n  → ${report.llamaBenchError}` : ''}`
      : 'llama-bench: not run (pass --llama-bench PATH)',
    ...depthNote(report),
    '',
    throughputTable(report),
    '',
    ratios,
    ...targetLines(report),
    '',
    intervalTable(report),
    '',
    `Time to first token, one conversation of ${report.turns.length} turns (app path):`,
    turnsTable(report),
    '',
    `Peak RSS (VmHWM): ${memory.join(' · ')}`,
    ...hostRssLine(report),
  ].join('\n');
}

/** Where the host's memory is: anonymous (repacked weights, KV cache) vs file-backed (the mapped GGUF). */
function hostRssLine(report: GenerationBenchReport): string[] {
  const rss = report.hostRss;
  if (!rss) return [];
  return [
    `Host RSS at the end: ${formatBytes(rss.rss)} = anonymous ${formatBytes(rss.anon)} + file-backed ${formatBytes(rss.file)}` +
      ` (+ shared memory) · anonymous / file ${formatNumber(rss.anon / report.model.fileBytes, 2)}×`,
  ];
}
