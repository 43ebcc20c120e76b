// `ask --server URL`: one answer from an OpenAI-compatible server through the app's own RemoteEngine, after the
// same scope check and notices as this computer's model (made by the caller before anything is sent).
import type { SafetyNoticeKind } from '../../preload/contract/safety-notices';
import { EngineUnsupportedError } from '../services/engine';
import type { GenerateRequest, GenerateResult } from '../services/model-host';
import { neutralizeTurnMarkers, type ProfileId, type SamplingSettings } from '../services/prompt-profiles';
import { checkServerUrl, RemoteEngine, RemoteEngineError, type RemoteErrorCode } from '../services/remote-engine';
import { citationsJson, citationsText, groundWithCards, type CardsOptions } from './ask-cards';
import { printAnswer, type AskEngineJson } from './ask-output';
import { CliError } from './cli-error';
import type { RemoteServerChoice } from './remote-server-options';

export interface RemoteAskInput {
  choice: RemoteServerChoice;
  question: string;
  /** --profile; absent: the adapter's plain-text profile when an adapter is selected, else the server's template. */
  profile: ProfileId | undefined;
  sampling: SamplingSettings;
  json: boolean;
  /** --cards: ground the answer in that data folder's cards; null without --cards. */
  cards: CardsOptions | null;
  notices: SafetyNoticeKind[];
}

/** Codes that mean the address itself is unusable (bad usage, exit 2); every other failure exits 1. */
const USAGE_CODES: ReadonlySet<RemoteErrorCode> = new Set(['invalid_url', 'tls_required']);

export async function askRemote(input: RemoteAskInput): Promise<number> {
  const { choice, question, json } = input;
  const engine = new RemoteEngine({ server: choice.server, apiKey: choice.apiKey });
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    const health = await engine.health(controller.signal);
    if (!health.ok) {
      const message = health.message ?? `${choice.server.name} cannot answer now.`;
      // The engine's messages point at the app's server settings; here the key comes from --api-key-env.
      const hint = /\bAPI key\b/.test(message) ? ' On the command line the key is read from --api-key-env VAR.' : '';
      throw new CliError(`${message}${hint}`, 1);
    }
    const profile: ProfileId =
      input.profile ?? (choice.loraScale !== null && choice.loraScale > 0 ? 'adapter' : 'template');
    const grounded = input.cards ? await groundWithCards(engine, question, input.cards) : null;
    const request: GenerateRequest = {
      requestId: 'cli',
      sessionKey: 'cli',
      history: [],
      prompt: neutralizeTurnMarkers(grounded?.prompt ?? question),
      profile,
      sampling: input.sampling,
      ...(choice.loraScale === null ? {} : { lora: { scale: choice.loraScale } }),
    };
    let result: GenerateResult;
    try {
      result = await engine.generate(request, {
        signal: controller.signal,
        onDelta: json ? undefined : (text) => process.stdout.write(text),
      });
    } catch (error) {
      if (error instanceof RemoteEngineError) {
        // The part that arrived stays: on stdout already (text), or in the JSON with the error.
        if (json) {
          const failed = { text: error.partialText, stopReason: 'error', error: { code: error.code } };
          process.stdout.write(
            `${JSON.stringify({ ...failed, notices: input.notices, engine: engineJson(engine, choice.loraScale) })}\n`,
          );
        } else if (error.partialText !== '') process.stdout.write('\n');
      }
      throw error;
    }
    printAnswer(
      {
        result,
        notices: input.notices,
        engine: engineJson(engine, choice.loraScale),
        profile: result.profile,
        cardsJson: input.cards ? citationsJson(grounded) : {},
        cardsText: input.cards ? citationsText(grounded) : '',
      },
      json,
    );
    return 0;
  } catch (error) {
    if (error instanceof RemoteEngineError) throw new CliError(error.message, USAGE_CODES.has(error.code) ? 2 : 1);
    if (error instanceof EngineUnsupportedError) throw new CliError(error.message, 1);
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

function engineJson(remote: RemoteEngine, loraScale: number | null): AskEngineJson {
  const { name, modelName, adapter } = remote.describe();
  const { server } = remote;
  return {
    kind: 'remote',
    name,
    url: checkServerUrl(server.baseUrl, { allowLocalNetwork: server.allowLocalNetwork }).root,
    software: server.software,
    model: modelName,
    adapter: adapter.mode === 'none' ? null : { mode: adapter.mode, name: adapter.name, scale: loraScale },
  };
}
