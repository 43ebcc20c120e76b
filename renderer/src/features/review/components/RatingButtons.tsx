// Again / Hard / Good / Easy, each with the interval it would give; keys 1–4 do the same.
import type { RatingPreview, ReviewGrade } from '../../../../../preload/contract/features/review';
import { Button } from '../../../components/ui/Button';
import { GRADE_LABELS, GRADES } from '../state/labels';

export function RatingButtons({
  previews,
  onRate,
}: {
  previews: RatingPreview[];
  onRate: (grade: ReviewGrade) => void;
}) {
  return (
    <div className="grid grid-cols-4 gap-2" role="group" aria-label="Rate your answer">
      {GRADES.map((grade) => {
        const preview = previews.find((p) => p.rating === grade);
        return (
          <Button
            key={grade}
            data-testid={`review-rate-${grade}`}
            variant={grade === 3 ? 'primary' : 'secondary'}
            className="h-auto flex-col py-2"
            onClick={() => onRate(grade)}
            title={`${GRADE_LABELS[grade]} (key ${grade})`}
          >
            <span>{GRADE_LABELS[grade]}</span>
            <span data-testid={`review-interval-${grade}`} className="text-xs font-normal">
              {preview?.interval ?? '…'}
            </span>
          </Button>
        );
      })}
    </div>
  );
}
