// The model's proposed cards: tick the ones to keep, edit either side; duplicates are labelled.
import { useId } from 'react';
import { inputClass } from '../../../../components/ui/Field';
import { useTranslation } from '../../../../i18n';
import type { ProposalRow } from '../state/proposals';

export interface ProposalListProps {
  rows: readonly ProposalRow[];
  onChange: (index: number, patch: Partial<ProposalRow>) => void;
}

const textareaClass = `${inputClass} h-auto min-h-12 py-1.5`;

export function ProposalList({ rows, onChange }: ProposalListProps) {
  const listId = useId();
  const { t } = useTranslation('cards');
  if (rows.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-300">{t('makeCards.noProposals')}</p>;
  }
  return (
    <ul className="flex flex-col gap-3" data-testid="proposal-list">
      {rows.map((row, index) => (
        <li
          key={index}
          data-testid="proposal"
          className="flex gap-2 rounded-lg border border-slate-200 p-2 dark:border-slate-700"
        >
          <input
            type="checkbox"
            aria-label={t('makeCards.keep', { number: index + 1 })}
            aria-describedby={row.duplicate ? `${listId}-duplicate-${index}` : undefined}
            data-testid="proposal-keep"
            checked={row.chosen}
            onChange={(e) => onChange(index, { chosen: e.target.checked })}
          />
          <div className="flex flex-1 flex-col gap-1">
            <textarea
              aria-label={t('makeCards.front', { number: index + 1 })}
              data-testid="proposal-front"
              className={textareaClass}
              value={row.front}
              onChange={(e) => onChange(index, { front: e.target.value })}
            />
            <textarea
              aria-label={t('makeCards.back', { number: index + 1 })}
              data-testid="proposal-back"
              className={textareaClass}
              value={row.back}
              onChange={(e) => onChange(index, { back: e.target.value })}
            />
            {row.duplicate && (
              <span
                id={`${listId}-duplicate-${index}`}
                data-testid="proposal-duplicate"
                className="text-xs text-amber-800 dark:text-amber-300"
              >
                {t('makeCards.duplicate')}
              </span>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
