// Card tools channels → MakeCardsService, TransferService (export) and ImportJobs (import with progress, Cancel).
import type { cardToolsInvokeChannels } from '../../../../preload/contract/features/card-tools';
import type { MakeCardsService } from '../../flashcards/make-cards';
import type { ImportJobs, TransferService } from '../../flashcards/transfer';
import type { FeatureHandlers } from './types';

export function cardToolsHandlers(
  makeCards: MakeCardsService,
  transfer: TransferService,
  imports: ImportJobs,
): FeatureHandlers<typeof cardToolsInvokeChannels> {
  return {
    'cards:generate': ({ source, deckId }) => makeCards.generate(source, deckId),
    'cards:createMany': ({ deckId, cards, sourceMessageId }) => makeCards.createMany(deckId, cards, sourceMessageId),
    'cards:export': ({ deckId, format, path }) => transfer.exportDecks(deckId, format, path),
    'cards:import': ({ path, requestId }) => imports.run(path, requestId),
    'cards:importCancel': ({ requestId }) => imports.cancel(requestId),
  };
}
