// The line the Import button leaves after an import: cards and decks, then for Anki packages what
// else came with them (notes, notes updated in place, media files, review history), then warnings.
// Each counted phrase has its own key, so a language can inflect it for its place in the sentence.
import type { ImportSummary } from '../../../../../../preload/contract/features/card-tools';
import type { TFunction } from '../../../../i18n';

export function importMessage(summary: ImportSummary, t: TFunction<'cards'>): string {
  let text = t('import.summary', {
    cards: t('import.cards', { count: summary.cardsAdded }),
    decks: t('import.decks', { count: summary.decks.length }),
    duplicates: t('import.duplicates', { count: summary.duplicatesSkipped }),
  });
  const anki = summary.anki;
  if (anki !== undefined) {
    const parts = {
      notes: t('import.notes', { count: anki.notes }),
      updated: t('import.updated', { count: anki.updated }),
      media: t('import.media', { count: anki.media }),
      reviews: t('import.reviews', { count: anki.reviews }),
    };
    const details = anki.updated > 0 ? t('import.ankiDetailsUpdated', parts) : t('import.ankiDetails', parts);
    text = t('import.withDetails', { summary: text, details });
  }
  const first = summary.warnings[0];
  if (first !== undefined) {
    // The warning itself comes from main and is shown as it is.
    text = t('import.withWarning', {
      summary: text,
      warnings: t('import.warnings', { count: summary.warnings.length }),
      first,
    });
  }
  return text;
}
