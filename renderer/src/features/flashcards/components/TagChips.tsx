// Tag filter chips: one active tag narrows the deck's list (a full-text match on the tag).
import { focusRing } from '../../../components/ui/Button';
import { useFormatters, useTranslation } from '../../../i18n';

/** Enough chips to be useful without crowding the toolbar. */
const MAX_CHIPS = 12;

export interface TagChipsProps {
  tags: readonly { tag: string; cards: number }[];
  active: string | null;
  onChange: (tag: string | null) => void;
}

export function TagChips({ tags, active, onChange }: TagChipsProps) {
  const { t } = useTranslation('cards');
  const fmt = useFormatters();
  if (tags.length === 0) return null;
  return (
    <div className="flex flex-wrap gap-1" aria-label={t('tagFilter.label')} role="group">
      {tags.slice(0, MAX_CHIPS).map(({ tag, cards }) => (
        <button
          key={tag}
          type="button"
          data-testid="tag-chip"
          aria-pressed={active === tag}
          onClick={() => onChange(active === tag ? null : tag)}
          className={`rounded-full px-2.5 py-0.5 text-xs ${focusRing} ${
            active === tag
              ? 'bg-primary text-on-primary'
              : 'bg-slate-200 text-slate-700 hover:bg-slate-300 dark:bg-slate-800 dark:text-slate-200'
          }`}
        >
          #{tag} <span className="opacity-70">{fmt.number(cards)}</span>
        </button>
      ))}
    </div>
  );
}
