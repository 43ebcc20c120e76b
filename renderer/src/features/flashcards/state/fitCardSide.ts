// A long answer is cut to what a card side can hold (the store counts UTF-8 bytes), at the last
// paragraph, sentence or word that fits, so the pre-filled card is saveable as it opens.

export const CARD_SIDE_MAX_BYTES = 20 * 1024;

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

export interface FittedSide {
  text: string;
  /** True when the text was cut to fit. */
  cut: boolean;
}

/** The longest prefix (in whole code points) whose UTF-8 size is within maxBytes. */
function prefixWithinBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = utf8Bytes(char);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}

/** Where to end a cut prefix: after a paragraph, else a sentence, else a word; kept only if it saves most of the text. */
function naturalEnd(prefix: string): number {
  const minimum = Math.floor(prefix.length * 0.5);
  const paragraph = prefix.lastIndexOf('\n\n');
  if (paragraph >= minimum) return paragraph;
  const sentence = Math.max(
    ...['. ', '! ', '? ', '.\n', '!\n', '?\n'].map((mark) => {
      const at = prefix.lastIndexOf(mark);
      return at < 0 ? -1 : at + 1;
    }),
  );
  if (sentence >= minimum) return sentence;
  const word = prefix.search(/\s\S*$/);
  return word >= minimum ? word : prefix.length;
}

export function fitCardSide(text: string, maxBytes: number = CARD_SIDE_MAX_BYTES): FittedSide {
  if (utf8Bytes(text) <= maxBytes) return { text, cut: false };
  const prefix = prefixWithinBytes(text, maxBytes);
  return { text: prefix.slice(0, naturalEnd(prefix)).trimEnd(), cut: true };
}
