// The pass before the allowlist: media file names become app://media URLs (or a visible placeholder),
// Anki's [sound:name] tags become audio elements, inline styles are reduced to plain formatting.
import type { Element, ElementContent, Root, Text } from 'hast';
import { isMediaHash, mediaHashOfUrl, mediaUrl } from './media-url';
import { filterStyle } from './style-filter';

/** The hash of the media file a card calls `name` (as written in the field), or null when unknown. */
export type MediaLookup = (name: string) => string | null;

export interface MediaReport {
  /** Hashes the field now refers to, in order of first use. */
  readonly hashes: Set<string>;
  /** Names the lookup did not know (shown as "[missing image: …]" / "[missing audio: …]"). */
  readonly missing: Set<string>;
  /** Images or audio with any other URL scheme (http, data, file, javascript…), removed. */
  removed: number;
}

export class CardHtmlError extends Error {
  override name = 'CardHtmlError';
}

/** Deeper than any real card; past it the field is refused instead of risking the stack. */
export const MAX_CARD_HTML_DEPTH = 200;

// Anki writes [sound:file.mp3] as text; a name never spans lines or holds a bracket.
const SOUND_TAG = /\[sound:([^\]\r\n]{1,1000})\]/g;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function rewriteTree(root: Root, lookup: MediaLookup | undefined, report: MediaReport): void {
  root.children = rewriteChildren(root.children as ElementContent[], lookup, report, 1);
}

function rewriteChildren(
  children: ElementContent[],
  lookup: MediaLookup | undefined,
  report: MediaReport,
  depth: number,
): ElementContent[] {
  if (depth > MAX_CARD_HTML_DEPTH) {
    throw new CardHtmlError(`The field's HTML is nested too deeply (over ${MAX_CARD_HTML_DEPTH} levels).`);
  }
  const result: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'text') result.push(...soundTags(child, lookup, report));
    else if (child.type !== 'element') result.push(child);
    else if (child.tagName === 'img' || child.tagName === 'audio') result.push(mediaElement(child, lookup, report));
    else {
      reduceStyle(child);
      child.children = rewriteChildren(child.children, lookup, report, depth + 1);
      result.push(child);
    }
  }
  return result;
}

function reduceStyle(element: Element): void {
  const style = element.properties.style;
  if (style === undefined) return;
  const kept = filterStyle(String(style));
  if (kept === null) delete element.properties.style;
  else element.properties.style = kept;
}

function mediaElement(element: Element, lookup: MediaLookup | undefined, report: MediaReport): ElementContent {
  const kind = element.tagName === 'img' ? 'image' : 'audio';
  const src = String(element.properties.src ?? '').trim();
  const hash = mediaHashOfUrl(src) ?? (HAS_SCHEME.test(src) || src === '' ? null : resolve(src, lookup));
  if (hash === null) {
    if (src === '') return placeholder(`[${kind} removed]`);
    if (HAS_SCHEME.test(src)) {
      report.removed++;
      return placeholder(removedText(kind));
    }
    report.missing.add(src);
    return placeholder(`[missing ${kind}: ${shortened(src)}]`);
  }
  report.hashes.add(hash);
  reduceStyle(element);
  element.properties.src = mediaUrl(hash);
  element.children = [];
  return element;
}

function soundTags(text: Text, lookup: MediaLookup | undefined, report: MediaReport): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of text.value.matchAll(SOUND_TAG)) {
    const name = (match[1] as string).trim();
    if (match.index > last) parts.push({ type: 'text', value: text.value.slice(last, match.index) });
    last = match.index + match[0].length;
    if (HAS_SCHEME.test(name)) {
      report.removed++;
      parts.push(placeholder(removedText('audio')));
      continue;
    }
    const hash = resolve(name, lookup);
    if (hash === null) {
      report.missing.add(name);
      parts.push(placeholder(`[missing audio: ${shortened(name)}]`));
    } else {
      report.hashes.add(hash);
      parts.push(audioElement(hash));
    }
  }
  if (last === 0) return [text];
  if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
  return parts;
}

/** The element the renderer shows as a play button (and a plain browser as audio controls). */
export function audioElement(hash: string): Element {
  return {
    type: 'element',
    tagName: 'audio',
    properties: { controls: true, preload: 'none', src: mediaUrl(hash) },
    children: [],
  };
}

// Anki stores names as typed, but some exporters percent-encode them in src: try both.
function resolve(name: string, lookup: MediaLookup | undefined): string | null {
  if (lookup === undefined) return null;
  const direct = lookup(name);
  if (direct !== null && isMediaHash(direct)) return direct;
  let decoded: string;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    return null;
  }
  if (decoded === name) return null;
  const found = lookup(decoded);
  return found !== null && isMediaHash(found) ? found : null;
}

function placeholder(text: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['media-missing'] },
    children: [{ type: 'text', value: text }],
  };
}

function removedText(kind: 'image' | 'audio'): string {
  return `[${kind} removed: only files from the deck are shown]`;
}

function shortened(name: string): string {
  return name.length <= 80 ? name : `${name.slice(0, 79)}…`;
}
