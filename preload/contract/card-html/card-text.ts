// A card side as plain text, for places that show a line of it (card list, search) or send it on
// (Explain in chat): the text a student reads, with images and audio counted instead of shown.
import type { Element, ElementContent, Root } from 'hast';
import { CardHtmlError } from './rewrite-tree';
import { sanitizeCardTree } from './sanitize';

export type CardFormat = 'text' | 'html';

export interface CardSideSummary {
  /** Readable text: tags removed, blocks and line breaks as spaces (or newlines), whitespace collapsed. */
  text: string;
  images: number;
  audio: number;
}

// Elements that start a new line when read (a list item, a table row, a paragraph…).
const BLOCK_TAGS = new Set([
  'address',
  'blockquote',
  'br',
  'caption',
  'details',
  'div',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'summary',
  'table',
  'tr',
  'ul',
]);

export interface CardTextOptions {
  /** Include the text of closed hints (default true); a list row leaves them out as the card shows them. */
  hints?: boolean;
}

/** The plain text of a card side; text cards are returned as they are. */
export function cardSideSummary(format: CardFormat, content: string, options: CardTextOptions = {}): CardSideSummary {
  if (format === 'text') return { text: content, images: 0, audio: 0 };
  let tree: Root;
  try {
    tree = sanitizeCardTree(content).tree;
  } catch (error) {
    // Too long or too deep to parse: show nothing rather than the raw markup.
    if (error instanceof CardHtmlError) return { text: '', images: 0, audio: 0 };
    throw error;
  }
  const summary = { parts: [] as string[], images: 0, audio: 0, hints: options.hints ?? true };
  collect(tree.children as ElementContent[], summary);
  const text = summary.parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
  return { text, images: summary.images, audio: summary.audio };
}

/** One line of a card side (the list and search rows show a single line). */
export function cardSideLine(format: CardFormat, content: string): string {
  return cardSideSummary(format, content).text.replace(/\s+/g, ' ').trim();
}

interface Collected {
  parts: string[];
  images: number;
  audio: number;
  hints: boolean;
}

function collect(nodes: ElementContent[], summary: Collected): void {
  for (const node of nodes) {
    if (node.type === 'text') summary.parts.push(node.value);
    if (node.type !== 'element') continue;
    // The hint's "Show hint" label is the app's control, not the card's words.
    if (node.tagName === 'summary') continue;
    if (!summary.hints && node.tagName === 'details' && hasClass(node, 'hint')) continue;
    if (node.tagName === 'img') summary.images++;
    else if (node.tagName === 'audio') summary.audio++;
    const block = BLOCK_TAGS.has(node.tagName);
    if (block) summary.parts.push('\n');
    // Table cells sit side by side: keep their words apart.
    else if (node.tagName === 'td' || node.tagName === 'th') summary.parts.push(' ');
    collect(node.children, summary);
    if (block) summary.parts.push('\n');
  }
}

function hasClass(element: Element, name: string): boolean {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}
