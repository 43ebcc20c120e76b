// Library channels → LibraryService; an import changes the current model or adapter, so the status is refreshed.
import type { libraryInvokeChannels } from '../../../../preload/contract/features/library';
import type { LibraryService } from '../../library/library-service';
import type { ModelService } from '../../model/model-service';
import type { FeatureHandlers } from './types';

export function libraryHandlers(
  library: LibraryService,
  model: ModelService,
): FeatureHandlers<typeof libraryInvokeChannels> {
  return {
    'library:list': () => library.list(),
    'library:importFile': async (request) => {
      const result = await library.importFile(request);
      model.refreshProfile();
      return result;
    },
    'library:importPeft': async ({ dir }) => {
      const result = await library.importPeft(dir);
      model.refreshProfile();
      return result;
    },
  };
}
