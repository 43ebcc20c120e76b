// Safety notices above an answer: the fixed texts, most urgent first, alerts for the urgent kinds,
// and the same output whatever the answer says.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SAFETY_NOTICE_TEXT } from '../../../preload/contract/safety-notices';
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

  it('makes crisis, emergency and poisoning alerts, and the dose caution a quieter note', () => {
    for (const kind of ['crisis', 'emergency', 'poisoning'] as const) {
      expect(renderToStaticMarkup(<SafetyNotices notices={[kind]} />)).toContain('role="alert"');
    }
    const dose = renderToStaticMarkup(<SafetyNotices notices={['dose']} />);
    expect(dose).toContain('role="note"');
    expect(dose).not.toContain('role="alert"');
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
});
