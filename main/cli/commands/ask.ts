// `ask`: one answer, from a model loaded in a forked model host (--model) or from an OpenAI-compatible server
// (--server) through the app's RemoteEngine; with --cards, grounded in the cards of an app data folder as chat
// grounds it. Either way the scope guard and the safety notices come first, as in chat: a declined question
// loads no model and sends nothing.
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
  type SamplingSettings,
} from '../../services/prompt-profiles';
import { checkCardsOptions, citationsJson, citationsText, groundWithCards, type CardsOptions } from '../ask-cards';
import { printAnswer } from '../ask-output';
import { askRemote } from '../ask-remote';
import { checkQuestion, noticesText, parseScopeGuardMode, reportDeclined } from '../ask-safeguards';
import { parseGpuLayers, parseNumberOption } from '../options';
import {
  refuseKeyOnCommandLine,
  REMOTE_SERVER_OPTIONS,
  remoteOnlyOptionsGiven,
  remoteServerFrom,
  type RemoteServerChoice,
} from '../remote-server-options';

const PROFILES: readonly ProfileId[] = ['adapter', 'template', 'qa'];

const ASK_OPTIONS = {
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
  'scope-guard': { type: 'string' },
  'ask-anyway': { type: 'boolean', default: false },
  ...REMOTE_SERVER_OPTIONS,
} as const;

function parseAskArgs(argv: string[]) {
  refuseKeyOnCommandLine(argv);
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: ASK_OPTIONS });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error), 2);
  }
}

export async function runAsk(argv: string[]): Promise<number> {
  const { values, positionals } = parseAskArgs(argv);
  if (!values.cards && (values.deck !== undefined || values['data-dir'] !== undefined)) {
    throw new CliError('--deck and --data-dir go with --cards (answer from the cards of that data folder)', 2);
  }
  const remote = values.server !== undefined;
  if (remote && values.model !== undefined) {
    throw new CliError('give either --model (this computer) or --server (a server), not both', 2);
  }
  const localOnly = (['lora', 'threads', 'gpu-layers'] as const).filter((name) => values[name] !== undefined);
  if (remote && localOnly.length > 0) {
    throw new CliError(`--${localOnly.join(', --')} go with --model; the server has its own model and adapter`, 2);
  }
  const remoteOnly = remoteOnlyOptionsGiven(values);
  if (!remote && remoteOnly.length > 0) throw new CliError(`${remoteOnly.join(', ')} go with --server URL`, 2);

  const question = positionals.join(' ').trim();
  if (!remote && !values.model) throw new CliError('missing --model FILE.gguf (or --server URL)', 2);
  if (!question) throw new CliError('missing the question, e.g. ask --model M.gguf "What is hypokalemia?"', 2);
  const profileChoice = values.profile;
  if (profileChoice !== undefined && !PROFILES.includes(profileChoice as ProfileId)) {
    throw new CliError(`--profile must be one of ${PROFILES.join(', ')}`, 2);
  }
  const sampling: SamplingSettings = {
    temperature: parseNumberOption('--temperature', values.temperature, DEFAULT_SAMPLING.temperature, 0, 2),
    topP: parseNumberOption('--top-p', values['top-p'], DEFAULT_SAMPLING.topP, 0.01, 1),
    maxTokens: Math.round(parseNumberOption('--max-tokens', values['max-tokens'], DEFAULT_SAMPLING.maxTokens, 1, 4096)),
  };
  const scopeMode = parseScopeGuardMode(values['scope-guard']);
  // The address (https, or loopback / --local-network) and the key are checked before anything else is done.
  const server: RemoteServerChoice | null = remote ? remoteServerFrom(values) : null;

  let local: LocalSetup | null = null;
  if (server === null) local = await localSetup(values.model as string, values);
  const cardsOptions: CardsOptions = { dataDir: values['data-dir'], deck: values.deck };
  if (values.cards) await checkCardsOptions(cardsOptions);

  const check = checkQuestion(question, { mode: scopeMode, askAnyway: values['ask-anyway'] });
  if (check.outcome === 'declined') return reportDeclined(check, values.json);
  if (!values.json) process.stderr.write(noticesText(check.notices));

  const common = {
    question,
    profile: profileChoice as ProfileId | undefined,
    sampling,
    json: values.json,
    cards: values.cards ? cardsOptions : null,
    notices: check.notices,
  };
  if (server !== null) return askRemote({ ...common, choice: server });
  return askLocal({ ...common, setup: local as LocalSetup });
}

interface LocalSetup {
  modelPath: string;
  loraPath: string | null;
  threads: number | undefined;
  gpuLayers: ReturnType<typeof parseGpuLayers>;
}

async function localSetup(
  modelPath: string,
  values: { lora?: string | undefined; threads?: string | undefined; 'gpu-layers'?: string | undefined },
): Promise<LocalSetup> {
  const threads =
    values.threads === undefined ? undefined : Math.round(parseNumberOption('--threads', values.threads, 1, 1, 256));
  const gpuLayers = parseGpuLayers(values['gpu-layers']);
  try {
    await validateModelFiles(modelPath, values.lora ?? null);
  } catch (error) {
    if (error instanceof ModelFileError) throw new CliError(error.message, 2);
    throw error;
  }
  return { modelPath, loraPath: values.lora ?? null, threads, gpuLayers };
}

async function askLocal(input: {
  setup: LocalSetup;
  question: string;
  profile: ProfileId | undefined;
  sampling: SamplingSettings;
  json: boolean;
  cards: CardsOptions | null;
  notices: ReturnType<typeof checkQuestion>['notices'];
}): Promise<number> {
  const { setup, question, json, cards } = input;
  const config = {
    modelPath: setup.modelPath,
    loraPath: setup.loraPath,
    gpuLayers: setup.gpuLayers,
    threads: setup.threads,
  };
  return withCliModel(config, async (host, info, signal) => {
    const profile =
      input.profile ?? defaultProfileFor({ hasLora: Boolean(info.loraPath), hasChatTemplate: info.hasChatTemplate });
    const grounded = cards ? await groundWithCards(host, question, cards) : null;
    const prompt = grounded?.prompt ?? question;
    const result: GenerateResult = await host.generate(
      {
        requestId: 'cli',
        sessionKey: 'cli',
        history: [],
        prompt: neutralizeTurnMarkers(prompt),
        profile,
        sampling: input.sampling,
      },
      { signal: signal, onDelta: json ? undefined : (text) => process.stdout.write(text) },
    );
    printAnswer(
      {
        result,
        notices: input.notices,
        engine: { kind: 'local', name: 'This computer', model: info.modelName, adapter: info.loraPath ?? null },
        profile,
        cardsJson: cards ? citationsJson(grounded) : {},
        cardsText: cards ? citationsText(grounded) : '',
      },
      json,
    );
    return 0;
  });
}
