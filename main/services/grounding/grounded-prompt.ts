// How the student's cards (and, with the setting on, earlier answers of other chats) are put in front
// of the model: one numbered block each inside the question's own turn, so every prompt profile (the
// adapter's plain-text turns included) carries them the same way, and the answer can cite them as [1], [2], …

export interface PromptCard {
  number: number;
  front: string;
  back: string;
}

export interface PromptAnswer {
  number: number;
  question: string;
  answer: string;
}

/** One card as the model reads it; its token count is what the budget is spent on. */
export function cardBlock(card: PromptCard): string {
  return `[${card.number}] Question: ${oneParagraph(card.front)}\nAnswer: ${oneParagraph(card.back)}\n`;
}

/** One earlier answer as the model reads it: labelled as such, so it is not taken for a vetted card. */
export function answerBlock(answer: PromptAnswer): string {
  return `[${answer.number}] Earlier question: ${oneParagraph(answer.question)}\nEarlier answer: ${oneParagraph(answer.answer)}\n`;
}

const CARDS_HEADER = 'Flashcards from my own decks that may help (cite the ones you use as [1], [2]):\n';
const ANSWERS_AFTER_CARDS = 'Earlier answers from my other chats (they may be wrong; my flashcards come first):\n';
const ANSWERS_ONLY_HEADER =
  'Earlier answers from my other chats that may help (they may be wrong; cite the ones you use as [1], [2]):\n';

/** The question with the chosen cards, then earlier answers, before it; the question alone when none. */
export function groundedPrompt(
  question: string,
  cards: readonly PromptCard[],
  answers: readonly PromptAnswer[] = [],
): string {
  if (cards.length === 0 && answers.length === 0) return question;
  let context = '';
  if (cards.length > 0) context += CARDS_HEADER + cards.map(cardBlock).join('');
  if (answers.length > 0) {
    context += (cards.length > 0 ? ANSWERS_AFTER_CARDS : ANSWERS_ONLY_HEADER) + answers.map(answerBlock).join('');
  }
  return `${context}\nUsing them where they apply, answer my question: ${question}`;
}

// A blank line inside a card or answer would read as the end of its block.
function oneParagraph(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
