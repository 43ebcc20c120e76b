// What `ask --json` prints, whichever engine answered: one line, one object with exactly these fields.
import { expect } from 'vitest';

export const JSON_ANSWER_FIELDS = ['engine', 'notices', 'stopReason', 'text', 'tokens', 'tokensPerSecond'];

/** Parses `ask --json`'s stdout and checks that it is one object with the answer's fields and no others. */
export function parseJsonAnswer(stdout: string): Record<string, unknown> {
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  const answer = JSON.parse(lines[0] as string) as Record<string, unknown>;
  expect(Object.keys(answer).sort()).toEqual(JSON_ANSWER_FIELDS);
  return answer;
}
