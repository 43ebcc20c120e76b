// Again / Hard / Good / Easy, each with the interval it would give ("10 min", "8 days", in the UI language);
// keys 1–4 do the same.
import type { RatingPreview, ReviewGrade } from '../../../../../preload/contract/features/review';
import { Button } from '../../../components/ui/Button';
import { useFormatters, useTranslation } from '../../../i18n';
import { GRADE_KEYS, GRADES } from '../state/labels';

export function RatingButtons({
  previews,
  onRate,
}: {
  previews: RatingPreview[];
  onRate: (grade: ReviewGrade) => void;
}) {
  const { t } = useTranslation('review');
  const fmt = useFormatters();
  return (
    <div className="grid grid-cols-4 gap-2" role="group" aria-label={t('rating.group')}>
      {GRADES.map((grade) => {
        const preview = previews.find((p) => p.rating === grade);
        const name = t(GRADE_KEYS[grade]);
        return (
          <Button
            key={grade}
            data-testid={`review-rate-${grade}`}
            variant={grade === 3 ? 'primary' : 'secondary'}
            className="h-auto flex-col py-2"
            onClick={() => onRate(grade)}
            title={t('rating.hint', { grade: name, key: grade })}
          >
            <span>{name}</span>
            <span data-testid={`review-interval-${grade}`} className="text-xs font-normal">
              {preview === undefined ? '…' : fmt.duration(preview.intervalMs)}
            </span>
          </Button>
        );
      })}
    </div>
  );
}
