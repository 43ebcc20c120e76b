// The "what is this?" tip: a disclosure button named after its term, tied to a plain-words explanation that is
// hidden until asked for, in every UI language; Esc closes an open tip only while its button has focus.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TermTip } from '../../../../renderer/src/components/ui/TermTip';
import { tipTakesKey, type Term } from '../../../../renderer/src/components/ui/terms';
import { i18n } from '../../../../renderer/src/i18n';
import english from '../../../../renderer/src/i18n/locales/en/common.json';

const TERMS = Object.keys(english.terms) as Term[];

function parts(html: string) {
  const button = /<button [^>]*>/.exec(html)?.[0] ?? '';
  const controls = /aria-controls="([^"]+)"/.exec(button)?.[1];
  const text = new RegExp(`<span id="${controls}"[^>]*>([^<]*)</span>`).exec(html);
  return { button, controls, textTag: text?.[0] ?? '', text: text?.[1] ?? '' };
}

describe('TermTip', () => {
  it('is a closed disclosure: a named button that controls a hidden explanation', () => {
    const { button, controls, textTag, text } = parts(renderToStaticMarkup(<TermTip term="gguf" />));
    expect(button).toContain('type="button"');
    expect(button).toContain('aria-expanded="false"');
    expect(button).toContain('aria-label="What does “GGUF” mean?"');
    expect(button).toContain('data-term="gguf"');
    expect(controls).toBeTruthy();
    expect(textTag).toContain('hidden=""');
    expect(text).toContain('file format');
  });

  it('open, the explanation is shown and the button says so', () => {
    const { button, textTag, text } = parts(renderToStaticMarkup(<TermTip term="perplexity" defaultOpen />));
    expect(button).toContain('aria-expanded="true"');
    expect(textTag).not.toContain('hidden');
    expect(text).toContain('PPL = exp(−(1/N) · Σ log p(tokenᵢ))');
  });

  it('names the term as printed next to it when asked to', () => {
    const { button } = parts(renderToStaticMarkup(<TermTip term="quantization" name="Q8_0" />));
    expect(button).toContain('aria-label="What does “Q8_0” mean?"');
  });

  it('each tip has its own explanation', () => {
    const html = renderToStaticMarkup(
      <p>
        <TermTip term="lora" /> <TermTip term="peft" />
      </p>,
    );
    const ids = [...html.matchAll(/aria-controls="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(html).toContain(`id="${id}"`);
  });

  it('asks and explains every term in Spanish, French and German', async () => {
    const questions = {
      es: /aria-label="¿Qué significa «[^"]+»\?"/,
      fr: /aria-label="Que signifie «\u00a0[^"]+\u00a0»\u00a0\?"/,
      de: /aria-label="Was bedeutet „[^"]+“\?"/,
    };
    try {
      for (const [language, question] of Object.entries(questions)) {
        await i18n.changeLanguage(language);
        for (const term of TERMS) {
          const html = renderToStaticMarkup(<TermTip term={term} />);
          expect(html, `${language} ${term}`).toMatch(question);
          expect(parts(html).text, `${language} ${term}`).toBe(i18n.t(`terms.${term}.text`, { ns: 'common' }));
          expect(parts(html).text).not.toBe(english.terms[term].text);
        }
      }
      expect(renderToStaticMarkup(<TermTip term="gpuLayers" />)).toContain(
        'aria-label="Was bedeutet „GPU-Schichten“?"',
      );
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});

describe('tipTakesKey', () => {
  it('Esc closes an open tip whose button has focus, and nothing else', () => {
    expect(tipTakesKey({ key: 'Escape', open: true, onButton: true })).toBe(true);
    expect(tipTakesKey({ key: 'Esc', open: true, onButton: true })).toBe(true);
    // Closed, or focus elsewhere: the key belongs to the dialog or the page.
    expect(tipTakesKey({ key: 'Escape', open: false, onButton: true })).toBe(false);
    expect(tipTakesKey({ key: 'Escape', open: true, onButton: false })).toBe(false);
    expect(tipTakesKey({ key: 'Enter', open: true, onButton: true })).toBe(false);
    expect(tipTakesKey({ key: ' ', open: true, onButton: true })).toBe(false);
  });
});
