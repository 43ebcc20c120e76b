// One cold start in a fresh process (run by bench/cold-start.ts): imports the services, opens the app on a copied
// data folder whose settings name a model, lists the history and opens the newest conversation while the model
// loads in the background, then asks a new question as soon as the model is ready. Prints one JSON line of
// milliseconds since this process started (performance.now()), so module loading counts as it does at launch.
import { parseArgs } from 'node:util';
import type { EventChannel, EventPayload } from '../preload/contract/channels';

export interface ColdStartTimes {
  /** The services' modules imported. */
  imported: number;
  /** createApp returned: database open, services ready, model load started. */
  servicesReady: number;
  /** The history listed (conversations:list) and the newest conversation opened (messages:list). */
  historyListed: number;
  conversationOpened: number;
  conversations: number;
  /** The model's status became ready. */
  modelReady: number;
  /** First token of a new question asked the moment the model was ready. */
  firstToken: number;
  /** Time to first token of a second new question right after (nothing cold left): the steady-state figure. */
  warmTimeToFirstToken: number;
}

const { values } = parseArgs({ options: { data: { type: 'string' }, question: { type: 'string' } } });
const dataDir = values.data ?? '';
const question = values.question ?? 'What is hypokalemia and how does it change the ECG?';

const marks: { modelReady?: number; firstToken?: number; deltas: number; done: Set<string> } = {
  deltas: 0,
  done: new Set(),
};
const { createApp } = await import('../main/services/app/create-app');
const { ForkHostLauncher } = await import('../main/services/model-host');
const imported = performance.now();

const app = createApp({
  dataDir,
  launcher: new ForkHostLauncher(),
  events: {
    emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
      const now = performance.now();
      if (channel === 'model:status' && (payload as { state: string }).state === 'ready') marks.modelReady ??= now;
      if (channel === 'chat:done') marks.done.add((payload as { requestId: string }).requestId);
      if (channel === 'chat:delta') {
        marks.firstToken ??= now;
        marks.deltas += 1;
      }
    },
  },
  pickFile: async () => null,
  version: '0.0.0-bench',
  threadCalibration: false,
});
const servicesReady = performance.now();

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const envelope = await app.dispatcher.dispatch(channel, payload);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}

async function until(done: () => boolean, what: string, timeoutMs = 600_000): Promise<void> {
  const started = performance.now();
  while (!done()) {
    if (performance.now() - started > timeoutMs) throw new Error(`no ${what} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

try {
  const list = await call<{ id: number }[]>('conversations:list', {});
  const historyListed = performance.now();
  if (list[0]) await call('messages:list', { conversationId: list[0].id });
  const conversationOpened = performance.now();
  if (app.model.getStatus().state === 'ready') marks.modelReady ??= performance.now();
  await until(() => marks.modelReady !== undefined, 'ready model');
  const ask = async (text: string): Promise<number> => {
    const before = marks.deltas;
    const asked = performance.now();
    const sent = await call<{ outcome: string; requestId?: string }>('chat:send', { conversationId: null, text });
    if (sent.outcome !== 'answering' || !sent.requestId)
      throw new Error(`the question was not answered: ${sent.outcome}`);
    await until(() => marks.deltas > before, 'first token');
    const firstToken = performance.now();
    await call('chat:stop', { requestId: sent.requestId });
    // The next question is refused until the stopped answer is saved.
    await until(() => marks.done.has(sent.requestId ?? ''), 'stopped answer');
    return firstToken - asked;
  };
  await ask(question);
  const warmTimeToFirstToken = await ask(`And ${question.charAt(0).toLowerCase()}${question.slice(1)}`);
  const times: ColdStartTimes = {
    imported,
    servicesReady,
    historyListed,
    conversationOpened,
    conversations: list.length,
    modelReady: marks.modelReady ?? NaN,
    firstToken: marks.firstToken ?? NaN,
    warmTimeToFirstToken,
  };
  console.log(JSON.stringify(times));
} finally {
  await app.close();
}
