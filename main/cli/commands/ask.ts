// `ask`: loads a model (and optional LoRA) in a forked model host and streams one answer; with --cards,
// grounded in the cards of an app data folder as chat grounds it.
import { parseArgs } from 'node:util';
import { CliError } from '../cli-error';
import { withCliModel } from '../cli-model';
import type { GenerateResult } from '../../services/model-host';
import { ModelFileError, validateModelFiles } from '../../services/model/validate-model-files';
import {
  DEFAULT_SAMPLING,
  defaultProfileFor,
  neutralizeTurnMarkers,
  type ProfileId,
} from '../../services/prompt-profiles';
import { checkCardsOptions, citationsJson, citationsText, groundWithCards } from '../ask-cards';
import { parseGpuLayers, parseNumberOption } from '../options';

const PROFILES: readonly ProfileId[] = ['adapter', 'template', 'qa'];

export async function runAsk(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      model: { type: 'string' },
      lora: { type: 'string' },
      profile: { type: 'string' },
      json: { type: 'boolean', default: false },
      temperature: { type: 'string' },
      'top-p': { type: 'string' },
      'max-tokens': { type: 'string' },
      threads: { type: 'string' },
      'gpu-layers': { type: 'string' },
      cards: { type: 'boolean', default: false },
      deck: { type: 'string' },
      'data-dir': { type: 'string' },
    },
  });
  if (!values.cards && (values.deck !== undefined || values['data-dir'] !== undefined)) {
    throw new CliError('--deck and --data-dir go with --cards (answer from the cards of that data folder)', 2);
  }
  const question = positionals.join(' ').trim();
  if (!values.model) throw new CliError('missing --model FILE.gguf', 2);
  if (!question) throw new CliError('missing the question, e.g. ask --model M.gguf "What is hypokalemia?"', 2);
  const profileChoice = values.profile;
  if (profileChoice !== undefined && !PROFILES.includes(profileChoice as ProfileId)) {
    throw new CliError(`--profile must be one of ${PROFILES.join(', ')}`, 2);
  }
  const sampling = {
    temperature: parseNumberOption('--temperature', values.temperature, DEFAULT_SAMPLING.temperature, 0, 2),
    topP: parseNumberOption('--top-p', values['top-p'], DEFAULT_SAMPLING.topP, 0.01, 1),
    maxTokens: Math.round(parseNumberOption('--max-tokens', values['max-tokens'], DEFAULT_SAMPLING.maxTokens, 1, 4096)),
  };
  const threads =
    values.threads === undefined ? undefined : Math.round(parseNumberOption('--threads', values.threads, 1, 1, 256));
  const gpuLayers = parseGpuLayers(values['gpu-layers']);

  try {
    await validateModelFiles(values.model, values.lora ?? null);
  } catch (error) {
    if (error instanceof ModelFileError) throw new CliError(error.message, 2);
    throw error;
  }

  const cardsOptions = { dataDir: values['data-dir'], deck: values.deck };
  if (values.cards) await checkCardsOptions(cardsOptions);

  const config = { modelPath: values.model, loraPath: values.lora ?? null, gpuLayers, threads };
  return withCliModel(config, async (host, info, signal) => {
    const profile =
      (profileChoice as ProfileId | undefined) ??
      defaultProfileFor({ hasLora: Boolean(info.loraPath), hasChatTemplate: info.hasChatTemplate });
    const grounded = values.cards ? await groundWithCards(host, question, cardsOptions) : null;
    const prompt = grounded?.prompt ?? question;
    const result: GenerateResult = await host.generate(
      { requestId: 'cli', sessionKey: 'cli', history: [], prompt: neutralizeTurnMarkers(prompt), profile, sampling },
      { signal: signal, onDelta: values.json ? undefined : (text) => process.stdout.write(text) },
    );
    if (values.json) {
      const { text, tokens, tokensPerSecond, stopReason } = result;
      const cards = values.cards ? citationsJson(grounded) : {};
      process.stdout.write(`${JSON.stringify({ text, tokens, tokensPerSecond, stopReason, ...cards })}\n`);
    } else {
      process.stdout.write('\n');
      if (values.cards) process.stdout.write(citationsText(grounded));
      process.stderr.write(
        `[${info.modelName} · ${profile} · ${result.tokens} tokens · ${result.tokensPerSecond.toFixed(1)} tok/s · ${result.stopReason}]\n`,
      );
    }
    return 0;
  });
}
