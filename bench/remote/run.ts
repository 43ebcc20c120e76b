// `npm run bench -- --engine remote --server URL [--api-key-env VAR] [--server-model NAME] [--server-lora ID:SCALE]
// [--server-software S] [--local-network] [--runs N] [--tokens T] [--prompt-words W] [--profile P] [--json FILE]`:
// time to first token and generation speed of one server through the app's RemoteEngine and measured directly
// (bare fetch + SSE, the same body), side by side, medians of N runs.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CliError } from '../../main/cli/cli-error';
import { REMOTE_SERVER_OPTIONS, remoteServerFrom, type RemoteServerChoice } from '../../main/cli/remote-server-options';
import { generateRequestSchema, type GenerateRequest } from '../../main/services/model-host/protocol';
import { PROFILE_IDS, type ProfileId } from '../../main/services/prompt-profiles';
import { checkServerUrl, RemoteEngine, type RemoteTimeouts } from '../../main/services/remote-engine';
import { vignetteQuestion } from '../generation/bench-prompt';
import { formatSummaryCell, formatTable } from '../generation/format-report';
import { summarize, type Summary } from '../generation/report';
import { EngineRequestCapture, promptTokenCount } from './engine-request';
import { measureDirect, measureThroughEngine, type TimedAnswer } from './measure';

export const REMOTE_BENCH_USAGE =
  'npm run bench -- --engine remote --server URL [--api-key-env VAR] [--server-model NAME] [--server-lora ID:SCALE] ' +
  '[--server-software llama-server|vllm|ollama|other] [--local-network] [--runs N] [--tokens T] [--prompt-words W] ' +
  '[--profile adapter|template|qa] [--json FILE]';

export interface RemoteBenchOptions {
  choice: RemoteServerChoice;
  runs: number;
  tokens: number;
  promptWords: number;
  profile: ProfileId;
  json: string | null;
}

function positiveInteger(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new CliError(`--${name} must be a positive integer, got "${raw}"`, 2);
  return value;
}

export function parseRemoteBenchArgs(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): RemoteBenchOptions {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      engine: { type: 'string' },
      runs: { type: 'string' },
      tokens: { type: 'string' },
      'prompt-words': { type: 'string' },
      profile: { type: 'string' },
      json: { type: 'string' },
      ...REMOTE_SERVER_OPTIONS,
    },
  });
  if (values.engine !== 'remote') throw new CliError(`--engine takes "remote" (usage: ${REMOTE_BENCH_USAGE})`, 2);
  const choice = remoteServerFrom(values, env);
  const profile = values.profile ?? (choice.loraScale !== null && choice.loraScale > 0 ? 'adapter' : 'template');
  if (!PROFILE_IDS.includes(profile as ProfileId)) {
    throw new CliError(`--profile must be one of ${PROFILE_IDS.join(', ')}`, 2);
  }
  return {
    choice,
    runs: positiveInteger('runs', values.runs, 5),
    tokens: positiveInteger('tokens', values.tokens, 128),
    promptWords: positiveInteger('prompt-words', values['prompt-words'], 80),
    profile: profile as ProfileId,
    json: values.json ?? null,
  };
}

export interface RemoteBenchRun {
  via: 'engine' | 'direct';
  /** The measurement's own question (each is different, also from earlier runs, so no prompt cache serves it). */
  question: string;
  /** Prompt tokens as sent (direct requests to llama-server, from its /tokenize); null otherwise. */
  promptTokens: number | null;
  answer: TimedAnswer;
}

export interface RemoteBenchReport {
  server: { url: string; software: string; model: string | null; adapter: string | null; loraScale: number | null };
  profile: ProfileId;
  runs: number;
  maxTokens: number;
  promptWords: number;
  /** Whether the warm-up answers (same question, greedy) came out the same both ways. */
  warmUpSameText: boolean;
  /** The two warm-up answers (same question both ways). */
  warmUp: { engine: string; direct: string };
  measurements: RemoteBenchRun[];
  engine: { timeToFirstTokenMs: Summary; tokensPerSecond: Summary; tokens: number[] };
  direct: { timeToFirstTokenMs: Summary; tokensPerSecond: Summary; tokens: number[] };
}

export interface MeasureHooks {
  fetch?: typeof fetch;
  timeouts?: Partial<RemoteTimeouts>;
  /** Progress lines (console.error by default). */
  log?: (line: string) => void;
}

/**
 * Warms up once each way with the same question, then measures `runs` answers each way, alternating which goes
 * first; every measured answer has its own question. The direct request is the engine's own body.
 */
