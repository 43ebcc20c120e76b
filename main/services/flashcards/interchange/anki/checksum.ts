// Anki's per-note derived columns: sfld, csum (duplicate check) and a stable guid.
import { createHash } from 'node:crypto';
import { decodeEntities } from './field-html';

/** Anki's sort field: the first field with every tag removed (<br> too, as Anki's strip_html does). */
export function sortFieldText(firstFieldHtml: string): string {
  return decodeEntities(firstFieldHtml.replace(/<[^>]*>/g, ''));
}

/** Anki's csum: the first 8 hex digits of sha1(stripped first field), as an integer. */
export function fieldChecksum(firstFieldHtml: string): number {
  const hex = createHash('sha1').update(sortFieldText(firstFieldHtml), 'utf8').digest('hex');
  return parseInt(hex.slice(0, 8), 16);
}

/**
 * A guid derived from the note's content, so exporting the same card twice gives the same guid
 * and Anki updates it on re-import instead of adding a duplicate. `salt` separates exact duplicates.
 */
export function contentGuid(parts: readonly string[], salt: number): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([...parts, salt]), 'utf8')
    .digest('base64');
  // Anki guids are short opaque strings; 10 base64 characters (60 bits) are plenty here.
  return digest.replace(/[+/=]/g, '').slice(0, 10);
}
