// The card field sanitizer: formatting kept; scripts, handlers, foreign URLs and CSS tricks removed;
// media names rewritten to app://media/<hash> through the caller's lookup; [sound:…] to audio elements.
import fc from 'fast-check';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import {
  CardHtmlError,
  MAX_CARD_HTML_CHARS,
  MEDIA_URL_PATTERN,
  mediaUrl,
  sanitizeCardHtml,
  sanitizeCardTree,
} from '../../../preload/contract/card-html';
import { filterStyle } from '../../../preload/contract/card-html/style-filter';

const HEART = 'a1'.repeat(32);
const BEAT = 'b2'.repeat(32);
const MEDIA: Record<string, string> = { 'heart.png': HEART, 'beat.mp3': BEAT, 'left atrium.png': HEART };
const lookup = (name: string): string | null => MEDIA[name] ?? null;
const clean = (html: string): string => sanitizeCardHtml(html, { resolveMedia: lookup }).html;

const ALLOWED_TAGS = new Set(
  'b strong i em u s strike del ins mark small sub sup br hr div span p blockquote pre code h1 h2 h3 h4 h5 h6 ul ol li details summary table caption thead tbody tfoot tr th td font img audio'.split(
    ' ',
  ),
);

// Text-only attributes (title, alt) may hold any words; no attribute but src holds a URL.
const ALLOWED_PROPERTIES = new Set([
  'src',
  'alt',
  'title',
  'width',
  'height',
  'controls',
  'preload',
  'colSpan',
  'rowSpan',
  'start',
  'color',
  'style',
  'className',
]);

/** Every element and attribute of sanitized HTML, as the browser will parse it again. */
function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const visit = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      found.push(node);
      visit(node.children);
    }
  };
  visit(fromHtml(html, { fragment: true }).children);
  return found;
}

