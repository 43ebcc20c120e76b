// A stored note field → the HTML Anki expects, and the media file names a field calls.
// Fields keep Anki's own HTML as imported; a field saved in the app's editor holds sanitized HTML
// instead: images as <img src="app://media/<hash>">, [sound:name] as <audio … src="app://media/<hash>">,
// unknown files as "[missing image: name]" placeholders. Those become file names and [sound:] tags
// again; every other field goes out byte for byte.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { mediaHashOfUrl } from '../../../../../../preload/contract/card-html/media-url';
import { decodeEntities } from '../field-html';

/** The media name to write for a stored file (by hash); null when the file is not exported. */
export type MediaNameOf = (hash: string) => string | null;

const MARKERS = ['app://media/', 'media-missing'];
const PLACEHOLDER = /^\[missing (image|audio): (.+)\]$/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The field as Anki HTML. */
export function fieldForAnki(html: string, nameOf: MediaNameOf): string {
  if (!MARKERS.some((marker) => html.includes(marker))) return html;
  const tree = fromHtml(html, { fragment: true });
  tree.children = rewrite(tree.children, nameOf) as Root['children'];
  return toHtml(tree);
}

function rewrite(children: readonly RootContent[], nameOf: MediaNameOf): RootContent[] {
  const out: RootContent[] = [];
  for (const child of children) {
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    const replaced = mediaElement(child, nameOf) ?? placeholder(child);
    if (replaced !== null) {
      out.push(replaced);
      continue;
    }
    child.children = rewrite(child.children, nameOf) as ElementContent[];
    out.push(child);
  }
  return out;
}

function mediaElement(element: Element, nameOf: MediaNameOf): RootContent | null {
  if (element.tagName !== 'img' && element.tagName !== 'audio') return null;
  const hash = mediaHashOfUrl(String(element.properties.src ?? ''));
  if (hash === null) return null;
  const name = nameOf(hash);
  if (element.tagName === 'audio') return { type: 'text', value: name === null ? '' : `[sound:${name}]` };
  if (name === null) return { type: 'text', value: '' };
  element.properties.src = name;
  return element;
}

/** A "[missing image: name]" placeholder names the file the field called: the reference goes back. */
function placeholder(element: Element): RootContent | null {
  const classes = element.properties.className;
  if (element.tagName !== 'span' || !Array.isArray(classes) || !classes.includes('media-missing')) return null;
  const only = element.children.length === 1 ? element.children[0] : undefined;
  const match = only?.type === 'text' ? PLACEHOLDER.exec(only.value) : null;
  // A name shortened for display ("…") is not the file's name any more; the notice stays.
  if (match === null || match[2]!.endsWith('…')) return null;
  const [, kind, name] = match as unknown as [string, 'image' | 'audio', string];
  if (kind === 'audio') return { type: 'text', value: `[sound:${name}]` };
  return { type: 'element', tagName: 'img', properties: { src: name }, children: [] };
}

const IMG_SRC = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const SOUND = /\[sound:([^\]\r\n]{1,1000})\]/g;

/**
 * The media file names Anki HTML calls (<img src>, [sound:]), as written and percent-decoded (some
 * exporters encode them); URLs with a scheme are not files of the deck.
 */
export function mediaNamesIn(html: string): string[] {
  const names = new Set<string>();
  const add = (raw: string) => {
    const name = decodeEntities(raw).trim();
    if (name === '' || HAS_SCHEME.test(name)) return;
    names.add(name);
    try {
      names.add(decodeURIComponent(name));
    } catch {
      // not percent-encoded
    }
  };
  for (const match of html.matchAll(IMG_SRC)) add(match[1] ?? match[2] ?? match[3] ?? '');
  for (const match of html.matchAll(SOUND)) add(match[1] ?? '');
  return [...names];
}
