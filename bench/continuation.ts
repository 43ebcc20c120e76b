// `npm run bench -- --only continuation [--model FILE | --tinyllama-shaped | --tiny-fixture] [--threads N]
// [--turns N] [--runs N] [--answer-tokens N] [--answer-words N]`: coming back to a conversation after a
// restart. One host holds a conversation of `turns` questions and answers and saves its evaluated state;
// then the next question is timed to its first token (at the host client, IPC included), median of `runs`,
// three ways: in the live host (KV cache in memory), in a fresh host that restores the saved state, and in
// a fresh host without one (the whole history evaluated again). Fresh hosts answer a one-off question
// first, so model pages and threads are warm as in the live host; the first answer of a fresh host is
// reported too. Prints the state file's size per 1,000 tokens and PASS/FAIL for restored ≤ 1.5× live and
// ≥ 5× faster than re-evaluation at 1,500+ tokens.
//
// Only the last answer is sampled (`answer-tokens`); the earlier ones are a stored clinical text of
// `answer-words` words, evaluated as history like any stored answer. Sampling 1,500 tokens takes most of an
// hour on the loaded 2-core machine, and what the bench measures, the evaluated state, is the same.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ForkHostLauncher,
  ModelHostClient,
  type GenerateRequest,
  type GenerateResult,
} from '../main/services/model-host';
import { readManifest } from '../main/services/model-host/state-cache/manifest';
import { renderProfilePrompt, type ChatTurn } from '../main/services/prompt-profiles';
import { FOLLOW_UP_QUESTION, vignetteQuestion } from './generation/bench-prompt';
import { median } from './stats';
import {
  MODEL_CHOICE_OPTIONS,
  modelChoiceFrom,
  positiveInteger,
  resolveModelChoice,
  type ModelChoice,
} from './model-choice';

const LIVE_FACTOR_GOAL = 1.5;
const SPEEDUP_GOAL = 5;
const MIN_GOAL_TOKENS = 1500;
/** Idle saves never fire by themselves here: the bench writes the state once, after the last turn. */
const NEVER_MS = 3_600_000;
const PAUSE_MS = 500;

/**
 * The next question of run i (the same in all three ways). They differ from their first word, so a live
 * run cannot reuse the previous run's question from the KV cache.
 */
const NEXT_QUESTIONS = [
  'Which drugs lower potassium, and how does each of them do it?',
  'How does hypokalemia change the way the kidneys handle bicarbonate?',
  'When does a patient with low potassium need it intravenously?',
  'Why must magnesium be corrected before potassium can rise?',
  'Explain where the U wave on the ECG comes from in hypokalemia.',
];

const nextQuestion = (run: number): string =>
  run < NEXT_QUESTIONS.length
    ? (NEXT_QUESTIONS[run] as string)
    : `${run + 1}. ${NEXT_QUESTIONS[run % NEXT_QUESTIONS.length] as string}`;

export interface ContinuationBenchOptions {
  model: ModelChoice;
  threads: number;
  turns: number;
  runs: number;
  answerTokens: number;
  answerWords: number;
}

export function parseContinuationBenchArgs(args: readonly string[], defaultThreads: number): ContinuationBenchOptions {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      ...MODEL_CHOICE_OPTIONS,
      threads: { type: 'string' },
      turns: { type: 'string' },
      runs: { type: 'string' },
      'answer-tokens': { type: 'string' },
      'answer-words': { type: 'string' },
    },
  });
  return {
    model: modelChoiceFrom(values),
    threads: positiveInteger('threads', values.threads, defaultThreads),
    turns: positiveInteger('turns', values.turns, 10),
    runs: positiveInteger('runs', values.runs, 5),
    answerTokens: positiveInteger('answer-tokens', values['answer-tokens'], 150),
    // ~110 tokens each with the benchmark model's vocabulary: 10 turns then fit its 2,048-token context.
    answerWords: positiveInteger('answer-words', values['answer-words'], 25),
  };
}

interface Timed {
  ms: number;
  result: GenerateResult;
  /** The host's own time for checking and loading the saved state (its log line); null without one. */
  restoreMs?: number | null;
}

