// Line splitting and the line-level patterns (list markers, labels, headings, chatter) the extractors share.

export interface TextLine {
  text: string;
  /** Offset of the line's first character in the whole text. */
  start: number;
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const text_ of text.split('\n')) {
    lines.push({ text: text_, start });
    start += text_.length + 1;
  }
  return lines;
}

/** Quote marks, a heading hash, a number ("1." "2)") or a bullet before the interesting part of a line. */
const LINE_PREFIX = /^ *(?:>+ *)?(?:#{1,6} +)?(?:(?:\d{1,3}[.)]|[-*•+]) +)?/;

/** `Q:`, `**Question 1:**`, `__Front__:`, `Back Extra:`, `Side A:` … at the start of a line (after LINE_PREFIX). */
const LABEL =
  /^(?:\*\*|__|\*|_)?(back ?extra|question|answer|front|back|cloze|extra|side ?[ab]|q|a)(?: ?#?\d{1,3})?(?:\*\*|__|\*|_)? ?:(?:\*\*|__|\*|_)? ?/i;

/** The same labels inside a line, for "Q: … A: …" on one line; single letters must be capitals there. */
const INLINE_BACK_LABEL =
  /(?:^|[ |])(?:\*\*|__)?(?:A|[Aa]nswer|ANSWER|[Bb]ack [Ee]xtra|[Bb]ack|BACK|[Ee]xtra|[Ss]ide B|SIDE B)(?: ?\d{1,3})?(?:\*\*|__)? ?:(?:\*\*|__)?/;

/** "Card 1 - ", "**Flashcard 2:** ", "Card #3 – " before a label: a title, not part of the card's text. */
const CARD_TITLE = /^(?:\*\*|__)?(?:flash ?)?card ?#?\d{1,3}(?:\*\*|__)? ?(?:[-–—:.)]{1,2} ?)?(?:\*\*|__)? ?/i;

export type LabelKind = 'front' | 'back';

export interface LabeledLine {
  kind: LabelKind;
  content: string;
}

export function readLabel(line: string): LabeledLine | null {
  let afterPrefix = line.replace(LINE_PREFIX, '');
  const title = CARD_TITLE.exec(afterPrefix);
  if (title && LABEL.test(afterPrefix.slice(title[0].length))) afterPrefix = afterPrefix.slice(title[0].length);
  const match = LABEL.exec(afterPrefix);
  if (!match || !match[1]) return null;
  const label = match[1].toLowerCase().replace(' ', '');
  const kind: LabelKind = ['question', 'front', 'cloze', 'q', 'sidea'].includes(label) ? 'front' : 'back';
  return { kind, content: afterPrefix.slice(match[0].length) };
}

/** Splits "What is X? A: Y" at the answer label; null when the line has none. */
export function splitInlineAnswer(content: string): { front: string; back: string } | null {
  const match = INLINE_BACK_LABEL.exec(content);
  if (!match || match.index === 0) return null;
  const front = content.slice(0, match.index).replace(/[ |/—–-]+$/, '');
  return { front, back: content.slice(match.index + match[0].length) };
}

/** A numbered or bulleted list item: its marker kind and the text after it. */
export function readListItem(line: string): { numbered: boolean; content: string } | null {
  const match = /^ *(?:(\d{1,3}[.)])|[-*•+]) +/.exec(line);
  if (!match) return null;
  return { numbered: match[1] !== undefined, content: line.slice(match[0].length) };
}

/** A markdown heading, a rule, or a "Card 3" / "**Flashcard 2:**" title: it separates cards. */
export function isSeparator(line: string): boolean {
  const trimmed = line.trim();
  return (
    /^#{1,6} /.test(trimmed) ||
    /^(?:-{3,}|\*{3,}|_{3,}|={3,})$/.test(trimmed) ||
    /^(?:\*\*|__)?(?:flash ?)?card ?#?\d{0,3}\b/i.test(trimmed)
  );
}

/** Closing pleasantries models add after the last card; they must not become part of an answer. */
export function isChatter(line: string): boolean {
  return /^(?:I hope|Hope (?:this|these)|Let me know|Feel free|These (?:flash ?)?cards|Good luck|Happy (?:studying|learning)|Would you like|If you (?:have|need|want)|Remember|Note that)\b/i.test(
    line.trim(),
  );
}
