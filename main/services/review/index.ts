// Public API of spaced-repetition review.
export {
  ReviewService,
  RETENTION_KEY,
  NEW_PER_DAY_KEY,
  RETENTION_MIN,
  RETENTION_MAX,
  NEW_PER_DAY_MAX,
  STATS_DAYS_MAX,
  DEFAULT_REVIEW_SETTINGS,
} from './review-service';
export { ReviewStore } from './review-store';
export { explainPrompt } from './explain-prompt';
export { dailyStats, dayKey, retentionOf, startOfDay, todayCounts } from './stats';
export * from './types';