/** The restore time the host logged for its last restore. */
function restoreMsOf(client: ModelHostClient): number | null {
  const line = client
    .recentLogs(50)
    .reverse()
    .find((text) => /continuation states: restored \d+ of/.test(text));
  const match = line ? / in (\d+) ms/.exec(line) : null;
  return match ? Number(match[1]) : null;
}

/** Client-side time from the request to its first streamed text. */
async function timeToFirstToken(client: ModelHostClient, request: GenerateRequest): Promise<Timed> {
  const startedAt = performance.now();
  let firstAt: number | null = null;
  const result = await client.generate(request, {
    onDelta: () => {
      firstAt ??= performance.now();
    },
  });
  return { ms: (firstAt ?? performance.now()) - startedAt, result };
}

const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, PAUSE_MS));

let requests = 0;

function request(sessionKey: string, history: ChatTurn[], prompt: string, maxTokens: number): GenerateRequest {
  return {
    requestId: `continuation-${++requests}`,
    sessionKey,
    history,
    prompt,
    profile: 'qa',
    sampling: { temperature: 0.7, topP: 0.9, maxTokens },
  };
}

export async function runContinuationBench(args: readonly string[]): Promise<boolean> {
  const options = parseContinuationBenchArgs(args, Math.min(4, os.availableParallelism()));
  const model = await resolveModelChoice(options.model);
  const root = mkdtempSync(join(os.tmpdir(), 'mea-continuation-bench-'));
  const statesDir = join(root, 'conversation-states');
  const started: ModelHostClient[] = [];

  const startHost = async (withStates: boolean): Promise<ModelHostClient> => {
    const client = new ModelHostClient({ launcher: new ForkHostLauncher() });
    started.push(client);
    client.start();
    await client.load({
      modelPath: model.path,
      gpuLayers: 'auto',
      threads: options.threads,
      ...(withStates ? { stateCache: { dir: statesDir, maxBytes: 4 * 1024 ** 3, idleMs: NEVER_MS } } : {}),
    });
    return client;
  };
  const warmUp = (client: ModelHostClient) =>
    client.generate({ ...request('warm-up', [], 'What is anemia?', 2), scratch: true });

  const key = 'conversation';
  const turn11 = (history: ChatTurn[], run: number) => request(key, [...history], nextQuestion(run), 4);
  try {
    // The conversation, in one live host: each turn evaluates the previous answer and the new question.
    const live = await startHost(true);
    const history: ChatTurn[] = [];
    const conversationStarted = performance.now();
    for (let turn = 1; turn <= options.turns; turn++) {
      const prompt = `${FOLLOW_UP_QUESTION} (follow-up ${turn})`;
      const last = turn === options.turns;
      const { text } = await live.generate(request(key, [...history], prompt, last ? options.answerTokens : 1));
      history.push(
        { role: 'user', text: prompt },
        { role: 'assistant', text: last ? text : storedAnswer(turn, options.answerWords) },
      );
    }
    await live.flushStates();
    const [state] = (await readManifest(statesDir)).manifest.entries;
    if (!state) throw new Error('no state was saved after the conversation');
    const rendered = renderProfilePrompt('qa', history, nextQuestion(0)).text;
    const promptTokens = (await live.tokenize(rendered, { bos: true })).length;
    if (state.tokenCount < promptTokens * 0.8) {
      // The library shortened the history to fit the context: there is no whole conversation to restore.
      throw new Error(
        `the conversation (${promptTokens} tokens with the next question) outgrew the context ` +
          `(${live.getStatus().modelInfo?.contextSize ?? '?'} tokens): lower --answer-words or --turns`,
      );
    }
    console.log(
      `continuation: ${model.label}, threads ${options.threads}: ${options.turns} turns (answers of ` +
        `${options.answerWords} stored words, the last of up to ${options.answerTokens} sampled tokens) in ` +
        `${seconds(performance.now() - conversationStarted)}; ` +
        `saved state: ${state.tokenCount} tokens, ${megabytes(state.bytes)} ` +
        `(${megabytes((state.bytes / state.tokenCount) * 1000)} per 1,000 tokens)`,
    );

    const liveRuns: Timed[] = [];
    for (let run = 0; run < options.runs; run++) {
      await pause();
      // The live session drops the previous run's turn (its history differs) and reuses the rest.
      liveRuns.push(await timeToFirstToken(live, turn11(history, run)));
    }
    await live.dispose();

    const restoredRuns: Timed[] = [];
    const coldRuns: Timed[] = [];
    const reevaluatedRuns: Timed[] = [];
    for (let run = 0; run < options.runs; run++) {
      // Fresh hosts never write the state (no idle save, killed at the end): every run restores the same file.
      const restoring = await startHost(true);
      await warmUp(restoring);
      await pause();
      const restored = await timeToFirstToken(restoring, turn11(history, run));
      restoredRuns.push({ ...restored, restoreMs: restoreMsOf(restoring) });
      await restoring.dispose();

      const cold = await startHost(true);
      coldRuns.push(await timeToFirstToken(cold, turn11(history, run)));
      await cold.dispose();

      const plain = await startHost(false);
      await warmUp(plain);
      await pause();
      reevaluatedRuns.push(await timeToFirstToken(plain, turn11(history, run)));
      await plain.dispose();
    }

    const unrestored = [...restoredRuns, ...coldRuns].filter((run) => !run.result.restoredTokens);
    if (unrestored.length > 0) throw new Error(`${unrestored.length} fresh-host runs did not restore the state`);
    const liveMs = median(liveRuns.map((run) => run.ms));
    const restoredMs = median(restoredRuns.map((run) => run.ms));
    const coldMs = median(coldRuns.map((run) => run.ms));
    const reevaluatedMs = median(reevaluatedRuns.map((run) => run.ms));
    const evaluated = (runs: Timed[]) => median(runs.map((run) => run.result.evaluatedTokens));
    const restoredTokens = median(restoredRuns.map((run) => run.result.restoredTokens ?? 0));
    const restoreMs = median(restoredRuns.map((run) => run.restoreMs ?? Number.NaN));
    const contextTokens = evaluated(reevaluatedRuns);
    console.log(
      `continuation: time to first token of turn ${options.turns + 1} (${contextTokens} prompt tokens), median of ` +
        `${options.runs}: live ${seconds(liveMs)} (${evaluated(liveRuns)} tokens evaluated); restored ` +
        `${seconds(restoredMs)} (${restoredTokens} restored in ${Math.round(restoreMs)} ms, ` +
        `${evaluated(restoredRuns)} evaluated); re-evaluated ` +
        `${seconds(reevaluatedMs)} (${contextTokens} evaluated); restored as a fresh host's first answer ${seconds(coldMs)}`,
    );
    const liveFactor = restoredMs / liveMs;
    const speedup = reevaluatedMs / restoredMs;
    const longEnough = contextTokens >= MIN_GOAL_TOKENS;
    const pass = liveFactor <= LIVE_FACTOR_GOAL && speedup >= SPEEDUP_GOAL && longEnough;
    console.log(
      `continuation: restored = ${liveFactor.toFixed(2)}× live (goal ≤ ${LIVE_FACTOR_GOAL}×), ` +
        `${speedup.toFixed(1)}× faster than re-evaluation (goal ≥ ${SPEEDUP_GOAL}×) at ${contextTokens} tokens` +
        `${longEnough ? '' : ` (under the goal's ${MIN_GOAL_TOKENS}: raise --answer-words)`} — ` +
        `${pass ? 'PASS' : 'FAIL'}; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} cores`,
    );
    const spread = (runs: Timed[]) =>
      runs.map((run) => `${(run.ms / 1000).toFixed(2)} s/${run.result.evaluatedTokens}`).join(', ');
    console.log(
      `continuation: runs (time to first token/tokens evaluated): live ${spread(liveRuns)}; restored ` +
        `${spread(restoredRuns)}; first answer ${spread(coldRuns)}; re-evaluated ${spread(reevaluatedRuns)}`,
    );
    return pass;
  } finally {
    await Promise.all(started.map((client) => client.dispose().catch(() => {})));
    rmSync(root, { recursive: true, force: true });
  }
}

/** A stored answer: the clinical vignette's words, rotated per turn so no two answers are the same text. */
function storedAnswer(turn: number, words: number): string {
  const text = vignetteQuestion(words + turn * 7).split(' ');
  return text.slice(turn * 7).join(' ');
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
