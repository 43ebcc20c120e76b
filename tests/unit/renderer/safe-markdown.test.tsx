// SafeMarkdown must render model output inert: no raw HTML, no script URLs, no navigation, no image loads.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { SafeMarkdown } from '../../../renderer/src/features/chat/components/SafeMarkdown';

const render = (content: string): string => renderToStaticMarkup(<SafeMarkdown content={content} />);

describe('SafeMarkdown', () => {
  it('renderer.markdown.inert-html: drops raw HTML, scripts and event handlers', () => {
    const html = render(
      [
        'Before <img src=x onerror=alert(1)> after',
        '',
        '<script>alert(1)</script>',
        '',
        '<a href="javascript:alert(1)">x</a>',
        '',
        '<iframe src="https://example.com"></iframe>',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('Before');
  });

  it('renderer.markdown.script-urls: markdown links with script/data URLs lose the URL', () => {
    const html = render('[click](javascript:alert(1)) [v](vbscript:msgbox) [d](data:text/html,<b>x</b>)');
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/vbscript:/i);
    expect(html).not.toMatch(/data:/i);
    expect(html).toContain('click');
  });

  it('renderer.markdown.no-images: images render as alt text only', () => {
    const html = render('![a chest x-ray](http://example.com/x.png)');
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('example.com');
    expect(html).toContain('a chest x-ray');
  });

  it('renderer.markdown.inert-links: https links keep their text but have no href', () => {
    const html = render('See [PubMed](https://pubmed.ncbi.nlm.nih.gov/) and <https://example.org>.');
    expect(html).toContain('PubMed');
    expect(html).not.toMatch(/href=/i);
    expect(html).not.toMatch(/<a[\s>]/i);
    expect(html).toContain('title="Link (not opened in this offline app): https://pubmed.ncbi.nlm.nih.gov/"');
  });

  it('renderer.markdown.basics: lists, code, bold, tables render', () => {
    const html = render(
      [
        '**Bold** and `inline`',
        '',
        '- one',
        '- two',
        '',
        '1. first',
        '',
        '```',
        'const x = 1;',
        '```',
        '',
        '| A | B |',
        '|---|---|',
        '| 1 | 2 |',
      ].join('\n'),
    );
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).toContain('<code>inline</code>');
    expect(html).toMatch(/<ul>\s*<li>one<\/li>/);
    expect(html).toContain('<ol>');
    expect(html).toMatch(/<pre><code>const x = 1;/);
    expect(html).toContain('<table>');
    expect(html).toContain('<td>2</td>');
  });
});

describe('SafeMarkdown while streaming', () => {
  it('renderer.markdown.streaming-same: block-wise rendering matches the whole-document rendering', () => {
    const text =
      '# Title\n\nPara with **bold**.\n\n- a\n- b\n\n```\nx = 1\n\ny\n```\n\n| A |\n|---|\n| 1 |\n\nTail [l](https://x.org)';
    const whole = renderToStaticMarkup(<SafeMarkdown content={text} />);
    const streamed = renderToStaticMarkup(<SafeMarkdown content={text} streaming />);
    expect(streamed.replace(/\n/g, '')).toBe(whole.replace(/\n/g, ''));
    const hostile = renderToStaticMarkup(
      <SafeMarkdown content={'x\n\n<img src=x onerror=alert(1)>\n\n[c](javascript:alert(1))'} streaming />,
    );
    expect(hostile).not.toMatch(/<img|onerror|javascript:/i);
  });
});
