// `perplexity`: scores a JSONL data file of {question, answer} in the adapter's prompt format and
// prints answer-only and whole-sequence perplexity (base model, base + adapter, or both).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CliError } from '../cli-error';
import { withCliModel } from '../cli-model';
import { parseGpuLayers, parseNumberOption } from '../options';
import { ProgressBar } from '../progress-bar';
import { EvaluationDataError, readEvaluationDataset, type EvaluationDataset } from '../../services/evaluation/dataset';
import { scoreItem } from '../../services/evaluation/item-scorer';
import { scoreDataset, type DatasetScore } from '../../services/evaluation/score-dataset';
import type { EvaluationVariant } from '../../services/evaluation/types';
import { ModelFileError, validateModelFiles } from '../../services/model/validate-model-files';

export const PERPLEXITY_USAGE = `  perplexity --model M.gguf --data FILE.jsonl [--lora L.gguf [--lora-scale S] [--compare]] [--json]
      Perplexity of the model on {"question", "answer"} lines in the adapter's prompt format: over the
      answer tokens only and over the whole sequence (prompt too, like the model card's figure).
      Without --lora: the base model; with --lora: base + adapter; --compare: both, base first.
      Progress on stderr. Options: --threads N  --gpu-layers auto|off|N`;

interface VariantReport {
  variant: EvaluationVariant;
  adapterPath: string | null;
  adapterScale: number | null;
  items: number;
  seconds: number;
  tokensPerSecond: number;
  answerPerplexity: number;
  sequencePerplexity: number;
  answerTokens: number;
  sequenceTokens: number;
  /** exp(mean over items of each item's mean NLL): Hugging Face Trainer's eval_loss with one item per batch. */
  itemAveraged: { answerPerplexity: number; sequencePerplexity: number };
}

export async function runPerplexity(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      model: { type: 'string' },
      lora: { type: 'string' },
      'lora-scale': { type: 'string' },
      data: { type: 'string' },
      compare: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      threads: { type: 'string' },
      'gpu-layers': { type: 'string' },
    },
  });
  if (positionals.length > 0) throw new CliError(`unexpected argument "${positionals[0]}"`, 2);
  if (!values.model) throw new CliError('missing --model FILE.gguf', 2);
  if (!values.data) throw new CliError('missing --data FILE.jsonl (lines of {"question", "answer"})', 2);
  const dataPath = values.data;
  const loraPath = values.lora ?? null;
  if (values.compare && !loraPath) throw new CliError('--compare needs --lora (it scores base and base + adapter)', 2);
  if (values['lora-scale'] !== undefined && !loraPath) throw new CliError('--lora-scale needs --lora', 2);
  const loraScale = parseNumberOption('--lora-scale', values['lora-scale'], 1, 0, 4);
  const threads =
    values.threads === undefined ? undefined : Math.round(parseNumberOption('--threads', values.threads, 1, 1, 256));
  const gpuLayers = parseGpuLayers(values['gpu-layers']);
  const variants: EvaluationVariant[] = !loraPath ? ['base'] : values.compare ? ['base', 'adapter'] : ['adapter'];

  let dataset: EvaluationDataset;
  try {
    await validateModelFiles(values.model, loraPath);
    dataset = await readEvaluationDataset(values.data);
  } catch (error) {
    if (error instanceof ModelFileError || error instanceof EvaluationDataError) throw new CliError(error.message, 2);
    throw error;
  }

  return withCliModel(
    { modelPath: values.model, loraPath, loraScale, gpuLayers, threads },
    async (host, info, signal) => {
      const reports: VariantReport[] = [];
      for (const variant of variants) {
        const lora = variant === 'adapter' ? { scale: loraScale } : null;
        const bar = new ProgressBar(process.stderr, variant === 'base' ? 'base' : 'base + adapter');
        let score: DatasetScore;
        try {
          score = await scoreDataset(dataset.items, (item, signal) => scoreItem(host, item, lora, signal), {
            signal: signal,
            now: Date.now,
            onProgress: (p) => bar.update(p.itemsDone, p.itemsTotal, `${p.tokensPerSecond.toFixed(0)} tok/s`),
          });
        } finally {
          bar.finish();
        }
        reports.push({
          variant,
          adapterPath: lora ? loraPath : null,
          adapterScale: lora ? lora.scale : null,
          items: score.totals.items,
          seconds: score.seconds,
          tokensPerSecond: score.tokensPerSecond,
          ...score.totals.figures(),
          itemAveraged: score.totals.itemAveraged(),
        });
      }
      if (values.json) {
        const output = {
          model: info.modelName,
          modelPath: values.model,
          data: values.data,
          dataSha256: dataset.sha256,
          runs: reports,
        };
        process.stdout.write(`${JSON.stringify(output)}\n`);
      } else {
        process.stdout.write(`${info.modelName} on ${path.basename(dataPath)} (${dataset.items.length} items)\n`);
        for (const report of reports) process.stdout.write(formatReport(report));
      }
      return 0;
    },
  );
}

function formatReport(report: VariantReport): string {
  const name =
    report.variant === 'base'
      ? 'base model'
      : `base + adapter ${path.basename(report.adapterPath ?? '')} (scale ${report.adapterScale})`;
  return [
    `${name}:`,
    `  answer-only perplexity     ${report.answerPerplexity.toFixed(4)}  (${report.answerTokens} tokens)`,
    `  whole-sequence perplexity  ${report.sequencePerplexity.toFixed(4)}  (${report.sequenceTokens} tokens)`,
    `  item-averaged              answer ${report.itemAveraged.answerPerplexity.toFixed(4)}, sequence ${report.itemAveraged.sequencePerplexity.toFixed(4)}`,
    `  ${report.items} items · ${report.seconds.toFixed(1)} s · ${report.tokensPerSecond.toFixed(1)} tok/s`,
    '',
  ].join('\n');
}
