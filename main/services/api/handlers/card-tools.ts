// Card tools channels → MakeCardsService and TransferService.
import type { cardToolsInvokeChannels } from '../../../../preload/contract/features/card-tools';
import type { MakeCardsService } from '../../flashcards/make-cards';
import type { TransferService } from '../../flashcards/transfer';
import type { FeatureHandlers } from './types';

export function cardToolsHandlers(
  makeCards: MakeCardsService,
  transfer: TransferService,
): FeatureHandlers<typeof cardToolsInvokeChannels> {
  return {
    'cards:generate': ({ source, deckId }) => makeCards.generate(source, deckId),
    'cards:createMany': ({ deckId, cards, sourceMessageId }) => makeCards.createMany(deckId, cards, sourceMessageId),
    'cards:export': ({ deckId, format, path }) => transfer.exportDecks(deckId, format, path),
    'cards:import': ({ path }) => transfer.importFile(path),
  };
}