/** What must hold for any output: known tags and attributes (no handlers), media only from app://media, plain styles. */
function expectSafe(html: string): void {
  for (const element of elementsOf(html)) {
    expect(ALLOWED_TAGS.has(element.tagName), element.tagName).toBe(true);
    for (const [name, value] of Object.entries(element.properties)) {
      expect(ALLOWED_PROPERTIES.has(name), `${element.tagName} ${name}`).toBe(true);
      if (name === 'src') expect(String(value)).toMatch(MEDIA_URL_PATTERN);
      if (name === 'style') expect(String(value)).not.toMatch(/url|expression|image|var\(|\\|\/\*|@|behavior|binding/i);
    }
  }
}

describe('sanitizeCardHtml: what is removed', () => {
  it.each([
    ['script element', '<b>x</b><script>alert(1)</script>', '<b>x</b>'],
    [
      'event handler',
      '<img src="heart.png" onerror="alert(1)"><span onmouseover="x()">y</span>',
      `<img src="${mediaUrl(HEART)}"><span>y</span>`,
    ],
    ['javascript: link', '<a href="javascript:alert(1)">click</a>', 'click'],
    ['remote link', '<a href="https://example.com/">site</a>', 'site'],
    ['iframe', '<iframe src="https://example.com/"></iframe>ok', 'ok'],
    ['object and embed', '<object data="x.swf">a</object><embed src="x.swf">b', 'b'],
    ['style element', '<style>@import "https://evil/x.css"; body{display:none}</style>text', 'text'],
    ['svg with onload', '<svg onload="alert(1)"><circle r="5"/></svg>after', 'after'],
    ['math mXSS', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', ''],
    ['noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', ''],
    [
      'form and input',
      '<form action="javascript:alert(1)"><input type="submit" value="go"><button>b</button></form>',
      'b',
    ],
    [
      'meta, base and link',
      '<meta http-equiv="refresh" content="0;url=https://x"><base href="https://x/"><link rel="stylesheet" href="https://x">t',
      't',
    ],
    ['template', '<template><script>alert(1)</script></template>t', 't'],
    ['ids and names (DOM clobbering)', '<div id="api" name="x">t</div>', '<div>t</div>'],
    ['comments', 'a<!-- <script>alert(1)</script> -->b', 'ab'],
    ['unknown classes', '<span class="cloze fixed inset-0">t</span>', '<span class="cloze">t</span>'],
  ])('%s', (_label, input, expected) => {
    expect(clean(input)).toBe(expected);
    expectSafe(clean(input));
  });

  it.each([
    ['remote', 'https://example.com/tracker.png'],
    ['protocol-relative (a name the deck does not have)', '//example.com/tracker.png'],
    ['data:', 'data:image/png;base64,iVBORw0KGgo='],
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with a tab entity', 'jav&#x09;ascript:alert(1)'],
    ['another app:// host', 'app://renderer/index.html'],
    ['app://media with a query', `app://media/${HEART}?x=1`],
    ['app://media upper case', `app://media/${HEART.toUpperCase()}`],
  ])('an image with a %s URL becomes a placeholder', (_label, src) => {
    const result = sanitizeCardHtml(`<img src="${src}" alt="a">`, { resolveMedia: lookup });
    expect(result.html).toMatch(/^<span class="media-missing">\[(image removed|missing image)[^<]*\]<\/span>$/);
    expect(result.mediaHashes).toEqual([]);
    expectSafe(result.html);
  });

  it('removes srcset, remote audio, video and source elements', () => {
    const html = clean(
      '<img src="heart.png" srcset="https://x/1.png 1x"><audio src="https://x/a.mp3"></audio><video src="v.mp4" poster="https://x/p.png"></video><source src="https://x/s.mp3">',
    );
    expect(html).toBe(
      `<img src="${mediaUrl(HEART)}"><span class="media-missing">[audio removed: only files from the deck are shown]</span>`,
    );
  });

  it('reduces styles to plain formatting (no url(), expression(), positioning)', () => {
    expect(clean('<p style="color: red; position: fixed; background: url(https://x)">x</p>')).toBe(
      '<p style="color: red">x</p>',
    );
    expect(clean('<span style="width: expression(alert(1))">y</span>')).toBe('<span>y</span>');
    expect(clean('<span style="color: expression(alert(1))">y</span>')).toBe('<span>y</span>');
    expect(clean('<span style="behavior: url(x.htc); -moz-binding: url(x.xml#y)">y</span>')).toBe('<span>y</span>');
    expect(clean('<span style="color: \\72 ed; font-weight: bold">y</span>')).toBe(
      '<span style="font-weight: bold">y</span>',
    );
    expect(clean('<font color="red" face="Arial">r</font><font color="red;background:url(x)">z</font>')).toBe(
      '<font color="red">r</font><font>z</font>',
    );
  });
});

describe('sanitizeCardHtml: what is kept', () => {
  it('keeps formatting, lists and tables', () => {
    const input =
      '<div><b>Bold</b> <i>it</i> <u>under</u> H<sub>2</sub>O x<sup>2</sup><br>' +
      '<ul><li>one</li></ul><ol start="3"><li>three</li></ol>' +
      '<table><thead><tr><th colspan="2">Head</th></tr></thead><tbody><tr><td rowspan="2">a</td><td>b</td></tr></tbody></table></div>';
    expect(clean(input)).toBe(input);
  });

  it('keeps what rendered templates add: cloze spans and hint disclosures', () => {
    const input =
      '<span class="cloze">[...]</span> <details class="hint"><summary>Show hint</summary>Left side</details>';
    expect(clean(input)).toBe(input);
    expect(clean('<details ontoggle="alert(1)" open><summary onclick="x()">s</summary>t</details>')).toBe(
      '<details><summary>s</summary>t</details>',
    );
  });

  it('keeps plain colours, weight, slant, decoration and alignment in styles', () => {
    const input =
      '<span style="color: #ff0000; background-color: rgb(255, 255, 0); font-weight: 700; font-style: italic; ' +
      'text-decoration: underline line-through; text-align: center">x</span>';
    expect(clean(input)).toBe(input);
  });

  it('is idempotent: the renderer may sanitize stored HTML again without changing it', () => {
    const once = clean('<img src="heart.png" width="300">[sound:beat.mp3]<b style="color:red">x</b>');
    expect(sanitizeCardHtml(once).html).toBe(once);
  });
});

describe('sanitizeCardHtml: media', () => {
  it('rewrites known image names to app://media URLs and reports the hashes once each', () => {
    const result = sanitizeCardHtml('<img src="heart.png" alt="Heart" width="300"><img src="heart.png">', {
      resolveMedia: lookup,
    });
    expect(result.html).toBe(`<img src="${mediaUrl(HEART)}" alt="Heart" width="300"><img src="${mediaUrl(HEART)}">`);
    expect(result.mediaHashes).toEqual([HEART]);
    expect(result.missingMedia).toEqual([]);
  });

  it('finds names written with entities or percent-encoding', () => {
    expect(clean('<img src="left&#32;atrium.png">')).toBe(`<img src="${mediaUrl(HEART)}">`);
    expect(clean('<img src="left%20atrium.png">')).toBe(`<img src="${mediaUrl(HEART)}">`);
  });

  it('shows unknown names as placeholders and lists them', () => {
    const result = sanitizeCardHtml('<img src="lung.png">Listen [sound:murmur.mp3]', { resolveMedia: lookup });
    expect(result.html).toBe(
      '<span class="media-missing">[missing image: lung.png]</span>Listen <span class="media-missing">[missing audio: murmur.mp3]</span>',
    );
    expect(result.missingMedia).toEqual(['lung.png', 'murmur.mp3']);
  });

  it('treats every name as unknown without a lookup, and ignores a lookup answer that is not a hash', () => {
    expect(sanitizeCardHtml('<img src="heart.png">').missingMedia).toEqual(['heart.png']);
    expect(sanitizeCardHtml('<img src="heart.png">', { resolveMedia: () => '../etc/passwd' }).html).toBe(
      '<span class="media-missing">[missing image: heart.png]</span>',
    );
  });

  it('never asks the lookup about URLs', () => {
    const asked: string[] = [];
    const result = sanitizeCardHtml('<img src="https://x/heart.png">[sound:http://x/beat.mp3]<img src="heart.png">', {
      resolveMedia: (name) => (asked.push(name), null),
    });
    expect(asked).toEqual(['heart.png']);
    expect(result.removedMedia).toBe(2);
    expect(result.html).not.toContain('x/');
  });

  it('turns [sound:…] tags into audio elements, wherever they sit in the text', () => {
    const result = sanitizeCardHtml('<b>Murmur [sound:beat.mp3]</b> then [sound:beat.mp3].', { resolveMedia: lookup });
    const audio = `<audio controls preload="none" src="${mediaUrl(BEAT)}"></audio>`;
    expect(result.html).toBe(`<b>Murmur ${audio}</b> then ${audio}.`);
    expect(result.mediaHashes).toEqual([BEAT]);
  });

  it('leaves [sound:…] inside attribute values alone', () => {
    expect(clean('<span title="[sound:beat.mp3]">x</span>')).toBe('<span title="[sound:beat.mp3]">x</span>');
  });

  it('gives the renderer a tree with the same content', () => {
    const { tree, mediaHashes } = sanitizeCardTree('<img src="heart.png"><script>x</script>', { resolveMedia: lookup });
    const root: Root = tree;
    expect(root.children).toMatchObject([{ type: 'element', tagName: 'img', properties: { src: mediaUrl(HEART) } }]);
    expect(mediaHashes).toEqual([HEART]);
  });
});

describe('sanitizeCardHtml: hostile sizes', () => {
  it('refuses a field over the length cap with a clear message', () => {
    expect(() => sanitizeCardHtml('x'.repeat(MAX_CARD_HTML_CHARS + 1))).toThrow(CardHtmlError);
    expect(() => sanitizeCardHtml('x'.repeat(MAX_CARD_HTML_CHARS + 1))).toThrow(/too long/);
  });

  it('refuses absurd nesting with a clear message instead of overflowing the stack', () => {
    for (const depth of [300, 20_000]) {
      expect(() => sanitizeCardHtml('<div>'.repeat(depth) + 'x')).toThrow(/nested too deeply/);
    }
    expect(sanitizeCardHtml('<div>'.repeat(50) + 'x').html).toContain('x');
  });
});

describe('sanitizeCardHtml: any input', () => {
  const pieces = fc.constantFrom(
    '<script>',
    '</script>',
    '<img src=x onerror=alert(1)>',
    '<img src="heart.png">',
    '<svg>',
    '<math>',
    '<style>',
    '</style>',
    '<noscript>',
    '</noscript>',
    '<a href="javascript:alert(1)">',
    '</a>',
    '<div style="background:url(javascript:alert(1))">',
    '<p title="',
    '">',
    '<table>',
    '<td>',
    '<template>',
    '<!--',
    '-->',
    '<![CDATA[',
    '[sound:beat.mp3]',
    '[sound:javascript:alert(1)]',
    '<b onclick=alert(1)>',
    '</b>',
    '&lt;script&gt;',
    '<iframe srcdoc="<script>alert(1)</script>">',
    'text ',
  );
  const soup = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));

  it('always yields safe HTML that a second pass leaves unchanged', () => {
    fc.assert(
      fc.property(soup, (input) => {
        const once = clean(input);
        expectSafe(once);
        expect(clean(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('filterStyle', () => {
  it('keeps allowed declarations, normalised, and drops the rest', () => {
    expect(filterStyle('COLOR:Red;  font-weight :  bold ; margin: 0')).toBe('color: Red; font-weight: bold');
    expect(filterStyle('color: red !important')).toBeNull();
    expect(filterStyle('color: var(--x)')).toBeNull();
    expect(filterStyle('color: /* x */ red')).toBeNull();
    expect(filterStyle('')).toBeNull();
  });
});
