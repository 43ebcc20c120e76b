// The text of sanitized card HTML (for search and duplicate keys): text nodes in order, a line break
// around block elements so words on either side of <hr>, <div> or a table cell never run together.
import type { ElementContent, Root } from 'hast';

const BLOCKS = new Set([
  'address',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
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
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

function collect(nodes: readonly ElementContent[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') out.push(node.value);
    else if (node.type === 'element') {
      const block = BLOCKS.has(node.tagName);
      if (block) out.push('\n');
      collect(node.children, out);
      if (block) out.push('\n');
    }
  }
}

export function treeText(root: Root): string {
  const out: string[] = [];
  collect(root.children as ElementContent[], out);
  return out
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}
