// Column values from a package's SQLite file: SQLite lets any column hold any type, so numbers
// and text are checked rather than assumed.
import { InterchangeFormatError } from '../../errors';

/** An integer column value (bigint and numeric text accepted); throws naming the column otherwise. */
export function intValue(value: unknown, column: string, label: string): number {
  const number = typeof value === 'bigint' ? Number(value) : typeof value === 'string' ? Number(value) : value;
  if (typeof number === 'number' && Number.isFinite(number)) return Math.trunc(number);
  throw new InterchangeFormatError(
    `${label} is damaged: ${column} holds ${JSON.stringify(String(value))}, not a number`,
  );
}

/** A text column value; blobs are read as UTF-8, null as "". */
export function textValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return String(value);
}

/** A blob column value (text is taken as its UTF-8 bytes). */
export function blobValue(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value === null || value === undefined) return new Uint8Array(0);
  return new TextEncoder().encode(String(value));
}
