// Cards without labels: numbered or bulleted "What…? — answer" items, a numbered question with its answer on the
// next lines, and lines holding a cloze deletion. Only question-shaped items count, so prose lists stay prose.
import { buildCard } from './build-card';
import { looksLikeCloze } from './cloze';
import { isChatter, isSeparator, readLabel, readListItem, splitInlineAnswer, splitLines, type TextLine } from './lines';
import { stripEmphasis } from './text';
import type { PositionedCard } from './types';

/** "…? — answer", "…? - answer", "…? -> answer", "…?: answer" right after the question mark. */
const AFTER_QUESTION = /^\?(?:\*\*|__)? ?(?:->|=>|—|–|-{1,2}|→|:) ?/;

function splitAtQuestionMark(content: string): { front: string; back: string } | null {
  for (let at = content.indexOf('?'); at !== -1; at = content.indexOf('?', at + 1)) {
    const separator = AFTER_QUESTION.exec(content.slice(at, at + 8));
    if (separator) return { front: content.slice(0, at + 1), back: content.slice(at + separator[0].length) };
  }
  return null;
}

/** "Card 2:", "Flashcard:", "Here is a cloze card:" before a cloze sentence: a title, not part of the text. */
const CLOZE_INTRO = /^(?:(?:flash ?)?card|cloze|here(?:'s| is| are))\b[^:{}]{0,60}: /i;

/** The answer lines under a numbered question: up to a blank line, the next item, a heading or chatter. */
function answerBelow(lines: readonly TextLine[], from: number): { text: string; lines: number } {
  const parts: string[] = [];
  let index = from;
  for (; index < lines.length; index++) {
    const raw = lines[index]?.text ?? '';
    if (raw.trim() === '' || isSeparator(raw) || isChatter(raw) || readListItem(raw)?.numbered) break;
    const label = readLabel(raw);
    if (label?.kind === 'front') break;
    parts.push(label?.kind === 'back' ? label.content : raw);
  }
  if (parts.length === 1) parts[0] = (parts[0] ?? '').replace(/^ *[-*•+] +/, '');
  return { text: parts.join('\n'), lines: index - from };
}

export function extractLineCards(text: string): PositionedCard[] {
  const cards: PositionedCard[] = [];
  const lines = splitLines(text);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line || line.text.trim() === '') continue;
    const item = readListItem(stripEmphasis(line.text));
    const content = item ? item.content : line.text.trim();
    const inline = splitInlineAnswer(content) ?? (item ? splitAtQuestionMark(content) : null);
    if (inline && inline.front.trim().endsWith('?')) {
      const card = buildCard(inline.front, inline.back, line.start);
      if (card) cards.push(card);
      continue;
    }
    if (looksLikeCloze(content)) {
      const front = (inline ? inline.front : content).replace(CLOZE_INTRO, '');
      const card = buildCard(front, inline ? inline.back : '', line.start);
      if (card) cards.push(card);
      continue;
    }
    if (item?.numbered && stripEmphasis(content).endsWith('?')) {
      const answer = answerBelow(lines, index + 1);
      const card = buildCard(content, answer.text, line.start);
      if (card) cards.push(card);
      index += answer.lines;
    }
  }
  return cards;
}
