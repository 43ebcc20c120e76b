// How the student's cards are put in front of the model: one numbered block per card inside the
// question's own turn, so every prompt profile (the adapter's plain-text turns included) carries them
// the same way, and the answer can cite them as [1], [2], …

export interface PromptCard {
  number: number;
  front: string;
  back: string;
}

/** One card as the model reads it; its token count is what the budget is spent on. */
export function cardBlock(card: PromptCard): string {
  return `[${card.number}] Question: ${oneParagraph(card.front)}\nAnswer: ${oneParagraph(card.back)}\n`;
}

/** The question with the chosen cards before it; the question alone when there are none. */
export function groundedPrompt(question: string, cards: readonly PromptCard[]): string {
  if (cards.length === 0) return question;
  return (
    'Flashcards from my own decks that may help (cite the ones you use as [1], [2]):\n' +
    cards.map(cardBlock).join('') +
    `\nUsing them where they apply, answer my question: ${question}`
  );
}

// A card's blank lines would read as the end of the block.
function oneParagraph(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
