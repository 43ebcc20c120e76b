// Input checks for decks and cards; each throws StoreValidationError naming what is wrong.
import { LIMITS } from '../../../preload/contract/limits';
import { StoreValidationError } from '../store/errors';
import { NOTE_TYPES, type NoteType } from './types';

export const DECK_NAME_MAX_CHARS = 100;
export const CARD_SIDE_MAX_BYTES = 20 * 1024;
/** The contract's tag caps (LIMITS: why they are what they are). */
export const TAG_MAX_CHARS = LIMITS.tagChars;
export const TAGS_PER_CARD_MAX = LIMITS.tagsPerCard;
export const PAGE_LIMIT_MAX = 500;
export const SEARCH_LIMIT_MAX = 100;
export const DUE_LIMIT_MAX = 1000;

/** Key two names or fronts are compared by: Unicode-normalized, case-folded, whitespace collapsed. */
export function foldKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function normalizeDeckName(value: unknown): string {
  if (typeof value !== 'string') throw new StoreValidationError('Deck name must be a string');
  const name = value.replace(/\s+/g, ' ').trim();
  if (name === '') throw new StoreValidationError('Deck name must not be empty');
  if ([...name].length > DECK_NAME_MAX_CHARS) {
    throw new StoreValidationError(`Deck name must be at most ${DECK_NAME_MAX_CHARS} characters`);
  }
  return name;
}

/**
 * A card side: trimmed, at most 20 KB of UTF-8, non-empty unless allowed (a cloze card's back is
 * Anki's optional "Back Extra").
 */
export function normalizeSide(value: unknown, side: 'Front' | 'Back', options: { allowEmpty?: boolean } = {}): string {
  if (typeof value !== 'string') throw new StoreValidationError(`${side} must be a string`);
  const text = value.trim();
  if (text === '' && !options.allowEmpty) throw new StoreValidationError(`${side} must not be empty`);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > CARD_SIDE_MAX_BYTES) {
    throw new StoreValidationError(`${side} is ${bytes} bytes; the limit is ${CARD_SIDE_MAX_BYTES} bytes (20 KB)`);
  }
  return text;
}

export function assertNoteType(value: unknown): NoteType {
  if (!NOTE_TYPES.includes(value as NoteType)) {
    throw new StoreValidationError(`Note type must be 'basic' or 'cloze', got ${String(value)}`);
  }
  return value as NoteType;
}

/** Tags as Anki has them: no spaces (a space separates tags), case kept, duplicates dropped, sorted. */
export function normalizeTags(value: unknown): string[] {
  if (!Array.isArray(value)) throw new StoreValidationError('Tags must be a list of strings');
  const tags = new Map<string, string>();
  for (const raw of value) {
    if (typeof raw !== 'string') throw new StoreValidationError('Each tag must be a string');
    const tag = raw.trim();
    if (tag === '') continue;
    if (/\s/.test(tag)) throw new StoreValidationError(`Tag "${tag}" must not contain spaces`);
    if ([...tag].length > TAG_MAX_CHARS) {
      throw new StoreValidationError(`Tag "${tag.slice(0, 20)}…" is longer than ${TAG_MAX_CHARS} characters`);
    }
    if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
  }
  if (tags.size > TAGS_PER_CARD_MAX) {
    throw new StoreValidationError(`A card may have at most ${TAGS_PER_CARD_MAX} tags, got ${tags.size}`);
  }
  // Plain code-unit order, the same as SQLite's ORDER BY tag, so a card reads back as it was saved.
  return [...tags.values()].sort();
}

/**
 * Tags an import can store: what normalizeTags keeps, except that a tag it would refuse (spaces, longer
 * than TAG_MAX_CHARS, past the TAGS_PER_CARD_MAX-th) is left out and returned in `dropped`, so one
 * oversized tag never costs the user the card.
 */
export function fitTags(value: readonly string[]): { tags: string[]; dropped: string[] } {
  const tags = new Map<string, string>();
  const dropped: string[] = [];
  for (const raw of value) {
    const tag = raw.trim();
    if (tag === '' || tags.has(tag.toLowerCase())) continue;
    if (/\s/.test(tag) || [...tag].length > TAG_MAX_CHARS || tags.size >= TAGS_PER_CARD_MAX) dropped.push(tag);
    else tags.set(tag.toLowerCase(), tag);
  }
  return { tags: [...tags.values()].sort(), dropped };
}

export function assertRange(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new StoreValidationError(`${what} must be an integer ${min}-${max}, got ${String(value)}`);
  }
  return value;
}

export function assertTime(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new StoreValidationError(`${what} must be a time in epoch milliseconds, got ${String(value)}`);
  }
  return value;
}

/**
 * Turns what the user typed into an FTS5 query: every word becomes a quoted prefix term, so
 * operators and quotes in the input are literal text, never FTS syntax. Null if no word is left.
 */
export function toFtsPrefixQuery(value: unknown): string | null {
  if (typeof value !== 'string') throw new StoreValidationError('Search query must be a string');
  if ([...value].length > 200) throw new StoreValidationError('Search query must be at most 200 characters');
  const words = value.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}
