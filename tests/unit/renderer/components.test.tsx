// Server-rendered checks of the UI pieces: test ids, statuses and the app shell's always-visible parts.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { App } from '../../../renderer/src/App';
import { ApiProvider } from '../../../renderer/src/lib/api';
import { MessageRow } from '../../../renderer/src/features/chat/components/MessageRow';
import { Composer } from '../../../renderer/src/features/chat/components/Composer';
import { ConversationItem } from '../../../renderer/src/features/chat/components/ConversationItem';
import { ChatEmptyState } from '../../../renderer/src/features/chat/components/ChatEmptyState';
import { ModelStatusIndicator } from '../../../renderer/src/features/model/components/ModelStatusIndicator';
import { ModelCrashBanner } from '../../../renderer/src/features/model/components/ModelCrashBanner';
import { InUsePanel } from '../../../renderer/src/features/settings/components/InUsePanel';
import { fakeApi, message, readyStatus } from './fixtures';

const noop = () => undefined;
const countOf = (html: string, needle: string) => html.split(needle).length - 1;
const sendButtonTag = (html: string) => /<button[^>]*data-testid="send-button"[^>]*>/.exec(html)?.[0] ?? '';

describe('app shell', () => {
  it('renderer.shell.testids: disclaimer, header, sidebar and composer are present on first paint', () => {
    const html = renderToStaticMarkup(
      <ApiProvider api={fakeApi()}>
        <App />
      </ApiProvider>,
    );
    for (const id of [
      'disclaimer',
      'model-status',
      'open-chat',
      'open-settings',
      'new-conversation',
      'conversation-search',
      'message-list',
      'composer-input',
      'send-button',
    ]) {
      expect(countOf(html, `data-testid="${id}"`), id).toBe(1);
    }
    expect(html).toContain(
      'Educational use only — not medical advice. Do not use for diagnosis or treatment decisions.',
    );
    expect(html).not.toContain('data-testid="stop-button"');
  });
});

describe('messages', () => {
  it('renderer.message.user-plain: user text is escaped plain text with whitespace preserved', () => {
    const html = renderToStaticMarkup(
      <MessageRow
        message={message({ id: 1, role: 'user', content: '<b>hi</b>\n  there' })}
        streamingContent={null}
        onRegenerate={null}
      />,
    );
    expect(html).toContain('data-testid="message-user"');
    expect(html).toContain('&lt;b&gt;hi&lt;/b&gt;');
    expect(html).toContain('whitespace-pre-wrap');
  });

  it('renderer.message.footer: stats, copy and regenerate on a finished answer', () => {
    const html = renderToStaticMarkup(
      <MessageRow
        message={message({ id: 2, content: '**Done**', modelName: 'TinyLlama', tokensPerSecond: 31.25 })}
        streamingContent={null}
        onRegenerate={noop}
      />,
    );
    expect(html).toContain('data-status="complete"');
    expect(html).toMatch(/data-testid="message-stats"[^>]*>TinyLlama · 31\.3 tok\/s</);
    expect(html).toContain('data-testid="copy-message"');
    expect(html).toContain('data-testid="regenerate"');
    expect(html).toContain('<strong>Done</strong>');
  });

  it('renderer.message.streaming: shows live text, no copy/regenerate, data-status=streaming', () => {
    const html = renderToStaticMarkup(
      <MessageRow
        message={message({ id: 3, status: 'streaming' })}
        streamingContent="Partial *answer*"
        onRegenerate={noop}
      />,
    );
    expect(html).toContain('data-status="streaming"');
    expect(html).toContain('<em>answer</em>');
    expect(html).not.toContain('data-testid="regenerate"');
    expect(html).not.toContain('data-testid="copy-message"');
  });

  it('renderer.message.status-badges: stopped, failed (with error) and interrupted are labelled', () => {
    const render = (status: 'stopped' | 'failed' | 'interrupted', error: string | null) =>
      renderToStaticMarkup(
        <MessageRow
          message={message({ id: 4, status, error, content: 'x' })}
          streamingContent={null}
          onRegenerate={null}
        />,
      );
    expect(render('stopped', null)).toContain('Stopped');
    const failed = render('failed', 'Context window exceeded');
    expect(failed).toContain('Failed');
    expect(failed).toContain('Context window exceeded');
    expect(render('interrupted', null)).toContain('Interrupted');
    expect(render('stopped', null)).not.toContain('data-testid="regenerate"');
  });
});

