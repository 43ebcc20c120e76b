// CardContent rendered on the server: text cards as typed, HTML cards through the sanitizer into
// elements (images, audio buttons, cloze, hints, missing media), and hostile HTML rendered inert.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { CardContent } from '../../../../renderer/src/components/card/CardContent';
import { cardSideLine, cardSideSummary } from '../../../../preload/contract/card-html';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);
const html = (content: string) => renderToStaticMarkup(<CardContent format="html" content={content} />);

describe('CardContent, text cards', () => {
  it('shows the text as typed: markup is text, line breaks kept by pre-wrap', () => {
    const out = renderToStaticMarkup(<CardContent format="text" content={'<b>Na+</b>\n135–145'} />);
    expect(out).toContain('&lt;b&gt;Na+&lt;/b&gt;');
    expect(out).not.toContain('<b>');
    expect(out).toContain('whitespace-pre-wrap');
    expect(out).toContain('data-format="text"');
  });
});

describe('CardContent, HTML cards', () => {
  it('keeps formatting and turns allowed styles into style properties', () => {
    const out = html(
      '<b>bold</b> <i>it</i><div style="color: red; text-align: center">centred</div><ul><li>x</li></ul>',
    );
    expect(out).toContain('<b>bold</b>');
    expect(out).toContain('<i>it</i>');
    expect(out).toMatch(/<div style="color:red;text-align:center">centred<\/div>/);
    expect(out).toContain('<ul><li>x</li></ul>');
    expect(out).toContain('class="card-content');
  });

  it("shows an imported note type's card style (its wrapper) as style properties, nothing more", () => {
    const out = html(
      '<div class="card-style" style="text-align: center; color: black; background-color: white"><b>Na+</b></div>',
    );
    expect(out).toContain(
      '<div class="card-style" style="text-align:center;color:black;background-color:white"><b>Na+</b></div>',
    );
    // A wrapper written by hand into a field gets no further than any other styled element.
    const forged = html('<div class="card-style" style="position: fixed; inset: 0; color: red">x</div>');
    expect(forged).toContain('<div class="card-style" style="color:red">x</div>');
  });

  it('shows app://media images constrained to the card, with alt text (given or a fallback)', () => {
    const out = html(
      `<img src="app://media/${HASH_A}" alt="Alveolus, H&amp;E"><img src="app://media/${HASH_B}" width="300">`,
    );
    const images = out.match(/<img [^>]*>/g) ?? [];
    expect(images).toHaveLength(2);
    expect(images[0]).toContain(`src="app://media/${HASH_A}"`);
    expect(images[0]).toContain('alt="Alveolus, H&amp;E"');
    expect(images[1]).toContain('alt="Image on the card"');
    expect(images[1]).toContain('width="300"');
    for (const image of images) expect(image).toContain('class="card-image"');
  });

  it('shows audio as a Play button over a hidden audio element that never autoplays or preloads', () => {
    const out = html(`Listen: <audio controls preload="none" src="app://media/${HASH_A}"></audio>`);
    expect(out).toMatch(/<button type="button" data-testid="card-audio" aria-label="Play audio"/);
    const audio = out.match(/<audio [^>]*>/)?.[0] ?? '';
    expect(audio).toContain(`src="app://media/${HASH_A}"`);
    expect(audio).toContain('preload="none"');
    expect(audio).not.toMatch(/autoplay|controls/);
  });

  it('highlights cloze deletions and shows hints as a closed native details element', () => {
    const out = html(
      '<span class="cloze">[...]</span> shows no P waves<details class="hint"><summary>Show hint</summary>rhythm</details>',
    );
    expect(out).toContain('<span class="cloze">[...]</span>');
    expect(out).toContain('<details class="hint"><summary>Show hint</summary>rhythm</details>');
    expect(out).not.toMatch(/<details[^>]* open/);
  });

  it('shows missing media as a visible placeholder', () => {
    const out = html('<span class="media-missing">[missing image: ecg.png]</span>');
    expect(out).toContain('<span class="media-missing">[missing image: ecg.png]</span>');
  });

  it('renders hostile HTML inert: no script, handlers, javascript: or remote URLs, no foreign styles', () => {
    const out = html(
      [
        '<script>alert(1)</script>',
        '<img src="x.png" onerror="alert(2)">',
        '<img src="https://evil.example/track.png">',
        '<a href="javascript:alert(3)">link</a>',
        '<audio src="http://evil.example/a.mp3" autoplay></audio>',
        '<iframe src="https://evil.example"></iframe>',
        '<div style="background: url(https://evil.example/x.png); position: fixed" onclick="alert(4)">text</div>',
        '<svg><script>alert(5)</script></svg>',
        '<style>body{display:none}</style>',
        '<form action="https://evil.example"><input name="q"></form>',
      ].join(''),
    );
    expect(out).not.toMatch(/<script|<iframe|<svg|<style|<form|<input|<a /i);
    expect(out).not.toMatch(/onerror|onclick|javascript:|evil\.example|autoplay|url\(|position/i);
    expect(out).not.toMatch(/<img/i);
    expect(out).not.toMatch(/<audio/i);
    expect(out).toContain('link');
    expect(out).toContain('text');
    expect(out).toContain('class="media-missing"');
  });

  it('a field too deep to show safely says so instead of throwing', () => {
    const out = html('<div>'.repeat(5000) + 'deep');
    expect(out).toContain('class="media-missing"');
    expect(out).toMatch(/nested too deeply/);
  });
});

describe('card side as text', () => {
  it('reads HTML as text with blocks on their own lines, counting images and audio', () => {
    const summary = cardSideSummary(
      'html',
      `<div>Stain: H&amp;E</div><img src="app://media/${HASH_A}"><ul><li>one</li><li>two</li></ul><audio controls preload="none" src="app://media/${HASH_B}"></audio><table><tr><td>a</td><td>b</td></tr></table>`,
    );
    expect(summary).toEqual({ text: 'Stain: H&E\none\ntwo\na b', images: 1, audio: 1 });
    expect(cardSideLine('html', '<b>Type II</b><br>pneumocyte')).toBe('Type II pneumocyte');
    const hinted = 'AF<details class="hint"><summary>Show hint</summary>rhythm</details>';
    expect(cardSideLine('html', hinted)).toBe('AF rhythm');
    expect(cardSideSummary('html', hinted, { hints: false }).text).toBe('AF');
  });

  it('leaves text cards alone and drops script content from HTML ones', () => {
    expect(cardSideSummary('text', '<b>x</b>')).toEqual({ text: '<b>x</b>', images: 0, audio: 0 });
    expect(cardSideLine('html', '<script>alert(1)</script>Safe')).toBe('Safe');
  });
});
