// Stored note fields → Anki HTML: Anki's own HTML goes out untouched; a field saved sanitized (images as
// app://media/<hash>, [sound:] as audio elements, unknown files as placeholders) calls its files by name
// again; and the names a field calls are found for the package's media list.
import { describe, expect, it } from 'vitest';
import { sanitizeCardHtml } from '../../../../preload/contract/card-html';
import { fieldForAnki, mediaNamesIn } from '../../../../main/services/flashcards/interchange';

const PNG = 'a'.repeat(64);
const MP3 = 'b'.repeat(64);
const names = new Map([
  [PNG, 'heart & lungs.png'],
  [MP3, 'beat.mp3'],
]);
const nameOf = (hash: string) => names.get(hash) ?? null;
const lookup = (name: string) => [...names].find(([, n]) => n === name)?.[0] ?? null;

describe('fieldForAnki', () => {
  it('leaves Anki HTML without app media exactly as stored', () => {
    for (const field of [
      '<img src="heart.png"> <b>bold</b> &nbsp;[sound:x.mp3]',
      '<div style="color: red">a<br>b</div>',
      '',
      'a < b & c',
    ]) {
      expect(fieldForAnki(field, nameOf)).toBe(field);
    }
  });

  it('turns what the sanitizer made of media back into names and [sound:] tags', () => {
    const original = '<img src="heart &amp; lungs.png"> Murmur [sound:beat.mp3] <i>late</i>';
    const stored = sanitizeCardHtml(original, { resolveMedia: lookup }).html;
    expect(stored).toContain(`app://media/${PNG}`);
    expect(stored).toContain('<audio');
    const back = fieldForAnki(stored, nameOf);
    expect(back).not.toContain('app://media');
    expect(back).toContain('[sound:beat.mp3]');
    expect(mediaNamesIn(back).sort()).toEqual(['beat.mp3', 'heart & lungs.png']);
    // Sanitizing the exported field again gives what was stored: nothing was lost on the way out.
    expect(sanitizeCardHtml(back, { resolveMedia: lookup }).html).toBe(stored);
  });

  it('restores references the placeholders name, and drops files with no name to go out under', () => {
    const stored = sanitizeCardHtml('<img src="gone.png"> and [sound:gone.mp3] <img src="heart &amp; lungs.png">', {
      resolveMedia: lookup,
    }).html;
    expect(stored).toContain('[missing image: gone.png]');
    const back = fieldForAnki(stored, nameOf);
    expect(back).toContain('<img src="gone.png">');
    expect(back).toContain('[sound:gone.mp3]');
    expect(fieldForAnki(`<img src="app://media/${'c'.repeat(64)}">x`, nameOf)).toBe('x');
  });
});

describe('mediaNamesIn', () => {
  it('finds image sources and sound tags, decoded, and no URLs', () => {
    const html =
      `<IMG class=x SRC='one.png'><img alt="a" src=two%20words.jpg>` +
      `<img src="https://example.com/x.png"><img src="data:image/png;base64,AA">[sound:clip.ogg]`;
    expect(mediaNamesIn(html).sort()).toEqual(['clip.ogg', 'one.png', 'two words.jpg', 'two%20words.jpg']);
    expect(mediaNamesIn('no media here')).toEqual([]);
  });
});
