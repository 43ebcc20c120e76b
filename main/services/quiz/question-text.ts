// What the model is asked to write a quiz question, how its reply is cleaned into one question, and
// the check that the question does not give the answer away (also while it is still streaming).
import { findTerm, keyTerms, tokenize } from './answer-terms';
import type { QuizSides } from './card-sides';

/** Longest card prompt quoted to the model; longer ones are shown as they are. */
export const PROMPT_MAX_CHARS = 1500;
/** A question longer than this is not one question. */
export const QUESTION_MAX_CHARS = 300;

/** Only the card's prompt goes to the model: what it never sees, it cannot leak. */
export function questionPrompt(sides: QuizSides): string {
  return (
    'Rewrite this flashcard prompt as one short exam question for a medical student. ' +
    'Do not include the answer. Reply with the question only.\n\n' +
    `Flashcard prompt: ${sides.prompt}`
  );
}

/** Asks the model to comment on an answer already graded (the comment never changes the grade). */
export function explanationPrompt(sides: QuizSides, answer: string): string {
  return (
    `A medical student was asked: "${sides.prompt}"\n` +
    `The correct answer is: "${sides.answer}"\n` +
    `The student answered: "${answer.trim() === '' ? '(no answer)' : answer.trim()}"\n` +
    'In one or two sentences, say what the student got right and what is missing or wrong.'
  );
}

const LABEL = /^(?:question|q|exam question|quiz question)\s*[:.-]\s*/i;
const QUOTES = /^["'“”‘’`]+|["'“”‘’`]+$/g;

/** The model's reply as one question: first non-empty line, labels and quotes off; null when unusable. */
export function cleanQuestion(raw: string): string | null {
  const line = raw
    .split('\n')
    .map((part) => part.trim())
    .find((part) => part !== '');
  if (!line) return null;
  let question = line.replace(LABEL, '').replace(QUOTES, '').trim();
  const mark = question.indexOf('?');
  if (mark !== -1) question = question.slice(0, mark + 1);
  if (question.length > QUESTION_MAX_CHARS || tokenize(question).length < 2) return null;
  return question;
}

/** The words whose presence in a question would give the card's answer away. */
export function answerWords(sides: QuizSides): string[] {
  return keyTerms(sides.answer, sides.prompt).map((term) => term.word);
}

/** The answer words that appear in `text`. */
export function leakedTerms(text: string, answer: readonly string[]): string[] {
  const words = tokenize(text);
  return answer.filter((term) => findTerm(term, words) !== null);
}

// Where the last whole word ends: a word still being streamed could become a key term.
const LAST_BOUNDARY = /[\s.,;:!?()[\]"“”]+(?=[^\s.,;:!?()[\]"“”]*$)/u;

/**
 * Passes a streaming question on word by word, holding back the word still being written, and stops
 * at the first key term: nothing that reaches the student contains the answer.
 */
export class LeakGuard {
  private text = '';
  private released = 0;
  leaked = false;
  private readonly answer: string[];

  constructor(sides: QuizSides) {
    this.answer = answerWords(sides);
  }

  /** Adds a delta; returns the text that is now safe to show ('' while a word is incomplete or after a leak). */
  push(delta: string): string {
    if (this.leaked) return '';
    this.text += delta;
    const boundary = LAST_BOUNDARY.exec(this.text);
    const end = boundary ? boundary.index + boundary[0].length : 0;
    return this.release(end);
  }

  /** The stream ended: the last word is whole now. */
  finish(): string {
    return this.leaked ? '' : this.release(this.text.length);
  }

  private release(end: number): string {
    if (end <= this.released) return '';
    if (leakedTerms(this.text.slice(0, end), this.answer).length > 0) {
      this.leaked = true;
      return '';
    }
    const safe = this.text.slice(this.released, end);
    this.released = end;
    return safe;
  }
}
