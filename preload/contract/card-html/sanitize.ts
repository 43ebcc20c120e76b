// Card field HTML made safe to show: formatting kept, no scripts, event handlers, styles beyond plain
// formatting, or URLs other than app://media. The same code runs in main (import) and the renderer (display).
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { CardHtmlError, rewriteTree, type MediaLookup, type MediaReport } from './rewrite-tree';
import { CARD_HTML_SCHEMA } from './schema';

/** Larger than any real field (a big table is tens of kilobytes); beyond it parsing time is the risk. */
export const MAX_CARD_HTML_CHARS = 1_000_000;

export interface CardHtmlOptions {
  /** Maps a media file name used in the field to its stored hash; absent = every name is unknown. */
  resolveMedia?: MediaLookup;
}

export interface SanitizedCardTree {
  tree: Root;
  /** Hashes of the media the field shows, in order of first use. */
  mediaHashes: string[];
  /** Media names the lookup did not know; each is shown as a "[missing …]" placeholder. */
  missingMedia: string[];
  /** Images or audio with a remote or other foreign URL, removed. */
  removedMedia: number;
}

export interface SanitizedCardHtml extends Omit<SanitizedCardTree, 'tree'> {
  html: string;
}

/** The safe tree (the renderer turns it into elements without innerHTML). Throws CardHtmlError. */
export function sanitizeCardTree(html: string, options: CardHtmlOptions = {}): SanitizedCardTree {
  if (html.length > MAX_CARD_HTML_CHARS) {
    throw new CardHtmlError(
      `The field is too long (${html.length.toLocaleString('en-US')} characters, ` +
        `max ${MAX_CARD_HTML_CHARS.toLocaleString('en-US')}).`,
    );
  }
  const report: MediaReport = { hashes: new Set(), missing: new Set(), removed: 0 };
  let tree: Root;
  try {
    const parsed = fromHtml(html, { fragment: true });
    rewriteTree(parsed, options.resolveMedia, report);
    tree = sanitize(parsed, CARD_HTML_SCHEMA) as Root;
  } catch (error) {
    // The parser and the allowlist recurse: thousands of nested tags exhaust the stack before our depth check.
    if (error instanceof RangeError) {
      throw new CardHtmlError("The field's HTML is nested too deeply to show.", { cause: error });
    }
    throw error;
  }
  return {
    tree,
    mediaHashes: [...report.hashes],
    missingMedia: [...report.missing],
    removedMedia: report.removed,
  };
}

/** The safe HTML as a string (what the importer stores). Throws CardHtmlError. */
export function sanitizeCardHtml(html: string, options: CardHtmlOptions = {}): SanitizedCardHtml {
  const { tree, ...rest } = sanitizeCardTree(html, options);
  return { html: toHtml(tree), ...rest };
}
