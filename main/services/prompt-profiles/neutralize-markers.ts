// Removes chat-markup turn markers from user text so it cannot forge turns or a system prompt.

// Characters that may hide inside a marker without changing how it reads: whitespace and invisibles.
const GAP = '[\\s\\u00AD\\u200B-\\u200F\\u2060-\\u2064\\uFEFF]*';

/** A word whose letters may be split by GAP characters ("start_of_turn" → "s<gap>t<gap>a…"). */
function spaced(word: string): string {
  return [...word].map((char) => char.replace(/[|[\]/\\^$.*+?(){}]/g, '\\$&')).join(GAP);
}

const NAMED_TAGS = ['start_of_turn', 'end_of_turn', 's', 'bos', 'eos', 'eot'];

/**
 * Every known marker family:
 * - Gemma/adapter `<start_of_turn>` / `<end_of_turn>`, `<s>` / `</s>`, `<bos>` / `<eos>`;
 * - any `<|name|>`: Zephyr `<|system|>`/`<|user|>`/`<|assistant|>`, ChatML `<|im_start|>`/`<|im_end|>`,
 *   Llama 3 `<|eot_id|>`/`<|start_header_id|>`, `<|endoftext|>`…;
 * - Llama 2 `[INST]` / `[/INST]` and `<<SYS>>` / `<</SYS>>`.
 */
const MARKER = new RegExp(
  [
    `<${GAP}/?${GAP}(?:${NAMED_TAGS.map(spaced).join('|')})${GAP}>`,
    `<${GAP}\\|${GAP}[\\w-](?:${GAP}[\\w-])*${GAP}\\|${GAP}>`,
    `\\[${GAP}/?${GAP}${spaced('INST')}${GAP}\\]`,
    `<${GAP}<${GAP}/?${GAP}${spaced('SYS')}${GAP}>${GAP}>`,
  ].join('|'),
  'giu',
);

/** True when the text still holds a chat-markup marker. */
export function containsTurnMarker(text: string): boolean {
  MARKER.lastIndex = 0;
  const found = MARKER.test(text);
  MARKER.lastIndex = 0;
  return found;
}

/**
 * Removes every turn marker, repeatedly until none is left, so pieces cannot reassemble
 * ("<start_of_<s>turn>" → "<start_of_turn>" → ""). Text without markers comes back unchanged.
 */
export function neutralizeTurnMarkers(text: string): string {
  let current = text;
  for (;;) {
    const next = current.normalize('NFKC') === current ? current.replace(MARKER, '') : stripWithNfkc(current);
    if (next === current) return current;
    current = next;
  }
}

// Full-width look-alikes ("＜start_of_turn＞") fold to real markers under NFKC; only then fold the text.
function stripWithNfkc(text: string): string {
  const folded = text.normalize('NFKC');
  return containsTurnMarker(folded) ? folded.replace(MARKER, '') : text.replace(MARKER, '');
}
