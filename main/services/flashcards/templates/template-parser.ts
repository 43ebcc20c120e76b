// Parses an Anki card template ("{{Field}}", "{{#Field}}…{{/Field}}", "{{^Field}}…{{/Field}}",
// "{{filter:filter:Field}}") into a tree. Unbalanced sections are an error Anki also reports.

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'field'; name: string; filters: string[] }
  | { kind: 'section'; name: string; negated: boolean; children: TemplateNode[] };

export class TemplateError extends Error {}

const TAG = /\{\{([\s\S]*?)\}\}/g;

export function parseTemplate(template: string): TemplateNode[] {
  const root: TemplateNode[] = [];
  const stack: { name: string; children: TemplateNode[] }[] = [{ name: '', children: root }];
  let last = 0;
  for (const match of template.matchAll(TAG)) {
    const current = stack.at(-1)!;
    if (match.index > last) current.children.push({ kind: 'text', text: template.slice(last, match.index) });
    last = match.index + match[0].length;
    const inner = (match[1] ?? '').trim();
    const sigil = inner[0];
    if (sigil === '#' || sigil === '^') {
      const section = { kind: 'section' as const, name: inner.slice(1).trim(), negated: sigil === '^', children: [] };
      current.children.push(section);
      stack.push(section);
    } else if (sigil === '/') {
      const name = inner.slice(1).trim();
      if (stack.length === 1 || current.name !== name) {
        throw new TemplateError(`"{{/${name}}}" closes a section that is not open`);
      }
      stack.pop();
    } else if (inner !== '' && sigil !== '!') {
      // "{{!comment}}" renders nothing, as in Anki.
      const parts = inner.split(':');
      const name = parts.pop()!.trim();
      current.children.push({ kind: 'field', name, filters: parts.map((part) => part.trim()) });
    }
  }
  if (stack.length > 1) throw new TemplateError(`"{{#${stack.at(-1)!.name}}}" is never closed`);
  if (last < template.length) root.push({ kind: 'text', text: template.slice(last) });
  return root;
}
