// `scope "question"` / `scope --jsonl FILE`: the offline scope guard's decision, with the safety notices
// the question needs (decided regardless of scope), as one JSON line per question.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { assessSafety } from '../../services/safety';
import { BlankQuestionError, createScopeGuard, type ScopeClassifier } from '../../services/scope';
import { CliError } from '../cli-error';

export const SCOPE_USAGE = `  scope "question" | scope --jsonl FILE
      Decides offline whether a question is medical: prints {"label", "score", "reason", "notices"} per question
      (--jsonl: one line per input line with a "q" field; a blank question gives {"error", "line"} and exit 2).`;

function decide(guard: ScopeClassifier, question: string): string {
  const { label, score, reason } = guard.classify(question);
  return JSON.stringify({ label, score, reason, notices: assessSafety(question).notices });
}

function runJsonl(guard: ScopeClassifier, path: string): number {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`cannot read ${path}`, 2);
  }
  let blank = false;
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.trim().length === 0) return;
    const number = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CliError(`${path} line ${number}: not valid JSON`, 2);
    }
    const question = (value as { q?: unknown } | null)?.q;
    if (typeof question !== 'string') throw new CliError(`${path} line ${number}: needs a "q" string field`, 2);
    try {
      process.stdout.write(`${decide(guard, question)}\n`);
    } catch (error) {
      if (!(error instanceof BlankQuestionError)) throw error;
      blank = true;
      process.stdout.write(`${JSON.stringify({ error: error.message, line: number })}\n`);
    }
  });
  return blank ? 2 : 0;
}

export async function runScope(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { jsonl: { type: 'string' } },
    allowPositionals: true,
  });
  const guard = createScopeGuard();
  if (values.jsonl !== undefined) {
    if (positionals.length > 0) throw new CliError('give either a question or --jsonl FILE, not both', 2);
    return runJsonl(guard, values.jsonl);
  }
  if (positionals.length !== 1) throw new CliError('scope needs one question in quotes (or --jsonl FILE)', 2);
  try {
    process.stdout.write(`${decide(guard, positionals[0] as string)}\n`);
  } catch (error) {
    if (error instanceof BlankQuestionError) throw new CliError(error.message, 2);
    throw error;
  }
  return 0;
}
