// The list of imported files, kept in the settings table (validated on the way out, newest first, capped).
import { z } from 'zod';
import { libraryEntrySchema, type LibraryEntry } from '../../../preload/contract/features/library';
import type { SettingsRepository } from '../store';

const KEY = 'library.entries';
/** Enough for anyone's collection; keeps the stored JSON and the IPC payload small. */
export const MAX_LIBRARY_ENTRIES = 200;

const entriesSchema = z.array(libraryEntrySchema);

export class LibraryStore {
  constructor(private readonly repo: SettingsRepository) {}

  list(): LibraryEntry[] {
    return this.repo.get(KEY, entriesSchema, []);
  }

  /** Adds `entry`, replacing an earlier entry for the same kind and path. */
  put(entry: LibraryEntry): void {
    const others = this.list().filter((e) => !(e.kind === entry.kind && e.path === entry.path));
    this.repo.set(KEY, [entry, ...others].slice(0, MAX_LIBRARY_ENTRIES));
  }
}
