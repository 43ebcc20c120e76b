// Safety notices above an answer: the fixed texts, most urgent first, alerts for the urgent kinds,
// the same output whatever the answer says, and the text in the question's language.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { noticeLanguageOf } from '../../../preload/contract/notice-language';
import { SAFETY_NOTICE_TEXT, SAFETY_NOTICE_TEXTS } from '../../../preload/contract/safety-notices';
import { ScopeDeclinePanel } from '../../../renderer/src/features/chat/components/ScopeDeclinePanel';
import { noticeLanguageFor } from '../../../renderer/src/features/chat/state/notice-language';
import { AssistantMessage } from '../../../renderer/src/features/chat/components/AssistantMessage';
import { orderedNotices, SafetyNotices } from '../../../renderer/src/features/chat/components/SafetyNotices';
import { message } from './fixtures';

const escape = (text: string) => renderToStaticMarkup(<>{text}</>);

describe('SafetyNotices', () => {
  it('shows the fixed text of each notice, most urgent first, each once', () => {
    expect(orderedNotices(['dose', 'emergency', 'dose', 'crisis'])).toEqual(['crisis', 'emergency', 'dose']);
    const html = renderToStaticMarkup(<SafetyNotices notices={['dose', 'emergency']} />);
    expect(html.indexOf('data-kind="emergency"')).toBeLessThan(html.indexOf('data-kind="dose"'));
    for (const kind of ['emergency', 'dose'] as const) {
      expect(html).toContain(escape(SAFETY_NOTICE_TEXT[kind].title));
      expect(html).toContain(escape(SAFETY_NOTICE_TEXT[kind].body));
    }
  });

  it('makes crisis, harm to others, emergency and poisoning alerts, and the other kinds quieter notes', () => {
    for (const kind of ['crisis', 'harm_to_others', 'emergency', 'poisoning'] as const) {
      expect(renderToStaticMarkup(<SafetyNotices notices={[kind]} />)).toContain('role="alert"');
    }
    for (const kind of ['animal_exposure', 'others_medicine', 'eating_disorder', 'dose'] as const) {
      const note = renderToStaticMarkup(<SafetyNotices notices={[kind]} />);
      expect(note).toContain('role="note"');
      expect(note).not.toContain('role="alert"');
    }
    expect(renderToStaticMarkup(<SafetyNotices notices={[]} />)).toBe('');
  });

  it('renders identically above any answer, before its text, also while streaming', () => {
    const notice = (content: string, streaming: boolean) => {
      const html = renderToStaticMarkup(
        <AssistantMessage
          message={message({ id: 1, notices: ['emergency'], status: streaming ? 'streaming' : 'complete' })}
          content={content}
          streaming={streaming}
          onRegenerate={null}
          highlighted={false}
        />,
      );
      expect(html.indexOf('data-testid="safety-notice"')).toBeLessThan(html.indexOf('data-testid="message-content"'));
      return /<div[^>]*data-testid="safety-notice"[\s\S]*?<\/div>/.exec(html)?.[0];
    };
    const calm = notice('This is nothing to worry about, no need to see anyone.', false);
    expect(calm).toBeDefined();
    expect(notice('Call emergency services now.', false)).toBe(calm);
    expect(notice('', true)).toBe(calm);
  });

  it('shows the reviewed text in the question’s language, marked with lang for screen readers', () => {
    const html = renderToStaticMarkup(<SafetyNotices notices={['crisis', 'animal_exposure']} language="es" />);
    for (const kind of ['crisis', 'animal_exposure'] as const) {
      expect(html).toContain(escape(SAFETY_NOTICE_TEXTS.es[kind].title));
      expect(html).not.toContain(escape(SAFETY_NOTICE_TEXT[kind].title));
    }
    expect(html.match(/lang="es"/g)).toHaveLength(2);
  });
});

describe('notice language', () => {
  it('is the language of the question, English when unclear', () => {
    expect(noticeLanguageOf('Quiero morir, no puedo más')).toBe('es');
    expect(noticeLanguageOf("J'ai envie de mourir, je ne sais pas quoi faire")).toBe('fr');
    expect(noticeLanguageOf('Was tun nach einem Hundebiss?')).toBe('de');
    expect(noticeLanguageOf('What should I do after a dog bite?')).toBe('en');
    expect(noticeLanguageOf('suicidio')).toBe('en');
    expect(noticeLanguageOf('')).toBe('en');
  });

  it('of an answer is its question’s; a declined question’s notices follow its own text', () => {
    const messages = [
      message({ id: 1, role: 'user', content: 'Mi perro me mordió la mano, ¿qué hago?' }),
      message({ id: 2, notices: ['animal_exposure'] }),
      message({ id: 3, notices: [] }),
    ];
    expect(noticeLanguageFor(messages, 1)).toBe('es');
    expect(noticeLanguageFor(messages, 0)).toBe('en');
    expect(noticeLanguageFor(messages, 2)).toBe('en');
    const html = renderToStaticMarkup(
      <ScopeDeclinePanel
        decline={{
          text: 'Ich will nicht mehr leben und schreibe ein Gedicht',
          decision: { label: 'out_of_scope', score: 0, reason: 'No medical terms found.', matched: [] },
          canAskAnyway: true,
          notices: ['crisis'],
        }}
        busy={false}
        onAskAnyway={() => undefined}
        onEdit={() => undefined}
      />,
    );
    expect(html).toContain(escape(SAFETY_NOTICE_TEXTS.de.crisis.title));
  });
});
