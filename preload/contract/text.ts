// One string schema for text that comes from the user or the file system: capped length with a
// readable message, and no characters that break storage, search or file APIs further down.
import { z } from 'zod';

// An unpaired UTF-16 surrogate is not a character: SQLite, FTS5 and UTF-8 files would store it as
// garbage (or U+FFFD), so what the user sees later would differ from what was saved.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why the text cannot be accepted, or null when it is well-formed. */
export function malformedTextReason(text: string): string | null {
  // NUL ends strings in C APIs (file paths, llama.cpp prompts) and is never typed on purpose.
  if (text.includes('\u0000')) return 'contains a NUL character';
  if (LONE_SURROGATE.test(text)) return 'contains an unpaired surrogate (invalid Unicode)';
  return null;
}

/** Well-formed text of at most `max` characters (UTF-16 units, as String.length counts them). */
export function textSchema(max: number, options: { min?: number; trim?: boolean } = {}) {
  const base = options.trim ? z.string().trim() : z.string();
  const bounded = base.max(max, `too long (max ${max} characters)`);
  const sized = options.min === undefined ? bounded : bounded.min(options.min, minMessage(options.min));
  return sized.superRefine((text, context) => {
    const reason = malformedTextReason(text);
    if (reason) context.addIssue({ code: 'custom', message: reason });
  });
}

function minMessage(min: number): string {
  return min === 1 ? 'must not be empty' : `too short (min ${min} characters)`;
}
