// Text <-> Anki field HTML: exact round trip for text, readable text from real Anki HTML.
import { describe, expect, it } from 'vitest';
import { fieldHtmlToText, textToFieldHtml } from '../../../../main/services/flashcards/interchange';

describe('field HTML', () => {
  it('escapes text so Anki shows it literally', () => {
    expect(textToFieldHtml('a < b && c > d\nnext')).toBe('a &lt; b &amp;&amp; c &gt; d<br>next');
    expect(textToFieldHtml('{{c1::x::hint}}')).toBe('{{c1::x::hint}}');
  });

  it('round-trips any text, entities and tag-like text included', () => {
    for (const text of ['&amp; literal', '<br> literal', 'x\n\ny\n', '\t tab &#39; &nbsp;', '日本語 🫀 “quotes”']) {
      expect(fieldHtmlToText(textToFieldHtml(text))).toBe(text);
    }
  });

  it('turns Anki editor HTML into text', () => {
    expect(fieldHtmlToText('<div>line 1</div><div>line 2<br></div>')).toBe('line 1\nline 2\n');
    expect(fieldHtmlToText('a<br />b<BR>\nc')).toBe('a\nb\nc');
    expect(fieldHtmlToText('<b>bold</b> <img src="x.png"> &lt;tag&gt; &#x1F600; &#233; &nbsp;&unknown;')).toBe(
      'bold  <tag> 😀 é  &unknown;',
    );
    expect(fieldHtmlToText('<style>.x{color:red}</style>shown<script>alert(1)</script>')).toBe('shown');
    expect(fieldHtmlToText('&#99999999;')).toBe('&#99999999;');
  });
});
