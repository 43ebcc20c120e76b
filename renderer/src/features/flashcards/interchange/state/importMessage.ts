// The line the Import button leaves after an import: cards and decks, then for Anki packages what
// else came with them (notes, notes updated in place, media files, review history), then warnings.
import type { ImportSummary } from '../../../../../../preload/contract/features/card-tools';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function importMessage(summary: ImportSummary): string {
  const decks = count(summary.decks.length, 'deck', 'decks');
  let text = `Imported ${count(summary.cardsAdded, 'card', 'cards')} into ${decks}, ${summary.duplicatesSkipped} duplicates skipped`;
  const anki = summary.anki;
  if (anki !== undefined) {
    const parts = [count(anki.notes, 'note', 'notes')];
    if (anki.updated > 0) parts.push(`${anki.updated.toLocaleString('en-US')} updated`);
    parts.push(count(anki.media, 'media file', 'media files'), count(anki.reviews, 'review', 'reviews'));
    text += ` (${parts.join(', ')})`;
  }
  const warnings = summary.warnings;
  if (warnings.length > 0) text += ` (${count(warnings.length, 'warning', 'warnings')}: ${warnings[0]})`;
  return text;
}
