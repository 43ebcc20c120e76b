// The note type's `.card` rule read into an inline style: Anki's default CSS, several rules (last wins),
// other selectors and @-rules ignored, and hostile CSS reduced to what the card sanitizer allows.
import { describe, expect, it } from 'vitest';
import { cardStyleOfCss, MAX_NOTE_TYPE_CSS_CHARS } from '../../../main/services/flashcards/notes/card-style';
import { filterStyle } from '../../../preload/contract/card-html';

// Anki's default note type CSS (recent versions), as stored in the collection.
const ANKI_DEFAULT_CSS = `.card {
    font-family: arial;
    font-size: 20px;
    line-height: 1.5;
    text-align: center;
    color: black;
    background-color: white;
}
`;

describe('cardStyleOfCss', () => {
  it("keeps the alignment and colours of Anki's default .card rule, not its font or size", () => {
    expect(cardStyleOfCss(ANKI_DEFAULT_CSS)).toBe('text-align: center; color: black; background-color: white');
  });

  it('reads .card in a selector list and across several rules, the last declaration winning', () => {
    const css = `
      .card { text-align: left; color: black }
      .cloze { font-weight: bold; color: blue; }
      h1, .card { color: #336699; font-weight: bold }
      .card { text-align: right; }`;
    expect(cardStyleOfCss(css)).toBe('color: #336699; font-weight: bold; text-align: right');
  });

  it('ignores other selectors that mention card, @-rules and nested rules', () => {
    const css = `
      @import url("https://example.com/x.css");
      @charset "utf-8";
      .card.nightMode, .nightMode .card, .card .inner, #card, .cards { color: red; text-align: justify }
      @media (max-width: 600px) { .card { text-align: left; color: green } }
      @font-face { font-family: x; src: url(x.woff) }
      .card { color: navy; .nested { color: orange; } font-style: italic }`;
    expect(cardStyleOfCss(css)).toBe('color: navy; font-style: italic');
  });

  it('leaves out comments, !important and anything the inline style allowlist refuses', () => {
    const css = `/* .card { color: red } */
      .card {
        color: green;
        color: red !important;
        background-color: url(javascript:alert(1));
        background: url(https://example.com/track.png);
        background-image: url(x.png);
        width: expression(alert(1));
        color: expression(alert(1));
        behavior: url(x.htc);
        -moz-binding: url(x.xml#xss);
        position: fixed; top: 0; left: 0; z-index: 99999;
        font-weight: bo\\ld;
        text-align: center /* hidden */;
      }`;
    const style = cardStyleOfCss(css);
    expect(style).toBe('color: green; text-align: center');
    // Nothing the card sanitizer would drop from an inline style is in it.
    expect(filterStyle(style!)).toBe(style);
  });

  it('is not fooled by braces and semicolons inside strings or an unclosed block', () => {
    const css = `.x { content: "}"; } .card { font-family: "a;b}"; color: teal } .card { color: red`;
    expect(cardStyleOfCss(css)).toBe('color: teal');
  });

  it('answers null for CSS without a usable .card rule, and for CSS too large to read', () => {
    expect(cardStyleOfCss('')).toBeNull();
    expect(cardStyleOfCss('.cloze { color: blue }')).toBeNull();
    expect(cardStyleOfCss('.card { font-size: 20px; position: fixed }')).toBeNull();
    const padding = ' '.repeat(MAX_NOTE_TYPE_CSS_CHARS);
    expect(cardStyleOfCss(`.card { text-align: center }${padding}`)).toBeNull();
    // Just under the limit it is read.
    const rule = '.card { text-align: center }';
    expect(cardStyleOfCss(rule + ' '.repeat(MAX_NOTE_TYPE_CSS_CHARS - rule.length))).toBe('text-align: center');
  });

  it('reads a large but allowed stylesheet of many rules quickly', () => {
    const css = '.x { color: red; }\n'.repeat(4_000) + '.card { color: olive }';
    expect(css.length).toBeLessThan(MAX_NOTE_TYPE_CSS_CHARS);
    const started = performance.now();
    expect(cardStyleOfCss(css)).toBe('color: olive');
    expect(performance.now() - started).toBeLessThan(500);
    // Unclosed blocks and strings end the reading instead of scanning again from every brace.
    expect(cardStyleOfCss('{'.repeat(MAX_NOTE_TYPE_CSS_CHARS - 1))).toBeNull();
    expect(cardStyleOfCss(`.card { color: red } .card { x: "${'{'.repeat(90_000)}`)).toBe('color: red');
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
