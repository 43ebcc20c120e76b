// Search results: cards (FTS over fronts, backs and tags) or, with "Search chats", chat messages.
import type { CardSearchHit, MessageSearchHit } from '../../../../../preload/contract/features/flashcards';
import { focusRing } from '../../../components/ui/Button';
import { useTranslation } from '../../../i18n';

/** Snippets mark matches with [ and ]; show them as <mark>. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]*\])/g);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('[') && part.endsWith(']') ? (
          <mark key={i} className="rounded bg-amber-200/70 px-0.5 dark:bg-amber-500/30">
            {part.slice(1, -1)}
          </mark>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

export type SearchHits = { kind: 'cards'; hits: CardSearchHit[] } | { kind: 'chats'; hits: MessageSearchHit[] };

export interface SearchResultsProps {
  results: SearchHits;
  onOpenCard: (hit: CardSearchHit) => void;
  onOpenMessage: (hit: MessageSearchHit) => void;
}

const rowClass = `flex w-full flex-col gap-0.5 rounded-lg px-3 py-2 text-left hover:bg-slate-200/50 dark:hover:bg-slate-800 ${focusRing}`;

export function SearchResults({ results, onOpenCard, onOpenMessage }: SearchResultsProps) {
  const { t } = useTranslation('cards');
  if (results.hits.length === 0) {
    return <p className="p-4 text-sm text-muted">{t('search.nothingFound')}</p>;
  }
  return (
    <ul data-testid="search-results" className="min-h-0 flex-1 overflow-y-auto p-2">
      {results.kind === 'cards'
        ? results.hits.map((hit) => (
            <li key={hit.cardId}>
              <button type="button" data-testid="card-hit" className={rowClass} onClick={() => onOpenCard(hit)}>
                <span className="truncate text-sm font-medium">{hit.front}</span>
                <span className="truncate text-xs text-muted">
                  {hit.deckName} · <Snippet text={hit.snippet} />
                </span>
              </button>
            </li>
          ))
        : results.hits.map((hit) => (
            <li key={hit.messageId}>
              <button type="button" data-testid="chat-hit" className={rowClass} onClick={() => onOpenMessage(hit)}>
                <span className="truncate text-sm font-medium">{hit.conversationTitle}</span>
                <span className="truncate text-xs text-muted">
                  {hit.role === 'user' ? t('search.you') : t('search.answer')} · <Snippet text={hit.snippet} />
                </span>
              </button>
            </li>
          ))}
    </ul>
  );
}
