// Deck sidebar: each deck with total/due/new counts; create, rename inline, delete (Undo via the view's toast).
import { useState, type KeyboardEvent } from 'react';
import type { DeckSummary } from '../../../../../preload/contract/features/flashcards';
import { Button, focusRing } from '../../../components/ui/Button';
import { inputClass } from '../../../components/ui/Field';
import { IconButton } from '../../../components/ui/IconButton';
import { PencilIcon, PlusIcon, TrashIcon } from '../../../components/ui/icons';
import { useTranslation } from '../../../i18n';

export interface DeckListProps {
  decks: readonly DeckSummary[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  onCreate: (name: string) => void;
  onRename: (id: number, name: string) => void;
  onDelete: (deck: DeckSummary) => void;
  /** For folding the list away at narrow widths (see SidePanel). */
  id?: string;
  className?: string;
  onKeyDown?: (event: KeyboardEvent) => void;
}

/** An inline name field: Enter saves, Escape cancels. */
function NameInput({
  initial,
  label,
  testId,
  onDone,
}: {
  initial: string;
  label: string;
  testId: string;
  onDone: (name: string | null) => void;
}) {
  const [name, setName] = useState(initial);
  return (
    <input
      autoFocus
      data-testid={testId}
      aria-label={label}
      maxLength={100}
      className={`${inputClass} h-8`}
      value={name}
      onChange={(e) => setName(e.target.value)}
      onBlur={() => onDone(name.trim() === '' ? null : name.trim())}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onDone(name.trim() === '' ? null : name.trim());
        if (e.key === 'Escape') onDone(null);
      }}
    />
  );
}

export function DeckList({
  decks,
  selectedId,
  onSelect,
  onCreate,
  onRename,
  onDelete,
  id,
  className = '',
  onKeyDown,
}: DeckListProps) {
  const { t } = useTranslation('cards');
  const [creating, setCreating] = useState(false);
  const [renamingId, setRenamingId] = useState<number | null>(null);

  return (
    <aside
      id={id}
      aria-label={t('decks.title')}
      onKeyDown={onKeyDown}
      className={`flex w-56 shrink-0 flex-col gap-2 border-r border-slate-200 p-3 lg:w-64 dark:border-slate-800 ${className}`}
    >
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold">{t('decks.title')}</h2>
        <Button size="sm" variant="ghost" data-testid="deck-create" onClick={() => setCreating(true)}>
          <PlusIcon />
          {t('decks.create')}
        </Button>
      </div>
      {creating && (
        <NameInput
          initial=""
          label={t('decks.newName')}
          testId="deck-name-input"
          onDone={(name) => {
            setCreating(false);
            if (name !== null) onCreate(name);
          }}
        />
      )}
      {decks.length === 0 && !creating && <p className="text-sm text-muted">{t('decks.empty')}</p>}
      <ul className="flex min-h-0 flex-1 flex-col gap-1 overflow-y-auto">
        {decks.map((deck) => (
          <li
            key={deck.id}
            data-testid="deck-item"
            data-deck-id={deck.id}
            aria-current={deck.id === selectedId ? 'true' : undefined}
            className={`group flex items-center gap-1 rounded-lg pr-1 ${
              deck.id === selectedId ? 'bg-slate-200/80 dark:bg-slate-800' : 'hover:bg-slate-200/40'
            }`}
          >
            {renamingId === deck.id ? (
              <div className="flex-1 p-1">
                <NameInput
                  initial={deck.name}
                  label={t('decks.name')}
                  testId="deck-name-input"
                  onDone={(name) => {
                    setRenamingId(null);
                    if (name !== null && name !== deck.name) onRename(deck.id, name);
                  }}
                />
              </div>
            ) : (
              <button
                type="button"
                onClick={() => onSelect(deck.id)}
                className={`min-w-0 flex-1 rounded-lg px-2 py-1.5 text-left ${focusRing}`}
              >
                <span data-testid="deck-name" className="block truncate text-sm font-medium">
                  {deck.name}
                </span>
                <span data-testid="deck-counts" className="text-xs text-muted">
                  {t('decks.counts', {
                    total: t('counts.cards', { ns: 'common', count: deck.total }),
                    due: t('decks.due', { count: deck.due }),
                    fresh: t('decks.new', { count: deck.new }),
                  })}
                </span>
              </button>
            )}
            <IconButton
              label={t('decks.rename', { deck: deck.name })}
              data-testid="deck-rename"
              onClick={() => setRenamingId(deck.id)}
            >
              <PencilIcon />
            </IconButton>
            <IconButton
              label={t('decks.delete', { deck: deck.name })}
              data-testid="deck-delete"
              onClick={() => onDelete(deck)}
            >
              <TrashIcon />
            </IconButton>
          </li>
        ))}
      </ul>
    </aside>
  );
}
