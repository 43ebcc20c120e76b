// When the desired-retention slider stores its value: only when a gesture ends on a value that differs
// from the stored one. Tab landing on the slider, or a click that leaves it where it was, stores nothing.

export const RETENTION_MIN = 70;
export const RETENTION_MAX = 99;

export interface RetentionDraft {
  /** The percent last stored (or read at start); null until read. */
  saved: number | null;
  /** The percent the slider shows now; null until read. */
  shown: number | null;
}

/** The percent to store when a gesture ends (pointer up, key up, blur), or null when nothing changed. */
export function retentionToCommit({ saved, shown }: RetentionDraft): number | null {
  return shown !== null && saved !== null && shown !== saved ? shown : null;
}

export function percentOf(retention: number): number {
  return Math.min(RETENTION_MAX, Math.max(RETENTION_MIN, Math.round(retention * 100)));
}
