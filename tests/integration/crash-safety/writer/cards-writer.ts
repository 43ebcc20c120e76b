// Card saving under the real services: "Make cards" batches (several cards, one transaction) and editor saves.
import type { Database } from 'better-sqlite3';
import { checksum } from '../ack';
import { editTag, editVersionOf, withEditVersion } from '../texts';
import { sleep, type WriterContext } from './context';
import {
  CARDS_DECK,
  liveCardCount,
  openCardServices,
  randomCardId,
  saveBatch,
  type CardServices,
} from './card-services';

export async function runCardsWriter(db: Database, ctx: WriterContext): Promise<void> {
  const services = openCardServices(db, CARDS_DECK);
  for (let index = 0; ; index++) {
    if (liveCardCount(db, services.deck.id) > 0 && ctx.rng.next() < 0.3) editCard(db, services, ctx);
    else saveBatch(services, ctx, `r${ctx.run}b${index}`, ctx.rng.int(2, 12));
    // A short pause keeps the file small; kills still land inside the many commits.
    await sleep(ctx.rng.int(0, 3));
  }
}

/** A card editor save: the back text and the tags change together (one transaction in CardRepository). */
function editCard(db: Database, services: CardServices, ctx: WriterContext): void {
  const card = services.flashcards.getCard(randomCardId(db, services, ctx));
  const version = editVersionOf(card.back) + 1;
  const back = withEditVersion(card.back, version);
  const tags = [...card.tags.filter((tag) => !tag.startsWith('edit-')), editTag(version)];
  services.flashcards.updateCard(card.id, { back, tags });
  ctx.ack({ kind: 'card-edit', cardId: card.id, version, checksum: checksum(back) });
}
