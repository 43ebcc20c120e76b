// Cloze ordinals: which cards a cloze note makes ({{c1::…}} -> card ord 0, {{c2::…}} -> ord 1…).

/** The distinct cloze numbers (1-based) in a cloze text, ascending. */
export function clozeNumbers(text: string): number[] {
  const numbers = new Set<number>();
  for (const match of text.matchAll(/\{\{c(\d+)::/g)) {
    const n = Number(match[1]);
    if (n >= 1) numbers.add(n);
  }
  return [...numbers].sort((a, b) => a - b);
}

/** True when a text holds at least one cloze deletion (used to guess a note's type). */
export function hasCloze(text: string): boolean {
  return clozeNumbers(text).length > 0;
}
