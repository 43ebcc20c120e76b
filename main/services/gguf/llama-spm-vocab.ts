// Builds a llama (SentencePiece, byte-fallback) vocabulary in the layout llama.cpp expects.

import { LlamaTokenType } from './gguf-types';

/** The SentencePiece word-boundary marker (U+2581), which llama.cpp renders as a space. */
export const SPM_SPACE = '\u2581';

export interface LlamaVocab {
  readonly tokens: readonly string[];
  readonly scores: readonly number[];
  readonly tokenTypes: readonly number[];
  readonly unknownId: number;
  readonly bosId: number;
  readonly eosId: number;
  readonly paddingId: number;
  readonly addBosToken: boolean;
  readonly addEosToken: boolean;
}

export interface LlamaSpmVocabOptions {
  /** Words to make single tokens; every ▁-prefixed prefix is added too, so SPM merges can reach them. */
  readonly words?: readonly string[];
  /** Pad with synthetic word pieces up to this many tokens (e.g. 32000 for a TinyLlama-sized vocab). */
  readonly padToSize?: number;
}

const UNKNOWN_ID = 0;
const BOS_ID = 1;
const EOS_ID = 2;

/**
 * Layout, like Llama 2 / TinyLlama: <unk>, <s>, </s>, the 256 byte-fallback tokens <0x00>..<0xFF>,
 * then "▁", single printable ASCII characters, "▁"+letter, then the words' prefix chains.
 */
export function buildLlamaSpmVocab(options: LlamaSpmVocabOptions = {}): LlamaVocab {
  const tokens: string[] = ['<unk>', '<s>', '</s>'];
  const tokenTypes: number[] = [LlamaTokenType.unknown, LlamaTokenType.control, LlamaTokenType.control];
  const seen = new Set(tokens);
  const add = (piece: string, type: number): void => {
    if (seen.has(piece)) return;
    seen.add(piece);
    tokens.push(piece);
    tokenTypes.push(type);
  };

  for (let byte = 0; byte < 256; byte++) {
    add(`<0x${byte.toString(16).toUpperCase().padStart(2, '0')}>`, LlamaTokenType.byte);
  }
  add(SPM_SPACE, LlamaTokenType.normal);
  for (let code = 0x21; code < 0x7f; code++) add(String.fromCharCode(code), LlamaTokenType.normal);
  for (const letter of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') {
    add(SPM_SPACE + letter, LlamaTokenType.normal);
  }
  for (const word of options.words ?? []) {
    for (let end = 2; end <= word.length; end++) add(SPM_SPACE + word.slice(0, end), LlamaTokenType.normal);
  }
  const target = options.padToSize ?? 0;
  for (let n = 0; tokens.length < target; n++) add(SPM_SPACE + pseudoWord(n), LlamaTokenType.normal);

  // Real SPM scores fall with rank; special and byte tokens score 0.
  const scores = tokenTypes.map((type, id) => (type === LlamaTokenType.normal ? -id : 0));
  return {
    tokens,
    scores,
    tokenTypes,
    unknownId: UNKNOWN_ID,
    bosId: BOS_ID,
    eosId: EOS_ID,
    paddingId: EOS_ID,
    addBosToken: true,
    addEosToken: false,
  };
}

/** A deterministic lowercase letter string for padding index `n` ("aa", "ab", ...). */
function pseudoWord(n: number): string {
  let word = '';
  let rest = n + 26; // start at two letters; single "▁x" pieces already exist
  while (rest > 0) {
    word = String.fromCharCode(0x61 + (rest % 26)) + word;
    rest = Math.floor(rest / 26);
  }
  return word;
}
