// Streaming Markdown split: finished blocks never change as text is appended; fences and indents stay whole.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitStableBlocks } from '../../../renderer/src/features/chat/state/markdownBlocks';

describe('splitStableBlocks', () => {
  it('renderer.blocks.split: paragraphs split at blank lines; the unfinished part is the tail', () => {
    expect(splitStableBlocks('One\n\nTwo\n\nThr')).toEqual({ stable: ['One', 'Two'], tail: 'Thr' });
    expect(splitStableBlocks('One\n\n')).toEqual({ stable: [], tail: 'One\n\n' });
    expect(splitStableBlocks('')).toEqual({ stable: [], tail: '' });
  });

  it('renderer.blocks.fences-indents: code fences and indented continuations are never split', () => {
    const fenced = '```\ncode\n\nmore\n```\n\nAfter';
    expect(splitStableBlocks(fenced)).toEqual({ stable: ['```\ncode\n\nmore\n```'], tail: 'After' });
    const list = '1. Renin\n\n    Released by JG cells\n\n2. Angiotensin';
    expect(splitStableBlocks(list)).toEqual({
      stable: ['1. Renin\n\n    Released by JG cells'],
      tail: '2. Angiotensin',
    });
  });

  it('renderer.blocks.append-stable: blocks found in a prefix are unchanged in any longer text', () => {
    const piece = fc.constantFrom('Word ', '\n', '\n\n', '- item', '```', '    code', '1. x', '| a | b |', '~~~', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(), (pieces, cut) => {
        const full = pieces.join('');
        const prefix = full.slice(0, full.length === 0 ? 0 : cut % (full.length + 1));
        const before = splitStableBlocks(prefix).stable;
        const after = splitStableBlocks(full).stable;
        expect(after.slice(0, before.length)).toEqual(before);
      }),
      { numRuns: 500 },
    );
  });
});
