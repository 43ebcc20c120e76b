// The Cards screen: decks on the left, the deck's cards (virtualized) or search results, and the card editor.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DeckSummary, FlashCard } from '../../../../../preload/contract/features/flashcards';
import { SidePanelToggle, useSidePanel } from '../../../components/layout/SidePanel';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { ArrowLeftIcon } from '../../../components/ui/icons';
import { inputClass } from '../../../components/ui/Field';
import { useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { toUiError } from '../../../lib/errors';
import { useCardPages } from '../hooks/useCardPages';
import { useDecks } from '../hooks/useDecks';
import { useEditorInPlace } from '../hooks/useEditorInPlace';
import { useFlashcardSearch } from '../hooks/useFlashcardSearch';
import { useTags } from '../hooks/useTags';
import { useUndoToast } from '../hooks/useUndoToast';
import { cardAt } from '../state/paging';
import { clickSelect, emptySelection, withoutIds, type ClickModifiers } from '../state/selection';
import { CardEditor } from './CardEditor';
import { CardList } from './CardList';
import { DeckList } from './DeckList';
import { resolveDeckChoice, type DeckChoice } from './DeckPicker';
import { FloatingToast } from './FloatingToast';
import { MoveToDeck } from './MoveToDeck';
import { SearchResults } from './SearchResults';
import { DeckToolbarActions } from './slots';
import { TagChips } from './TagChips';

export interface FlashcardsViewProps {
  /** Opens a conversation in Chat at the given message (a chat search hit). */
  onOpenConversation: (conversationId: number, messageId: number) => void;
  /** Starts a quiz over every card of a deck. */
  onQuizDeck?: (deckId: number) => void;
  /** A card to open (from a citation in Chat): its deck is shown and the card selected in the editor. */
  openCardId?: number | null;
  /** Called once `openCardId` has been handled (opened, or its error shown), so it is not reopened later. */
  onCardOpened?: () => void;
}

/** The folded deck list's toggle says which deck is open ("Decks: Electrolytes"). */
function DecksToggleLabel({ deckName }: { deckName: string | null }) {
  const { t } = useTranslation('cards');
  return deckName === null ? t('view.decksToggle') : t('view.decksToggleWithDeck', { deck: deckName });
}

export function FlashcardsView({
  onOpenConversation,
  onQuizDeck,
  openCardId: cardToOpen = null,
  onCardOpened,
}: FlashcardsViewProps) {
  const api = useApi();
  const { t } = useTranslation('cards');
  const decks = useDecks(api);
  const [chosenDeckId, setChosenDeckId] = useState<number | null>(null);
  const deckId = chosenDeckId ?? decks.decks[0]?.id ?? null;
  const deck = decks.decks.find((d) => d.id === deckId) ?? null;
  const [version, setVersion] = useState(0);
  const [query, setQuery] = useState('');
  const [chats, setChats] = useState(false);
  const [tag, setTag] = useState<string | null>(null);
  const [openCardId, setOpenCardId] = useState<number | null>(null);
  const [selection, setSelection] = useState(emptySelection);
  const [error, setError] = useState<string | null>(null);
  const { toast, show, dismiss } = useUndoToast();

  useEffect(() => {
    if (cardToOpen === null) return;
    let live = true;
    // The citation knows the card, not where it lives now (it may have moved decks since).
    api.getCard(cardToOpen).then(
      (card) => {
        if (!live) return;
        setChosenDeckId(card.deckId);
        setTag(null);
        setQuery('');
        setSelection({ ids: new Set([card.id]), anchor: null });
        setOpenCardId(card.id);
        onCardOpened?.();
      },
      (caught: unknown) => {
        if (!live) return;
        setError(toUiError(caught).message);
        onCardOpened?.();
      },
    );
    return () => {
      live = false;
    };
  }, [api, cardToOpen, onCardOpened]);

  const { refresh: refreshDecks } = decks;
  const changed = useCallback(() => {
    setVersion((v) => v + 1);
    void refreshDecks();
  }, [refreshDecks]);
  const list = useCardPages(api, deckId, tag ?? '', version);
  const search = useFlashcardSearch(api, query, chats, version);
  const tags = useTags(api, version);

  // Narrow windows: the deck list folds away (a pick in it shows the cards again), and an open card's editor
  // takes the list's place, with a way back to the list.
  const deckPanel = useSidePanel();
  const { editorBarRef, backToList } = useEditorInPlace(openCardId, setOpenCardId);
  const showsList = openCardId === null;

  const selectDeck = (id: number) => {
    deckPanel.close();
    setChosenDeckId(id);
    setSelection(emptySelection);
    setOpenCardId(null);
    setTag(null);
  };

  const guard = useCallback(async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (caught) {
      setError(toUiError(caught).message);
    }
  }, []);

  const { pages } = list;
  const onCardClick = useCallback(
    (index: number, card: FlashCard, modifiers: ClickModifiers) => {
      setSelection((current) =>
        clickSelect(current, index, card.id, modifiers, (row) => cardAt(pages, row)?.id ?? null),
      );
      if (!modifiers.toggle && !modifiers.range) setOpenCardId(card.id);
    },
    [pages],
  );

  const deleteDeck = (target: DeckSummary) =>
    void guard(async () => {
      const result = await decks.remove(target.id);
      if (result === null) return;
      if (target.id === deckId) setChosenDeckId(null);
      setOpenCardId(null);
      show({
        message: t('notices.deckDeleted', { deck: target.name, count: result.cards }),
        undo: async () => {
          await decks.restore(target.id);
          changed();
        },
      });
    });

  const deleteCard = (card: FlashCard) =>
    void guard(async () => {
      await api.deleteCard(card.id);
      setOpenCardId(null);
      setSelection((s) => withoutIds(s, [card.id]));
      changed();
      show({
        message: t('notices.cardDeleted'),
        undo: async () => {
          await api.restoreCard(card.id);
          setOpenCardId(card.id);
          changed();
        },
      });
    });

  const moveSelected = (choice: DeckChoice) =>
    void guard(async () => {
      const ids = [...selection.ids];
      const target = await resolveDeckChoice(choice, (name) => api.createDeck(name), decks.decks, t);
      const result = await api.moveCards(ids, target.id);
      setSelection((s) => withoutIds(s, ids));
      changed();
      show({ message: t('notices.moved', { count: result.moved, deck: target.name }) });
    });

  const results = search.results;
  const shownError = error ?? decks.error ?? list.error ?? search.error;
  const deckHasCards = useMemo(() => list.loaded && list.total > 0, [list.loaded, list.total]);

  return (
    <div data-testid="flashcards-view" className="flex min-h-0 flex-1 max-sm:flex-col">
      <SidePanelToggle panel={deckPanel} testId="decks-toggle">
        <DecksToggleLabel deckName={deck?.name ?? null} />
      </SidePanelToggle>
      <DeckList
        id={deckPanel.panelId}
        className={deckPanel.panelClass}
        onKeyDown={deckPanel.onPanelKeyDown}
        decks={decks.decks}
        selectedId={deckId}
        onSelect={selectDeck}
        onCreate={(name) =>
          void decks.create(name).then((created) => {
            if (created !== null) selectDeck(created.id);
          })
        }
        onRename={(id, name) => void decks.rename(id, name)}
        onDelete={deleteDeck}
      />
      <section
        className={`flex min-h-0 min-w-0 flex-1 flex-col overflow-y-auto ${showsList ? '' : 'max-lg:hidden'} ${deckPanel.contentClass}`}
      >
        <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 p-3 dark:border-slate-800">
          <input
            type="search"
            data-testid="cards-search"
            aria-label={chats ? t('view.searchChats') : t('view.searchCards')}
            placeholder={chats ? t('view.searchChatsPlaceholder') : t('view.searchCardsPlaceholder')}
            maxLength={200}
            className={`${inputClass} sm:w-64`}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <label className="flex items-center gap-1.5 text-sm">
            <input
              type="checkbox"
              data-testid="cards-search-chats"
              checked={chats}
              onChange={(e) => setChats(e.target.checked)}
            />
            {t('view.searchChatsToggle')}
          </label>
          <div className="ml-auto flex flex-wrap items-center justify-end gap-2">
            <MoveToDeck count={selection.ids.size} decks={decks.decks} currentDeckId={deckId} onMove={moveSelected} />
            <DeckToolbarActions deck={deck} onChanged={changed} />
            {onQuizDeck && deck && (
              <Button
                size="sm"
                variant="secondary"
                data-testid="deck-quiz"
                disabled={deck.total === 0}
                onClick={() => onQuizDeck(deck.id)}
              >
                {t('view.quizDeck')}
              </Button>
            )}
          </div>
          <div className="w-full">
            <TagChips tags={tags} active={tag} onChange={setTag} />
          </div>
        </div>
        {shownError !== null && (
          <ErrorBanner
            message={shownError}
            onDismiss={() => {
              setError(null);
              decks.clearError();
            }}
          />
        )}
        {results !== null ? (
          <SearchResults
            results={results}
            onOpenCard={(hit) => {
              setChosenDeckId(hit.deckId);
              setOpenCardId(hit.cardId);
            }}
            onOpenMessage={(hit) => onOpenConversation(hit.conversationId, hit.messageId)}
          />
        ) : deck === null ? (
          <p className="p-6 text-sm text-muted">{t('view.noDeck')}</p>
        ) : !deckHasCards && list.loaded ? (
          <p className="p-6 text-sm text-muted">{tag === null ? t('view.emptyDeck') : t('view.noneTagged', { tag })}</p>
        ) : (
          <CardList
            total={list.total}
            pages={list.pages}
            selectedIds={selection.ids}
            openId={openCardId}
            ensureRange={list.ensureRange}
            onClick={onCardClick}
          />
        )}
      </section>
      {openCardId !== null && (
        <div className={`flex min-h-0 min-w-0 flex-1 flex-col lg:w-96 lg:flex-none ${deckPanel.contentClass}`}>
          <div
            ref={editorBarRef}
            className="shrink-0 border-b border-slate-200 px-3 py-1.5 lg:hidden dark:border-slate-800"
          >
            <Button size="sm" variant="ghost" data-testid="card-list-back" onClick={backToList}>
              <ArrowLeftIcon />
              {t('view.backToList')}
            </Button>
          </div>
          <CardEditor key={openCardId} cardId={openCardId} onSaved={changed} onDelete={deleteCard} />
        </div>
      )}
      <FloatingToast toast={toast} testId="cards-toast" onDismiss={dismiss} />
    </div>
  );
}
