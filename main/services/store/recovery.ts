// Start-up repair: answers still marked 'streaming' belong to a run that died; keep their text.
import type { Database } from 'better-sqlite3';
import type { Clock } from './types';

/** Marks every 'streaming' message as 'interrupted'. Returns how many were repaired. */
export function recoverInterruptedMessages(db: Database, now: Clock = Date.now): number {
  return db.prepare(`UPDATE messages SET status = 'interrupted', updated_at = ? WHERE status = 'streaming'`).run(now())
    .changes;
}
