// A note's cards as stored: rendered from the note type's templates (Anki semantics), then sanitized
// with media names resolved to app://media/<hash> and wrapped in the note type's card style, plus the
// text of each side for search.
import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { CardHtmlError, sanitizeCardTree, type MediaLookup } from '../../../../preload/contract/card-html';
import { renderNoteCards, TemplateError } from '../templates';
import { CARD_STYLE_CLASS, cardStyleOfCss } from './card-style';
import { treeText } from './tree-text';
import type { NoteTypeRecord } from './types';

export interface RenderedSides {
  /** Template index (standard) or cloze number − 1 (cloze). */
  ord: number;
  front: string;
  back: string;
  frontText: string;
  backText: string;
}

export interface RenderedNote {
  cards: RenderedSides[];
  /** Media names the cards use that no stored file answers to (shown as placeholders). */
  missingMedia: string[];
  /** Why the note could not be rendered as written (a broken template, a field too large), or null. */
  problem: string | null;
}

export interface NoteContext {
  tags: readonly string[];
  /** The deck shown by {{Deck}} / {{Subdeck}}. */
  deckName: string;
}

/**
 * Looks a media name up as Anki writes it in fields: as is, Unicode-normalized (NFC) and percent-decoded
 * (Anki's editor URL-encodes names with spaces or non-ASCII characters).
 */
export function mediaLookup(find: (name: string) => string | null): MediaLookup {
  return (name) => {
    const tries = new Set([name, name.normalize('NFC')]);
    try {
      const decoded = decodeURIComponent(name);
      tries.add(decoded).add(decoded.normalize('NFC'));
    } catch {
      // not percent-encoded
    }
    for (const candidate of tries) {
      const hash = find(candidate);
      if (hash !== null) return hash;
    }
    return null;
  };
}

/**
 * One side sanitized, inside the note type's card style when it has one, with its text; throws
 * CardHtmlError for HTML too large or too deeply nested.
 */
function sanitizeSide(
  html: string,
  cardStyle: string | null,
  resolveMedia: MediaLookup,
  missing: Set<string>,
): { html: string; text: string } {
  const sanitized = sanitizeCardTree(html, { resolveMedia });
  for (const name of sanitized.missingMedia) missing.add(name);
  const text = treeText(sanitized.tree);
  // Wrapped after sanitizing, so a stray </div> in a template cannot close the wrapper early.
  if (cardStyle !== null) wrapInCardStyle(sanitized.tree, cardStyle);
  return { html: toHtml(sanitized.tree), text };
}

function wrapInCardStyle(tree: Root, style: string): void {
  const children = tree.children.filter((child): child is ElementContent => child.type !== 'doctype');
  tree.children = [{ type: 'element', tagName: 'div', properties: { className: [CARD_STYLE_CLASS], style }, children }];
}

function notice(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<p>${escaped}</p>`;
}

/**
 * Renders the cards the note has content for. A template Anki would refuse, or HTML the sanitizer
 * refuses, does not stop an import: the note keeps one card per template, showing the problem.
 */
export function renderNote(
  type: NoteTypeRecord,
  fields: readonly string[],
  context: NoteContext,
  resolveMedia: MediaLookup,
): RenderedNote {
  const missing = new Set<string>();
  const named = type.fields.map((name, i) => ({ name, value: fields[i] ?? '' }));
  try {
    const rendered = renderNoteCards({
      kind: type.kind,
      noteTypeName: type.name,
      fields: named,
      tags: context.tags,
      deckName: context.deckName,
      templates: type.templates,
    });
    const cardStyle = cardStyleOfCss(type.css);
    const cards = rendered.map((card) => {
      const front = sanitizeSide(card.question, cardStyle, resolveMedia, missing);
      const back = sanitizeSide(card.answer, cardStyle, resolveMedia, missing);
      return { ord: card.ord, front: front.html, back: back.html, frontText: front.text, backText: back.text };
    });
    return { cards, missingMedia: [...missing], problem: null };
  } catch (error) {
    if (!(error instanceof TemplateError) && !(error instanceof CardHtmlError)) throw error;
    const problem = `${type.name}: ${error.message}`;
    const text = `This card could not be rendered (${problem}).`;
    const front = notice(text);
    const ords = type.kind === 'cloze' ? [0] : type.templates.map((_template, ord) => ord);
    const cards = ords.map((ord) => ({ ord, front, back: front, frontText: text, backText: text }));
    return { cards, missingMedia: [...missing], problem };
  }
}
