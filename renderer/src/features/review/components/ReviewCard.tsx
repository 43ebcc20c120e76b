// One card under review: the front, then (after Space or "Show answer") the back and the rating buttons.
// An imported (HTML) card's back is its whole answer side as Anki renders it, front included
// ({{FrontSide}}), so it replaces the front instead of being shown below it.
import type { FlashCard } from '../../../../../preload/contract/features/flashcards';
import type { RatingPreview, ReviewGrade } from '../../../../../preload/contract/features/review';
import { CardContent } from '../../../components/card/CardContent';
import { Button } from '../../../components/ui/Button';
import { RatingButtons } from './RatingButtons';

export interface ReviewCardProps {
  card: FlashCard;
  revealed: boolean;
  previews: RatingPreview[];
  onReveal(): void;
  onRate(grade: ReviewGrade): void;
  onExplain(): void;
  explaining: boolean;
}

export function ReviewCard({ card, revealed, previews, onReveal, onRate, onExplain, explaining }: ReviewCardProps) {
  return (
    <div className="flex w-full max-w-2xl flex-col gap-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      {!(revealed && card.format === 'html') && (
        <CardContent data-testid="review-card-front" format={card.format} content={card.front} className="text-lg" />
      )}
      {revealed ? (
        <>
          {card.format === 'text' && <hr className="border-slate-200 dark:border-slate-700" />}
          <CardContent
            data-testid="review-card-back"
            format={card.format}
            content={card.back}
            className={card.format === 'html' ? 'text-lg' : ''}
          />
          <RatingButtons previews={previews} onRate={onRate} />
          <div className="flex justify-end">
            <Button variant="ghost" size="sm" data-testid="review-explain" disabled={explaining} onClick={onExplain}>
              {explaining ? 'Asking…' : 'Explain in chat'}
            </Button>
          </div>
        </>
      ) : (
        <Button variant="primary" data-testid="review-reveal" onClick={onReveal} title="Show answer (Space)">
          Show answer
        </Button>
      )}
    </div>
  );
}
