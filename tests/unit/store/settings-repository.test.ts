// SettingsRepository: JSON round trip, zod validation, fallbacks for bad stored data.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { openDatabase, SettingsRepository, StoreValidationError } from '../../../main/services/store';
import { useHandles } from './helpers';

const track = useHandles();
let db: Database;
let settings: SettingsRepository;
const invalid: string[] = [];

const themeSchema = z.enum(['light', 'dark', 'system']);
const windowSchema = z.object({ width: z.number().int().positive(), height: z.number().int().positive() });

beforeEach(() => {
  invalid.length = 0;
  db = track(openDatabase(':memory:'));
  settings = new SettingsRepository(db, { onInvalid: (key, reason) => invalid.push(`${key}:${reason}`) });
});

describe('SettingsRepository', () => {
  it('returns the fallback for a missing key, and the stored value after set', () => {
    expect(settings.get('theme', themeSchema, 'system')).toBe('system');
    settings.set('theme', 'dark');
    expect(settings.get('theme', themeSchema, 'system')).toBe('dark');
    settings.set('theme', 'light'); // overwrite
    expect(settings.get('theme', themeSchema, 'system')).toBe('light');
    settings.set('window', { width: 1200, height: 800 });
    expect(settings.get('window', windowSchema, { width: 1, height: 1 })).toEqual({ width: 1200, height: 800 });
    expect(invalid).toEqual([]);
  });

  it('falls back, without throwing, on corrupt JSON or a schema mismatch', () => {
    db.prepare(`INSERT INTO settings (key, value) VALUES ('theme', '{not json')`).run();
    expect(settings.get('theme', themeSchema, 'system')).toBe('system');
    settings.set('window', { width: -5 });
    expect(settings.get('window', windowSchema, { width: 800, height: 600 })).toEqual({ width: 800, height: 600 });
    expect(invalid).toEqual(['theme:invalid-json', 'window:schema-mismatch']);
  });

  it('refuses values that cannot round-trip through JSON, and bad keys', () => {
    expect(() => settings.set('x', undefined)).toThrow(StoreValidationError);
    expect(() => settings.set('x', () => 1)).toThrow(StoreValidationError);
    expect(() => settings.set('x', 10n)).toThrow(StoreValidationError);
    expect(() => settings.set('', 1)).toThrow(/Setting key/);
    expect(settings.get('x', z.number(), 3)).toBe(3);
  });

  it('deletes a setting so the fallback applies again', () => {
    settings.set('count', 4);
    expect(settings.delete('count')).toBe(true);
    expect(settings.delete('count')).toBe(false);
    expect(settings.get('count', z.number(), 0)).toBe(0);
  });
});
