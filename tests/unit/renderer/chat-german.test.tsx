// The chat in German: server-rendered after switching i18next, so a string left in English (or a key shown raw)
// fails here, and numbers and dates come out in German. The model's and the student's words stay as written.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSISTANT_PURPOSE } from '../../../preload/contract/assistant-purpose';
import { SAFETY_NOTICE_TEXTS } from '../../../preload/contract/safety-notices';
import { AdapterControl } from '../../../renderer/src/features/chat/components/AdapterControl';
import { AnswerCitations } from '../../../renderer/src/features/chat/components/AnswerCitations';
import { ChatEmptyState } from '../../../renderer/src/features/chat/components/ChatEmptyState';
import { Composer } from '../../../renderer/src/features/chat/components/Composer';
import { ConversationItem } from '../../../renderer/src/features/chat/components/ConversationItem';
import { MessageRow } from '../../../renderer/src/features/chat/components/MessageRow';
import { ScopeDeclinePanel } from '../../../renderer/src/features/chat/components/ScopeDeclinePanel';
import type { AdapterChoiceState } from '../../../renderer/src/features/chat/hooks/useAdapterChoice';
import { i18n } from '../../../renderer/src/i18n';
import enChat from '../../../renderer/src/i18n/locales/en/chat.json';
import { ApiProvider } from '../../../renderer/src/lib/api';
import { fakeApi, message, readyStatus } from './fixtures';

const noop = () => undefined;

describe('the chat in German', () => {
  beforeAll(() => i18n.changeLanguage('de'));
  afterAll(() => i18n.changeLanguage('en'));

  it('labels an answer and its actions in German, with the speed as a German number', () => {
    const html = renderToStaticMarkup(
      <ApiProvider api={fakeApi()}>
        <MessageRow
          message={message({
            id: 4,
            content: 'Hyponatremia is **sodium below 135**.',
            status: 'stopped',
            modelName: 'TinyLlama',
            tokensPerSecond: 12.34,
          })}
          streamingContent={null}
          onRegenerate={noop}
        />
      </ApiProvider>,
    );
    expect(html).toContain('aria-label="Antwort des Assistenten"');
    expect(html).toContain('TinyLlama · 12,3 tok/s');
    expect(html).toContain('>Gestoppt<');
    expect(html).toContain('Kopieren');
    expect(html).toContain('Neu erzeugen');
    expect(html).toContain('<strong>sodium below 135</strong>'); // the model's words, untranslated
  });

  it('dates an older conversation the German way and names its actions', () => {
    const html = renderToStaticMarkup(
      <ul>
        <ConversationItem
          conversation={{
            id: 3,
            title: '',
            createdAt: new Date(2025, 9, 27, 14, 5).getTime(),
            updatedAt: new Date(2025, 9, 27, 14, 5).getTime(),
            adapterEnabled: true,
            adapterScale: 1,
            scopeOverride: false,
            useCards: true,
            engine: null,
            snippet: null,
            matchedMessageId: null,
          }}
          selected={false}
          showSnippet={false}
          onSelect={noop}
          onRename={noop}
          onDelete={noop}
        />
      </ul>,
    );
    expect(html).toContain('27. Okt. 2025');
    expect(html).toContain('Unterhaltung ohne Titel');
    expect(html).toContain('aria-label="„Unterhaltung ohne Titel“ löschen"');
  });

  it('offers German example questions, and the download size in German', () => {
    const examples = renderToStaticMarkup(
      <ChatEmptyState status={readyStatus} onOpenSettings={noop} onOpenModels={noop} onPickExample={noop} />,
    );
    expect(examples).toContain('Was lernen Sie heute?');
    expect(examples).toContain('Was unterscheidet das nephritische vom nephrotischen Syndrom?');

    const noModel = renderToStaticMarkup(
      <ChatEmptyState
        status={{ ...readyStatus, state: 'idle', modelInfo: null, adapter: null, message: 'File not found.' }}
        onOpenSettings={noop}
        onOpenModels={noop}
        onPickExample={noop}
      />,
    );
    expect(noModel).toContain('Noch kein Modell geladen');
    expect(noModel).toContain('etwa 670 MB groß');
    expect(noModel).toContain('Letzter Versuch: File not found.'); // main's message, as it comes
  });

  it('shows the adapter bar and the composer in German, the scale as a German decimal', () => {
    const adapter: AdapterChoiceState = {
      choice: { enabled: true, scale: 0.75 },
      error: null,
      setEnabled: noop,
      setScale: noop,
      flush: async () => undefined,
    };
    const bar = renderToStaticMarkup(<AdapterControl status={readyStatus} state={adapter} />);
    expect(bar).toContain('aria-valuetext="0,75"');
    expect(bar).toContain('Skalierung');
    expect(bar).toContain('Herkunft');

    const composer = renderToStaticMarkup(
      <Composer value="" onChange={noop} onSend={noop} onStop={noop} isStreaming inputRef={{ current: null }} />,
    );
    expect(composer).toContain('Eine Lernfrage stellen');
    expect(composer).toContain('>Stoppen<');
    expect(composer).toContain('>Senden<');
  });

  it('explains a declined question in German around main’s reason, the notice in the question’s language', () => {
    const html = renderToStaticMarkup(
      <ScopeDeclinePanel
        decline={{
          text: 'Wie viel Paracetamol darf ich nehmen, und wer gewinnt heute das Spiel?',
          decision: { label: 'out_of_scope', score: -2, reason: 'It asks about sport.', matched: [] },
          canAskAnyway: false,
          notices: ['dose'],
        }}
        busy={false}
        onAskAnyway={noop}
        onEdit={noop}
      />,
    );
    expect(html).toContain('Dieser Assistent ist für die Aus- und Weiterbildung in Medizin und Gesundheit da');
    expect(html).toContain('Diese Frage scheint außerhalb dieses Bereichs zu liegen. It asks about sport.');
    expect(html).toContain('Frage bearbeiten');
    expect(html).toContain(SAFETY_NOTICE_TEXTS.de.dose.title);
  });

  it('words the "not in your cards" line in German', () => {
    const html = renderToStaticMarkup(<AnswerCitations grounding="ungrounded" citations={[]} />);
    expect(html).toContain('Nicht in Ihren Karten – diese Antwort stammt allein vom Modell.');
  });
});

describe('the chat catalog', () => {
  it('says what the assistant is for in the same words as main’s refusals', () => {
    expect(enChat.scope.purpose).toBe(ASSISTANT_PURPOSE);
  });
});
