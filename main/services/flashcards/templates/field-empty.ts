// Anki's idea of an empty field: nothing but whitespace, non-breaking spaces and empty line/div tags.

const EMPTY = /^(?:\s|&nbsp;|\u00a0|<br\s*\/?>|<\/?div>)*$/i;

export function isFieldEmpty(html: string): boolean {
  return EMPTY.test(html);
}

/** Text of a field without its HTML (the "text:" filter), entities for space and brackets decoded. */
export function stripHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
