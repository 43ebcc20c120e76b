// The Cards view in Spanish: server-rendered after switching i18next, so a string left in English, a key shown
// raw, a plural picked by hand or a number not formatted for Spanish fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { DeckSummary } from '../../../../preload/contract/features/flashcards';
import { DeckList } from '../../../../renderer/src/features/flashcards/components/DeckList';
import { FlashcardsView } from '../../../../renderer/src/features/flashcards/components/FlashcardsView';
import { importMessage } from '../../../../renderer/src/features/flashcards/interchange/state/importMessage';
import { i18n } from '../../../../renderer/src/i18n';
import { ApiProvider } from '../../../../renderer/src/lib/api';
import { fakeApi } from '../fixtures';

const noop = () => undefined;
const deck = (id: number, name: string, total: number, due: number, fresh: number): DeckSummary => ({
  id,
  name,
  total,
  due,
  new: fresh,
  createdAt: 0,
  updatedAt: 0,
});

describe('the Cards view in Spanish', () => {
  beforeAll(() => i18n.changeLanguage('es'));
  afterAll(() => i18n.changeLanguage('en'));

  it('counts each deck with Spanish plurals and Spanish digit grouping', () => {
    const html = renderToStaticMarkup(
      <DeckList
        decks={[deck(3, 'Renal', 12_345, 7, 1), deck(9, 'Cardio', 1, 0, 0)]}
        selectedId={3}
        onSelect={noop}
        onCreate={noop}
        onRename={noop}
        onDelete={noop}
      />,
    );
    expect(html).toContain('>Mazos</h2>');
    expect(html).toContain('Nuevo mazo');
    expect(html).toContain('12.345 tarjetas · 7 pendientes · 1 nueva');
    expect(html).toContain('1 tarjeta · 0 pendientes · 0 nuevas');
    expect(html).toContain('aria-label="Renombrar «Renal»"');
    expect(html).toContain('aria-label="Eliminar «Cardio»"');
  });

  it('shows the toolbar and the empty state in Spanish', () => {
    const html = renderToStaticMarkup(
      <ApiProvider api={fakeApi()}>
        <FlashcardsView onOpenConversation={noop} />
      </ApiProvider>,
    );
    expect(html).toContain('placeholder="Buscar en todas las tarjetas…"');
    expect(html).toContain('Buscar en los chats');
    expect(html).toContain('Mover a otro mazo…');
    expect(html).toContain('Crea un mazo o guarda una tarjeta a partir de una respuesta.');
    expect(html).not.toContain('Search');
  });

  it('words an import summary with the plural each count needs, "de" for round millions included', () => {
    const t = i18n.getFixedT('es', 'cards');
    const text = importMessage(
      {
        decks: [{ id: 1, name: 'Histología', created: true, added: 1_000_000 }],
        cardsAdded: 1_000_000,
        duplicatesSkipped: 1,
        warnings: [],
        anki: { notes: 2_500, cards: 1_000_000, media: 1, reviews: 0, updated: 0 },
      },
      t,
    );
    expect(text).toBe(
      'Importación completada: 1.000.000 de tarjetas en 1 mazo; 1 duplicada omitida (2500 notas, 1 archivo multimedia, 0 repasos)',
    );
  });
});
