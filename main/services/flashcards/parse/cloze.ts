// Anki cloze syntax: {{c1::text}} or {{c1::text::hint}}; detection and a linear-time validator.

export type ClozeCheck = { ok: true; text: string } | { ok: false; reason: string };

/** True when the text tries to be a cloze (valid or not): it holds a `{{c<digit>` opener. */
export function looksLikeCloze(text: string): boolean {
  return /\{\{[cC]\d/.test(text);
}

/**
 * Checks every `{{…}}` is a well-formed deletion with a positive number and non-empty text (and hint, when
 * given); returns the text with `{{C1::` lower-cased as Anki expects. Single pass, no regex backtracking.
 */
export function checkCloze(text: string): ClozeCheck {
  let out = '';
  let i = 0;
  let deletions = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    const strayClose = text.indexOf('}}', i);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      return { ok: false, reason: `"}}" without a matching "{{" at character ${strayClose}` };
    }
    if (open === -1) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, open);
    const header = /^\{\{[cC](\d{1,3})::/.exec(text.slice(open, open + 8));
    if (!header || !header[1]) return { ok: false, reason: `"{{" at character ${open} is not "{{c<number>::"` };
    if (Number(header[1]) < 1) return { ok: false, reason: `cloze number must be 1 or more (got c${header[1]})` };
    const bodyStart = open + header[0].length;
    const close = text.indexOf('}}', bodyStart);
    if (close === -1) return { ok: false, reason: `cloze at character ${open} is not closed with "}}"` };
    const body = text.slice(bodyStart, close);
    if (body.includes('{{')) return { ok: false, reason: `cloze at character ${open} contains a nested "{{"` };
    const [answer = '', hint, ...extra] = body.split('::');
    if (answer.trim() === '') return { ok: false, reason: `cloze at character ${open} has no text` };
    if (extra.length > 0 || (hint !== undefined && hint.trim() === '')) {
      return {
        ok: false,
        reason: `cloze at character ${open} must be {{c${header[1]}::text}} or {{c${header[1]}::text::hint}}`,
      };
    }
    out += `{{c${Number(header[1])}::${body}}}`;
    deletions += 1;
    i = close + 2;
  }
  if (deletions === 0) return { ok: false, reason: 'no {{c1::…}} deletion found' };
  return { ok: true, text: out };
}
