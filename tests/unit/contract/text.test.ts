// The shared text schema: readable length messages, and no NUL or unpaired surrogates.
import { describe, expect, it } from 'vitest';
import { malformedTextReason, textSchema } from '../../../preload/contract/text';

function firstMessage(schema: ReturnType<typeof textSchema>, value: unknown): string | undefined {
  return schema.safeParse(value).error?.issues[0]?.message;
}

describe('malformedTextReason', () => {
  it('accepts ordinary text, emoji (surrogate pairs), tabs and newlines', () => {
    for (const text of ['', 'What is hypokalemia?', 'Schilddrüse 🫀 心臓', 'line 1\n\tline 2\r\n']) {
      expect(malformedTextReason(text)).toBeNull();
    }
  });

  it('names NUL characters and unpaired surrogates anywhere in the text', () => {
    expect(malformedTextReason('a\u0000b')).toBe('contains a NUL character');
    for (const text of ['\uD800', 'x\uDBFF', '\uDC00x', 'a\uDFFFb', '🫀\uD83D', '\uDC00\uD800']) {
      expect(malformedTextReason(text)).toBe('contains an unpaired surrogate (invalid Unicode)');
    }
  });
});

describe('textSchema', () => {
  it('says how long text may be', () => {
    expect(firstMessage(textSchema(8000), 'q'.repeat(8001))).toBe('too long (max 8000 characters)');
    expect(textSchema(8000).parse('q'.repeat(8000))).toHaveLength(8000);
  });

  it('trims and requires content when asked', () => {
    const title = textSchema(10, { trim: true, min: 1 });
    expect(title.parse('  Renal  ')).toBe('Renal');
    expect(firstMessage(title, '   ')).toBe('must not be empty');
    expect(firstMessage(textSchema(10, { min: 3 }), 'ab')).toBe('too short (min 3 characters)');
  });

  it('refuses malformed text and non-strings', () => {
    expect(firstMessage(textSchema(100), 'bad\uD800')).toBe('contains an unpaired surrogate (invalid Unicode)');
    expect(firstMessage(textSchema(100), 'bad\u0000')).toBe('contains a NUL character');
    expect(textSchema(100).safeParse(42).success).toBe(false);
  });
});
