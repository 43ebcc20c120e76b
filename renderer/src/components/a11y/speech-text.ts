// Shortens text for a screen reader to speak: whole sentences up to a limit, else whole words and "…".

/** About half a minute of speech; the rest is on screen to read on. */
export const SPEECH_MAX_CHARS = 500;

export function forSpeech(text: string, max = SPEECH_MAX_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max);
  // The last sentence that ends inside the limit, if that keeps at least half of it.
  const withNext = flat.slice(0, max + 1);
  const sentenceEnd = Math.max(withNext.lastIndexOf('. '), withNext.lastIndexOf('? '), withNext.lastIndexOf('! '));
  if (sentenceEnd >= max / 2) return head.slice(0, sentenceEnd + 1);
  const wordEnd = head.lastIndexOf(' ');
  return `${(wordEnd >= max / 2 ? head.slice(0, wordEnd) : head).replace(/[\s,;:.-]+$/, '')}…`;
}
