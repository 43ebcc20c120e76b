// Flashcard test setup: a fresh migrated database, a fake clock and the service over both.
import { FlashcardService } from '../../../main/services/flashcards';
import { openDatabase, SettingsRepository } from '../../../main/services/store';
import { fakeClock, useHandles, useTempDir, type FakeClock } from '../store/helpers';

export interface FlashcardHarness {
  service: FlashcardService;
  clock: FakeClock;
  db: ReturnType<typeof openDatabase>;
}

/** Call at the top of a test file; each call of the returned function gives a fresh database. */
export function useFlashcards(): () => FlashcardHarness {
  const newPath = useTempDir();
  const track = useHandles();
  return () => {
    const clock = fakeClock();
    const db = track(openDatabase(newPath(), { now: clock.now }));
    const service = new FlashcardService(db, new SettingsRepository(db), { now: clock.now });
    return { service, clock, db };
  };
}