export async function measureRemote(options: RemoteBenchOptions, hooks: MeasureHooks = {}): Promise<RemoteBenchReport> {
  const { choice, profile } = options;
  const log = hooks.log ?? ((line: string) => console.error(line));
  const engine = new RemoteEngine({
    server: choice.server,
    apiKey: choice.apiKey,
    ...(hooks.fetch ? { fetch: hooks.fetch } : {}),
    ...(hooks.timeouts ? { timeouts: hooks.timeouts } : {}),
  });
  const health = await engine.health();
  if (!health.ok) throw new CliError(health.message ?? `${choice.server.name} cannot answer now.`, 1);
  const description = engine.describe();
  const root = checkServerUrl(choice.server.baseUrl, { allowLocalNetwork: choice.server.allowLocalNetwork });

  const requestFor = (question: string): GenerateRequest =>
    generateRequestSchema.parse({
      requestId: 'bench',
      sessionKey: 'bench',
      history: [],
      prompt: question,
      profile,
      // Greedy, so both ways produce the same answer and the same number of tokens.
      sampling: { temperature: 0, topP: 0.9, maxTokens: options.tokens },
      ...(choice.loraScale === null ? {} : { lora: { scale: choice.loraScale } }),
    });

  // The direct request sends the engine's own body for the same question, captured beforehand (untimed).
  const capture = new EngineRequestCapture({
    server: choice.server,
    apiKey: choice.apiKey,
    ...(hooks.fetch ? { fetch: hooks.fetch } : {}),
    ...(hooks.timeouts ? { timeouts: hooks.timeouts } : {}),
  });
  await capture.prepare();

  const run = async (via: 'engine' | 'direct', question: string): Promise<RemoteBenchRun> => {
    const request = requestFor(question);
    if (via === 'engine')
      return { via, question, promptTokens: null, answer: await measureThroughEngine(engine, request) };
    const { url, body } = await capture.requestFor(request);
    const direct = { url, body, apiKey: choice.apiKey, ...(hooks.fetch ? { fetch: hooks.fetch } : {}) };
    return { via, question, promptTokens: promptTokenCount(body), answer: await measureDirect(direct) };
  };

  const base = vignetteQuestion(options.promptWords);
  // llama-server keeps earlier prompts in memory (--cache-ram), also those of an earlier bench run.
  const tag = randomBytes(3).toString('hex');
  log(`warming up ${description.name} …`);
  const warmEngine = await run('engine', base);
  const warmDirect = await run('direct', base);
  const measurements: RemoteBenchRun[] = [];
  for (let index = 0; index < options.runs; index++) {
    const order: ('engine' | 'direct')[] = index % 2 === 0 ? ['engine', 'direct'] : ['direct', 'engine'];
    for (const [slot, via] of order.entries()) {
      measurements.push(await run(via, `Case ${tag}-${index * 2 + slot + 1}. ${base}`));
    }
    log(`run ${index + 1}/${options.runs} done`);
  }
  const figures = (via: 'engine' | 'direct') => {
    const answers = measurements.filter((m) => m.via === via).map((m) => m.answer);
    return {
      timeToFirstTokenMs: summarize(
        answers.flatMap((a) => (a.timeToFirstTokenMs === null ? [] : [a.timeToFirstTokenMs])),
      ),
      tokensPerSecond: summarize(answers.map((a) => a.tokensPerSecond)),
      tokens: answers.map((a) => a.tokens),
    };
  };
  return {
    server: {
      url: root.root,
      software: choice.server.software,
      model: description.modelName,
      adapter: description.adapter.name,
      loraScale: choice.loraScale,
    },
    profile,
    runs: options.runs,
    maxTokens: options.tokens,
    promptWords: options.promptWords,
    // The app drops an answer's leading whitespace (as this computer's model does); a bare client keeps it.
    warmUpSameText: warmEngine.answer.text.trimStart() === warmDirect.answer.text.trimStart(),
    warmUp: { engine: warmEngine.answer.text, direct: warmDirect.answer.text },
    measurements,
    engine: figures('engine'),
    direct: figures('direct'),
  };
}

function relative(app: number, direct: number): string {
  if (!Number.isFinite(app) || !Number.isFinite(direct) || direct === 0) return '–';
  const percent = ((app - direct) / direct) * 100;
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(1)}%`;
}

export function formatRemoteReport(report: RemoteBenchReport): string {
  const { server, engine, direct } = report;
  const adapter =
    server.adapter === null ? 'no adapter' : `adapter ${server.adapter} at scale ${server.loraScale ?? '–'}`;
  const promptTokens = [...new Set(report.measurements.map((m) => m.promptTokens).filter((n) => n !== null))];
  const counts = (tokens: number[]) => [...new Set(tokens)].join('/');
  const table = formatTable(
    ['median (min–max)', 'app (RemoteEngine)', 'direct (fetch + SSE)', 'app vs direct'],
    [
      [
        'time to first token, ms',
        formatSummaryCell(engine.timeToFirstTokenMs, 0),
        formatSummaryCell(direct.timeToFirstTokenMs, 0),
        relative(engine.timeToFirstTokenMs.median, direct.timeToFirstTokenMs.median),
      ],
      [
        'generation, tokens/s',
        formatSummaryCell(engine.tokensPerSecond),
        formatSummaryCell(direct.tokensPerSecond),
        relative(engine.tokensPerSecond.median, direct.tokensPerSecond.median),
      ],
      ['tokens generated', counts(engine.tokens), counts(direct.tokens), ''],
    ],
  );
  return [
    `remote engine: ${server.software} at ${server.url} · model ${server.model ?? '(server default)'} · ${adapter} · profile ${report.profile}`,
    `${report.promptWords}-word question${promptTokens.length > 0 ? ` (${promptTokens.join('/')} prompt tokens)` : ''}, ` +
      `up to ${report.maxTokens} tokens, greedy; ${report.runs} runs each way, alternating, each with its own ` +
      `question (no prompt cache), after one warm-up each (same text both ways: ${report.warmUpSameText ? 'yes' : 'NO'})`,
    table,
    report.warmUpSameText
      ? ''
      : 'The warm-up answers differ. The second warm-up asks the same question again, so a server with a prompt ' +
        'cache (llama-server) answers it from cached state, which can flip a near-tie in a greedy answer; the ' +
        'request bodies themselves are the same (--json FILE keeps both answers).',
    promptTokens.length > 0
      ? "The app's time to first token includes the requests it makes to tokenize the prompt (it sends token ids); " +
        'the direct request sends the same ids, obtained beforehand.'
      : '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

export async function runRemoteBench(args: readonly string[]): Promise<void> {
  const options = parseRemoteBenchArgs(args);
  const report = await measureRemote(options);
  console.log(formatRemoteReport(report));
  if (options.json) {
    writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`wrote ${options.json}`);
  }
}
