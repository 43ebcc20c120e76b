// What `ask` checks before anything is loaded or sent, as chat checks it: the scope guard (with the app's
// 'ask' | 'strict' | 'off' modes and "ask anyway"), and the safety notices decided from the question alone.
// A declined question goes nowhere: no model is loaded and no server is asked.
import { ApiError } from '../../preload/contract/envelope';
import { SAFETY_NOTICE_TEXT, type SafetyNoticeKind } from '../../preload/contract/safety-notices';
import { scopeGuardModeSchema, type ScopeGuardMode } from '../../preload/contract/schemas';
import { ScopeGate } from '../services/chat/scope-gate';
import { assessSafety } from '../services/safety';
import { createScopeGuard, type ScopeDecision } from '../services/scope';
import { CliError } from './cli-error';

/** Exit code of a question the scope guard declined (0 answered, 1 failed, 2 bad usage). */
export const DECLINED_EXIT_CODE = 3;

export type QuestionCheck =
  | { outcome: 'answer'; notices: SafetyNoticeKind[] }
  | { outcome: 'declined'; decision: ScopeDecision; canAskAnyway: boolean; notices: SafetyNoticeKind[] };

export function parseScopeGuardMode(raw: string | undefined): ScopeGuardMode {
  if (raw === undefined) return 'ask';
  const parsed = scopeGuardModeSchema.safeParse(raw);
  if (!parsed.success) throw new CliError(`--scope-guard must be one of ask, strict, off (got "${raw}")`, 2);
  return parsed.data;
}

/** The scope verdict and the notices for a typed question (never the grounded prompt, as in chat). */
export function checkQuestion(question: string, options: { mode: ScopeGuardMode; askAnyway: boolean }): QuestionCheck {
  const gate = new ScopeGate(createScopeGuard(), { get: () => ({ scopeGuard: options.mode }) });
  let verdict: ReturnType<ScopeGate['check']>;
  try {
    verdict = gate.check(question, { overridden: false, askAnyway: options.askAnyway });
  } catch (error) {
    if (error instanceof ApiError) throw new CliError(error.message, 2);
    throw error;
  }
  // Safety is decided independently of scope: a declined question keeps its notices.
  const { notices } = assessSafety(question);
  if (verdict.verdict === 'answer') return { outcome: 'answer', notices };
  return { outcome: 'declined', decision: verdict.decision, canAskAnyway: verdict.canAskAnyway, notices };
}

/** The notices as printed above a text answer (on stderr, so stdout carries only the answer). */
export function noticesText(notices: readonly SafetyNoticeKind[]): string {
  return notices
    .map((kind) => {
      const { title, body } = SAFETY_NOTICE_TEXT[kind];
      return `notice: ${title}. ${body}\n`;
    })
    .join('');
}

/** Reports a declined question (stdout JSON with --json, else stderr lines) and returns its exit code. */
export function reportDeclined(check: Extract<QuestionCheck, { outcome: 'declined' }>, json: boolean): number {
  const { decision, canAskAnyway, notices } = check;
  if (json) {
    const { label, score, reason } = decision;
    process.stdout.write(`${JSON.stringify({ declined: true, label, score, reason, canAskAnyway, notices })}\n`);
    return DECLINED_EXIT_CODE;
  }
  const way = canAskAnyway
    ? 'Add --ask-anyway to answer it all the same.'
    : 'The scope guard is strict (--scope-guard strict), so it is not answered.';
  process.stderr.write(
    noticesText(notices) +
      `declined: this question looks outside medical and health education. ${decision.reason} ${way}\n`,
  );
  return DECLINED_EXIT_CODE;
}
