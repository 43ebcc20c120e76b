// The renderer side of the scope guard: the decline state, the panel (with and without "Ask
// anyway"), the override badge state, the Settings select and the composer's blank check.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ASSISTANT_PURPOSE } from '../../../preload/contract/assistant-purpose';
import { canSend } from '../../../renderer/src/features/chat/components/Composer';
import { ScopeDeclinePanel } from '../../../renderer/src/features/chat/components/ScopeDeclinePanel';
import {
  chatReducer,
  initialChatState,
  type ChatState,
  type ScopeDecline,
} from '../../../renderer/src/features/chat/state/chatReducer';
import { ScopeGuardField } from '../../../renderer/src/features/settings/components/ScopeGuardField';
import { draftToPatch, isDirty, toDraft } from '../../../renderer/src/features/settings/state/settingsDraft';
import { i18n } from '../../../renderer/src/i18n';
import { conversation, defaultSettings, message } from './fixtures';

const noop = () => undefined;
const decline: ScopeDecline = {
  text: 'What is the capital of France?',
  decision: { label: 'out_of_scope', score: -3, reason: 'It asks about geography.', matched: ['capital'] },
  canAskAnyway: true,
  notices: [],
};

function declined(state: ChatState = initialChatState): ChatState {
  return chatReducer(state, { type: 'declined', decline });
}

describe('chatReducer scope guard state', () => {
  it('keeps the decline until dismissed, another chat is opened or a question is sent', () => {
    const state = declined();
    expect(state.decline).toEqual(decline);
    expect(state.messages).toEqual([]); // nothing was added
    expect(chatReducer(state, { type: 'dismissDecline' }).decline).toBeNull();
    expect(chatReducer(state, { type: 'select', conversationId: 4 }).decline).toBeNull();
    const sent = chatReducer(state, {
      type: 'sendStarted',
      requestId: 'r1',
      conversation: conversation({ id: 2, scopeOverride: true }),
      userMessage: message({ id: 1, role: 'user', conversationId: 2 }),
      assistantMessage: message({ id: 2, status: 'streaming', conversationId: 2 }),
    });
    expect(sent).toMatchObject({ decline: null, scopeOverride: true, conversationId: 2 });
  });

  it('takes the override from the opened conversation, ignoring a reply for a chat no longer open', () => {
    let state = chatReducer(initialChatState, { type: 'select', conversationId: 5 });
    state = chatReducer(state, {
      type: 'conversationInfo',
      conversation: conversation({ id: 6, scopeOverride: true }),
    });
    expect(state.scopeOverride).toBe(false);
    state = chatReducer(state, {
      type: 'conversationInfo',
      conversation: conversation({ id: 5, scopeOverride: true }),
    });
    expect(state.scopeOverride).toBe(true);
    expect(chatReducer(state, { type: 'select', conversationId: null }).scopeOverride).toBe(false);
  });
});

describe('ScopeDeclinePanel', () => {
  it('says what the assistant is for, gives the reason, and offers "Ask anyway" and "Edit question"', () => {
    const html = renderToStaticMarkup(
      <ScopeDeclinePanel decline={decline} busy={false} onAskAnyway={noop} onEdit={noop} />,
    );
    expect(html).toContain(ASSISTANT_PURPOSE);
    expect(html).toContain('It asks about geography.');
    expect(html).toContain('data-testid="scope-ask-anyway"');
    expect(html).toContain('data-testid="scope-edit-question"');
  });

  it('shows a red flag’s notice first, above the reason and "Ask anyway"', () => {
    const html = renderToStaticMarkup(
      <ScopeDeclinePanel
        decline={{ ...decline, notices: ['dose', 'crisis'] }}
        busy={false}
        onAskAnyway={noop}
        onEdit={noop}
      />,
    );
    const kinds = [...html.matchAll(/data-testid="safety-notice" data-kind="(\w+)"/g)].map((m) => m[1]);
    expect(kinds).toEqual(['crisis', 'dose']);
    const notice = html.indexOf('data-kind="crisis"');
    expect(notice).toBeGreaterThan(-1);
    expect(notice).toBeLessThan(html.indexOf('It asks about geography.'));
    expect(notice).toBeLessThan(html.indexOf('data-testid="scope-ask-anyway"'));
    expect(html).toMatch(/role="alert"/);
    const plain = renderToStaticMarkup(
      <ScopeDeclinePanel decline={decline} busy={false} onAskAnyway={noop} onEdit={noop} />,
    );
    expect(plain).not.toContain('safety-notice');
  });

  it('in strict mode offers no "Ask anyway" and says why', () => {
    const html = renderToStaticMarkup(
      <ScopeDeclinePanel decline={{ ...decline, canAskAnyway: false }} busy={false} onAskAnyway={noop} onEdit={noop} />,
    );
    expect(html).not.toContain('scope-ask-anyway');
    expect(html).toContain('strict');
    expect(html).toContain('data-testid="scope-edit-question"');
  });
});

describe('scope guard setting', () => {
  it('shows the three modes with one line of help for the chosen one', () => {
    const html = renderToStaticMarkup(<ScopeGuardField value="strict" onChange={noop} />);
    expect(html.match(/<option/g)).toHaveLength(3);
    expect(html).toContain('value="ask"');
    expect(html).toContain('value="off"');
    expect(html).toContain('Questions outside medical and health education are always declined.');
    expect(html).toContain(i18n.t('scopeGuard.hints.strict', { ns: 'settings' }));
  });

  it('round-trips through the settings draft and marks the form dirty when changed', () => {
    const draft = toDraft({ ...defaultSettings, scopeGuard: 'off' });
    expect(draft.scopeGuard).toBe('off');
    const patch = draftToPatch({ ...draft, scopeGuard: 'strict' });
    expect(patch.ok && patch.patch.scopeGuard).toBe('strict');
    expect(isDirty({ ...toDraft(defaultSettings), scopeGuard: 'strict' }, defaultSettings)).toBe(true);
  });
});

describe('composer', () => {
  it('does not send zero-width-only text', () => {
    expect(canSend('\u200B\u200D', false)).toBe(false);
    expect(canSend('\u200BWhy?', false)).toBe(true);
  });
});
