// Renders Anki cloze deletions ({{c1::text}}, {{c1::text::hint}}) for one card of a cloze note.

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

/** The question shows the card's own deletions as [...] (or [hint]); the other ones as their text. */
export function renderClozeQuestion(text: string, cardNumber: number): string {
  return text.replace(CLOZE, (_whole, n: string, answer: string, hint: string | undefined) =>
    Number(n) === cardNumber ? `<span class="cloze">[${hint ?? '...'}]</span>` : answer,
  );
}

/** The answer shows the card's own deletions highlighted; the other ones as their text. */
export function renderClozeAnswer(text: string, cardNumber: number): string {
  return text.replace(CLOZE, (_whole, n: string, answer: string) =>
    Number(n) === cardNumber ? `<span class="cloze">${answer}</span>` : answer,
  );
}

/** The distinct cloze numbers in the note's fields, ascending: one card each. */
export function clozeCardNumbers(fields: readonly string[]): number[] {
  const numbers = new Set<number>();
  for (const field of fields)
    for (const match of field.matchAll(CLOZE)) if (Number(match[1]) >= 1) numbers.add(Number(match[1]));
  return [...numbers].sort((a, b) => a - b);
}
