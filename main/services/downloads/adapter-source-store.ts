// Where the medical adapter's source URL is kept: a setting in the app, memory in the CLI.
import { z } from 'zod';
import type { SettingsRepository } from '../store';

export interface AdapterSourceStore {
  get(): string | null;
  set(url: string | null): void;
}

const KEY = 'downloads.adapterSourceUrl';
const urlSchema = z.string().max(2000).nullable();

export class SettingsAdapterSourceStore implements AdapterSourceStore {
  constructor(private readonly repo: SettingsRepository) {}

  get(): string | null {
    return this.repo.get(KEY, urlSchema, null);
  }

  set(url: string | null): void {
    if (url === null) this.repo.delete(KEY);
    else this.repo.set(KEY, url);
  }
}

export class MemoryAdapterSourceStore implements AdapterSourceStore {
  constructor(private url: string | null = null) {}

  get(): string | null {
    return this.url;
  }

  set(url: string | null): void {
    this.url = url;
  }
}
