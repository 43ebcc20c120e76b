// A fake llama-server on 127.0.0.1 for the UI specs: ready, one model, the medical adapter as --lora 0, and
// answers that stream slowly (so Stop lands mid-answer) or break off (a server gone mid-answer).
import {
  completionStream,
  chatStream,
  FakeOpenAiServer,
  sendJson,
  sseEvent,
  streamReply,
  type StreamStep,
} from '../../support/fake-openai-server';

export const CLASSROOM_MODEL = 'gemma-class.gguf';

/** Words of the slow answer; one per event. */
const WORDS = 'Hypokalemia is a serum potassium below 3.5 mmol/L, often from diuretics, vomiting or diarrhoea. '
  .repeat(8)
  .split(/(?<= )/);

function completionPiece(text: string): string {
  const base = { id: 'cmpl-e2e', object: 'text_completion', created: 1, model: CLASSROOM_MODEL };
  return sseEvent({ ...base, choices: [{ text, index: 0, logprobs: null, finish_reason: null }] });
}

function chatPiece(content: string): string {
  const base = { id: 'chatcmpl-e2e', object: 'chat.completion.chunk', created: 1, model: CLASSROOM_MODEL };
  return sseEvent({ ...base, choices: [{ index: 0, delta: { content }, finish_reason: null }] });
}

export type AnswerMode = 'slow' | 'drop';

/** The answer, one word per `pauseMs`; 'drop' cuts the connection after a few words. */
function answerSteps(piece: (text: string) => string, mode: AnswerMode, pauseMs: number): StreamStep[] {
  const words = mode === 'drop' ? WORDS.slice(0, 4) : WORDS;
  const steps: StreamStep[] = [];
  for (const word of words) steps.push(piece(word), { delayMs: pauseMs });
  if (mode === 'drop') steps.push({ destroy: true });
  return steps;
}

export async function startClassroomServer(
  options: { mode?: AnswerMode; pauseMs?: number } = {},
): Promise<FakeOpenAiServer> {
  const mode = options.mode ?? 'slow';
  const pauseMs = options.pauseMs ?? 250;
  const fake = await FakeOpenAiServer.start();
  fake.on('GET /health', (_request, res) => sendJson(res, 200, { status: 'ok' }));
  fake.on('GET /v1/models', (_request, res) =>
    sendJson(res, 200, { object: 'list', data: [{ id: CLASSROOM_MODEL, object: 'model' }] }),
  );
  fake.on('GET /lora-adapters', (_request, res) =>
    sendJson(res, 200, [{ id: 0, path: '/srv/adapters/medical.lora.gguf', scale: 1 }]),
  );
  const finish = mode === 'slow' ? [completionStream([], { finishReason: 'stop' })] : [];
  fake.on('POST /v1/completions', streamReply([...answerSteps(completionPiece, mode, pauseMs), ...finish]));
  const chatFinish = mode === 'slow' ? [chatStream([], { finishReason: 'stop' })] : [];
  fake.on('POST /v1/chat/completions', streamReply([...answerSteps(chatPiece, mode, pauseMs), ...chatFinish]));
  return fake;
}

/** Adds `fake` in Settings as llama-server with the medical adapter as --lora 0; returns the server's id. */
export async function addClassroomServer(
  harness: { call(channel: string, payload: unknown): Promise<unknown> },
  fake: FakeOpenAiServer,
  name: string,
): Promise<string> {
  const added = (await harness.call('servers:add', {
    server: {
      name,
      baseUrl: fake.url,
      software: 'llama-server',
      model: null,
      adapter: { mode: 'llama-server-lora', id: 0 },
      allowLocalNetwork: false,
    },
  })) as { id: string };
  return added.id;
}
