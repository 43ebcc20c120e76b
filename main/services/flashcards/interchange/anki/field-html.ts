// Plain card text <-> Anki field HTML. Our cards are plain text; Anki fields are HTML.
// Export escapes text so Anki shows it literally; import converts HTML back to text (tags
// dropped, line breaks kept, entities decoded), so text -> HTML -> text is the identity.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Text as Anki field HTML: &, <, > escaped, newlines as <br>. */
export function textToFieldHtml(text: string): string {
  return text
    .replace(/\r\n/g, '\n')
    .replace(/[&<>]/g, (char) => ESCAPES[char] ?? char)
    .replace(/\n/g, '<br>');
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Decodes named (&amp; &lt; &gt; &quot; &apos; &nbsp;) and numeric entities in one pass. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // Out-of-range code points stay as written rather than throwing on a hostile field.
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Anki field HTML as plain text: <br> and block elements become newlines, <style>/<script>
 * bodies and every other tag are dropped (images too: media is not imported), entities decoded.
 */
export function fieldHtmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<br\s*\/?>\n?/gi, '\n')
      // Anki's editor writes "line1<div>line2</div>": an opening block starts a new line.
      .replace(/<(div|p|li|tr|h[1-6])\b[^>]*>/gi, (_tag, _name, offset: number) => (offset === 0 ? '' : '\n'))
      .replace(/<[^>]*>/g, ''),
  );
}
