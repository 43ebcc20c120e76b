// Reads a labelled scope-guard data file (JSON Lines: {q, label, kind, lang, notices?}), refusing a bad line by
// number.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const LabelledQuestionSchema = z.object({
  q: z.string(),
  label: z.enum(['medical', 'out_of_scope']),
  kind: z.string().min(1),
  lang: z.string().min(1),
  // Expected safety-notice kinds, `[]` for none. Any name is accepted: the sets name kinds the app does not
  // have yet, and those must count as misses rather than make the file unreadable.
  notices: z
    .array(z.string().min(1, 'must be a non-empty kind name'))
    .refine((kinds) => new Set(kinds).size === kinds.length, 'must not repeat a kind')
    .optional(),
});

export type LabelledQuestion = z.infer<typeof LabelledQuestionSchema>;

/** Every item of the file; throws one clear line naming the file and line for anything wrong. */
export function readLabelledQuestions(path: string): LabelledQuestion[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`cannot read data file ${path}`);
  }
  const items: LabelledQuestion[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim().length === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${path} line ${index + 1}: not valid JSON`);
    }
    const parsed = LabelledQuestionSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `${path} line ${index + 1}: ${issue?.path.join('.') || 'item'} ${issue?.message ?? 'is invalid'}`,
      );
    }
    items.push(parsed.data);
  });
  if (items.length === 0) throw new Error(`${path} has no items`);
  return items;
}
