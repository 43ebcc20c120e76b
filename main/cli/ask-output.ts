// How `ask` ends an answer, the same for this computer's model and a server: with --json one object on stdout
// (the answer, its figures, the safety notices and which engine answered), else the text already streamed to
// stdout, the cards used, and one summary line on stderr.
import type { SafetyNoticeKind } from '../../preload/contract/safety-notices';
import type { GenerateResult } from '../services/model-host';
import type { ProfileId } from '../services/prompt-profiles';

/** Which engine answered, as `ask --json` reports it. */
export type AskEngineJson =
  | { kind: 'local'; name: string; model: string; adapter: string | null }
  | {
      kind: 'remote';
      name: string;
      url: string;
      software: string;
      model: string | null;
      /** How the adapter was asked for: llama-server's --lora index and scale; null when none. */
      adapter: { mode: string; name: string | null; scale: number | null } | null;
    };

export interface AskAnswer {
  result: GenerateResult;
  notices: readonly SafetyNoticeKind[];
  engine: AskEngineJson;
  profile: ProfileId;
  /** The cards part of the JSON (grounding, citations); empty without --cards. */
  cardsJson: Record<string, unknown>;
  /** The lines listing the cards used, after a text answer; '' without --cards. */
  cardsText: string;
}

export function printAnswer(answer: AskAnswer, json: boolean): void {
  const { result, notices, engine, profile } = answer;
  if (json) {
    const { text, tokens, tokensPerSecond, stopReason } = result;
    const object = { text, tokens, tokensPerSecond, stopReason, notices, engine, ...answer.cardsJson };
    process.stdout.write(`${JSON.stringify(object)}\n`);
    return;
  }
  process.stdout.write('\n');
  process.stdout.write(answer.cardsText);
  const who =
    engine.kind === 'local' ? engine.model : `Remote: ${engine.name}${engine.model ? ` · ${engine.model}` : ''}`;
  const firstToken =
    engine.kind === 'remote' && result.timeToFirstTokenMs !== null
      ? ` · first token after ${Math.round(result.timeToFirstTokenMs)} ms`
      : '';
  process.stderr.write(
    `[${who} · ${profile} · ${result.tokens} tokens · ${result.tokensPerSecond.toFixed(1)} tok/s${firstToken} · ${result.stopReason}]\n`,
  );
}
