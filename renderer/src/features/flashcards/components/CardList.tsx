// Virtualized list of a deck's cards: pages load as rows come into view, so 50,000 cards scroll smoothly.
import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { FlashCard } from '../../../../../preload/contract/features/flashcards';
import { focusRing } from '../../../components/ui/Button';
import { useTranslation } from '../../../i18n';
import { cardAt } from '../state/paging';
import { CardRowText } from './CardRowText';
import type { ClickModifiers } from '../state/selection';

const ROW_PX = 56;

export interface CardListProps {
  total: number;
  pages: ReadonlyMap<number, readonly FlashCard[]>;
  selectedIds: ReadonlySet<number>;
  openId: number | null;
  ensureRange: (start: number, end: number) => void;
  onClick: (index: number, card: FlashCard, modifiers: ClickModifiers) => void;
}

export function CardList({ total, pages, selectedIds, openId, ensureRange, onClick }: CardListProps) {
  const { t } = useTranslation('cards');
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; rows are cheap
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_PX,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => ensureRange(first, last), [first, last, ensureRange]);

  return (
    <div
      ref={scrollRef}
      data-testid="card-list"
      role="listbox"
      aria-multiselectable="true"
      aria-label={t('list.label')}
      // Never squeezed to nothing: on a short window the view scrolls to it instead.
      className="min-h-48 flex-1 overflow-y-auto"
    >
      <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const card = cardAt(pages, item.index);
          return (
            <div
              key={item.key}
              className="absolute top-0 left-0 w-full px-2"
              style={{ height: ROW_PX, transform: `translateY(${item.start}px)` }}
            >
              {card === null ? (
                <div className="h-full animate-pulse rounded-lg bg-slate-200/50 dark:bg-slate-800/50" />
              ) : (
                <button
                  type="button"
                  role="option"
                  data-testid="card-row"
                  data-card-id={card.id}
                  aria-selected={selectedIds.has(card.id)}
                  data-suspended={card.suspended || undefined}
                  onClick={(e) => onClick(item.index, card, { toggle: e.ctrlKey || e.metaKey, range: e.shiftKey })}
                  className={`flex h-[52px] w-full flex-col justify-center rounded-lg px-3 text-left ${focusRing} ${
                    selectedIds.has(card.id)
                      ? 'bg-teal-50 ring-1 ring-teal-600/40 dark:bg-teal-900/30'
                      : card.id === openId
                        ? 'bg-slate-200/70 dark:bg-slate-800'
                        : 'hover:bg-slate-200/40 dark:hover:bg-slate-800/60'
                  }`}
                >
                  <CardRowText card={card} />
                </button>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
