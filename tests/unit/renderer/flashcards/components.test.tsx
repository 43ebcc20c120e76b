// Server-rendered checks of the flashcards UI: test ids, deck counts, the answer's Save card button.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { DeckSummary } from '../../../../preload/contract/features/flashcards';
import { App } from '../../../../renderer/src/App';
import { ApiProvider } from '../../../../renderer/src/lib/api';
import { MessageRow } from '../../../../renderer/src/features/chat/components/MessageRow';
import { DeckList } from '../../../../renderer/src/features/flashcards/components/DeckList';
import { FlashcardsView } from '../../../../renderer/src/features/flashcards/components/FlashcardsView';
import { Snippet } from '../../../../renderer/src/features/flashcards/components/SearchResults';
import { fakeApi, message } from '../fixtures';

const noop = () => undefined;
const deck = (id: number, name: string, total: number, due: number, fresh: number): DeckSummary => ({
  id,
  name,
  total,
  due,
  new: fresh,
  createdAt: 0,
  updatedAt: 0,
});

describe('flashcards UI', () => {
  it('a finished answer offers "Save card"; a streaming one does not', () => {
    const answer = message({ id: 2, content: 'Low potassium.' });
    const done = renderToStaticMarkup(<MessageRow message={answer} streamingContent={null} onRegenerate={null} />);
    expect(done).toContain('data-testid="save-card"');
    const streaming = renderToStaticMarkup(<MessageRow message={answer} streamingContent="Lo" onRegenerate={null} />);
    expect(streaming).not.toContain('data-testid="save-card"');
  });

  it('lists decks with their ids, counts and actions, marking the selected one', () => {
    const html = renderToStaticMarkup(
      <DeckList
        decks={[deck(3, 'Renal', 120, 7, 5), deck(9, 'Cardio', 0, 0, 0)]}
        selectedId={9}
        onSelect={noop}
        onCreate={noop}
        onRename={noop}
        onDelete={noop}
      />,
    );
    expect(html.match(/data-testid="deck-item"/g)).toHaveLength(2);
    expect(html).toContain('data-deck-id="3"');
    expect(html).toContain('120 cards · 7 due · 5 new');
    expect(html).toContain('0 cards · 0 due · 0 new');
    expect(html).toMatch(/data-deck-id="9" aria-current="true"/);
    expect(html.match(/data-testid="deck-rename"/g)).toHaveLength(2);
    expect(html.match(/data-testid="deck-delete"/g)).toHaveLength(2);
    expect(html).toContain('data-testid="deck-create"');
  });

  it('the Cards view shows search, the chats toggle and Move to deck (disabled with nothing selected)', () => {
    const html = renderToStaticMarkup(
      <ApiProvider api={fakeApi()}>
        <FlashcardsView onOpenConversation={noop} />
      </ApiProvider>,
    );
    expect(html).toContain('data-testid="cards-search"');
    expect(html).toContain('data-testid="cards-search-chats"');
    expect(html).toMatch(/<button[^>]*data-testid="cards-move"[^>]*disabled=""/);
  });

  it('the header has a Cards tab', () => {
    const html = renderToStaticMarkup(
      <ApiProvider api={fakeApi()}>
        <App />
      </ApiProvider>,
    );
    expect(html).toContain('data-testid="cards-tab"');
  });

  it('highlights the [matched] words of a search snippet', () => {
    const html = renderToStaticMarkup(<Snippet text="low [potassium] in [serum]" />);
    expect(html.match(/<mark[^>]*>potassium<\/mark>/)).not.toBeNull();
    expect(html.match(/<mark/g)).toHaveLength(2);
  });
});
