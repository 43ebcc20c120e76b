// The two lines of a card list row: the front, then note type, tags and back. HTML cards show their
// text (never markup) and an image count; suspended cards say so. Memoized: rows re-render on scroll.
import { memo, useMemo } from 'react';
import type { FlashCard } from '../../../../../preload/contract/features/flashcards';
import { cardSideSummary } from '../../../../../preload/contract/card-html';
import { ImageIcon } from '../../../components/ui/icons';
import { useFormatters, useTranslation } from '../../../i18n';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function rowText(format: FlashCard['format'], front: string, back: string) {
  // Hints stay out, as on the card, where they are closed until opened.
  const frontSide = cardSideSummary(format, front, { hints: false });
  const backSide = cardSideSummary(format, back, { hints: false });
  const frontLine = oneLine(frontSide.text);
  const backLine = oneLine(backSide.text);
  return {
    frontLine,
    // Anki's answer side starts with the question ({{FrontSide}}); the row shows only what the answer adds.
    back:
      format === 'html' && frontLine !== '' && backLine.startsWith(frontLine)
        ? backLine.slice(frontLine.length).trim()
        : backLine,
    // The front's images, else the back's (an answer side usually repeats the front's).
    images: frontSide.images > 0 ? frontSide.images : backSide.images,
  };
}

export const CardRowText = memo(function CardRowText({ card }: { card: FlashCard }) {
  const { frontLine, back, images } = useMemo(() => rowText(card.format, card.front, card.back), [card]);
  const { t } = useTranslation('cards');
  const fmt = useFormatters();
  const imagesLabel = t('list.images', { count: images });
  return (
    <>
      <span className="flex min-w-0 items-center gap-1.5">
        <span data-testid="card-row-front" className="truncate text-sm font-medium">
          {frontLine === '' && images > 0 ? t('list.imageOnly') : frontLine}
        </span>
        {images > 0 && (
          <span
            data-testid="card-row-images"
            role="img"
            aria-label={imagesLabel}
            title={imagesLabel}
            className="inline-flex shrink-0 items-center gap-0.5 text-xs text-muted"
          >
            <ImageIcon width={14} height={14} />
            {images > 1 ? fmt.number(images) : null}
          </span>
        )}
        {card.suspended && (
          <span
            data-testid="card-row-suspended"
            title={t('list.suspendedHint')}
            className="shrink-0 rounded bg-amber-100 px-1.5 text-[0.7rem] font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-200"
          >
            {t('list.suspended')}
          </span>
        )}
      </span>
      <span className="truncate text-xs text-muted">
        {card.noteType === 'cloze' ? `${t('list.cloze')} · ` : ''}
        {card.tags.length > 0 ? `#${card.tags.join(' #')} · ` : ''}
        {back}
      </span>
    </>
  );
});