describe('composer and sidebar', () => {
  it('renderer.composer.buttons: Send disabled when empty or streaming; Stop only while streaming', () => {
    const ref = { current: null };
    const idle = renderToStaticMarkup(
      <Composer value="" onChange={noop} onSend={noop} onStop={noop} isStreaming={false} inputRef={ref} />,
    );
    expect(sendButtonTag(idle)).toContain('disabled=""');
    const ready = renderToStaticMarkup(
      <Composer value="Why?" onChange={noop} onSend={noop} onStop={noop} isStreaming={false} inputRef={ref} />,
    );
    expect(sendButtonTag(ready)).not.toContain('disabled=""');
    expect(ready).not.toContain('data-testid="stop-button"');
    const busy = renderToStaticMarkup(
      <Composer value="Why?" onChange={noop} onSend={noop} onStop={noop} isStreaming inputRef={ref} />,
    );
    expect(busy).toContain('data-testid="stop-button"');
    expect(sendButtonTag(busy)).toContain('disabled=""');
  });

  it('renderer.sidebar.item: row carries its id, rename and delete actions, and the search snippet', () => {
    const html = renderToStaticMarkup(
      <ConversationItem
        conversation={{
          id: 7,
          title: 'Renal',
          createdAt: 1,
          updatedAt: 1,
          adapterEnabled: true,
          adapterScale: 1,
          scopeOverride: false,
          useCards: true,
          engine: null,
          snippet: '…loop of Henle…',
          matchedMessageId: 70,
        }}
        selected
        showSnippet
        onSelect={noop}
        onRename={noop}
        onDelete={noop}
      />,
    );
    expect(html).toContain('data-testid="conversation-item"');
    expect(html).toContain('data-conversation-id="7"');
    expect(html).toContain('aria-current="true"');
    expect(html).toContain('data-testid="conversation-rename"');
    expect(html).toContain('data-testid="conversation-delete"');
    expect(html).toContain('…loop of Henle…');
  });
});

describe('model status', () => {
  it('renderer.model.indicator: data-state, name and backend', () => {
    const html = renderToStaticMarkup(<ModelStatusIndicator status={readyStatus} />);
    expect(html).toContain('data-state="ready"');
    expect(html).toContain('TinyLlama-1.1B-Chat');
    expect(html).toContain('CUDA');
  });

  it('renderer.model.crash: crash banner only when crashed', () => {
    const crashed = { ...readyStatus, state: 'crashed' as const, modelInfo: null, message: 'exit code 139' };
    const html = renderToStaticMarkup(<ModelCrashBanner status={crashed} />);
    expect(html).toContain('The model process stopped unexpectedly; restarting…');
    expect(html).toContain('exit code 139');
    expect(renderToStaticMarkup(<ModelCrashBanner status={readyStatus} />)).toBe('');
  });

  it('renderer.model.empty-state: no model loaded offers the download and a file of your own', () => {
    const none = { state: 'unavailable' as const, modelInfo: null, profile: null, message: null, adapter: null };
    const html = renderToStaticMarkup(
      <ChatEmptyState status={none} onOpenSettings={noop} onOpenModels={noop} onPickExample={noop} />,
    );
    expect(html).toContain('No model loaded yet');
    expect(html).toContain('data-testid="no-model-download"');
    expect(html).toContain('data-testid="no-model-file"');
    const ready = renderToStaticMarkup(
      <ChatEmptyState status={readyStatus} onOpenSettings={noop} onOpenModels={noop} onPickExample={noop} />,
    );
    expect(ready).not.toContain('No model loaded yet');
  });

  it('renderer.settings.in-use: backend, layers, threads, context, profile and LoRA file', () => {
    const html = renderToStaticMarkup(<InUsePanel status={readyStatus} />);
    expect(html).toContain('data-testid="in-use-panel"');
    for (const text of [
      'CUDA',
      '23 / 23',
      '>8<',
      '2,048 tokens',
      'Medical adapter format (Gemma-style turns)',
      'medical-lora.gguf',
    ]) {
      expect(html).toContain(text);
    }
  });
});
