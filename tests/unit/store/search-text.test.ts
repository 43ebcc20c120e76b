// LIKE escaping and snippet building used by the interim conversation search.
import { describe, expect, it } from 'vitest';
import { containsLikePattern, makeSnippet } from '../../../main/services/store/search-text';

describe('containsLikePattern', () => {
  it('escapes wildcards and the escape character', () => {
    expect(containsLikePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});

describe('makeSnippet', () => {
  it('returns short text whole, on one line', () => {
    expect(makeSnippet('Loop  of\nHenle', 'henle')).toBe('Loop of Henle');
  });

  it('cuts around the match with ellipses', () => {
    const text = `${'a'.repeat(100)} MATCH ${'b'.repeat(300)}`;
    const snippet = makeSnippet(text, 'match');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('MATCH');
  });

  it('treats regex characters in the query literally', () => {
    expect(makeSnippet(`${'x'.repeat(100)} (a+b)*c`, '(a+b)*c')).toContain('(a+b)*c');
  });

  it('never splits a surrogate pair at the edges', () => {
    // The odd 'x'/'y' shift both cut points onto the middle of an emoji.
    const text = `${'🫀'.repeat(60)}xneedley${'🫁'.repeat(80)}`;
    const snippet = makeSnippet(text, 'needle');
    expect(snippet).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('falls back to the start when the query is not found', () => {
    expect(makeSnippet('Heart failure', 'zzz')).toBe('Heart failure');
  });
});
