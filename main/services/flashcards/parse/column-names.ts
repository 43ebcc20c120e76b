// Column names that mark a header row (| Front | Back |, "Question<TAB>Answer", "Term | Definition"), not a card.
import { stripEmphasis } from './text';

export const FRONT_HEADERS = ['front', 'question', 'q', 'term', 'prompt', 'cloze', 'text'];
export const BACK_HEADERS = ['back', 'answer', 'a', 'definition', 'extra', 'back extra'];

/** The cell as a header name: emphasis and a trailing colon removed, lower case. */
export function headerName(cell: string): string {
  return stripEmphasis(cell).replace(/:$/, '').trim().toLowerCase();
}

/** True when two cells read "front name, back name" (e.g. "Question", "Answer"). */
export function isHeaderPair(front: string, back: string): boolean {
  return FRONT_HEADERS.includes(headerName(front)) && BACK_HEADERS.includes(headerName(back));
}
