// The published evaluation figure of the catalog's adapter (data from the model catalog), read once.
import { useEffect, useState } from 'react';
import type { PublishedEvaluationView } from '../../../../../preload/contract/features/downloads';
import type { MeaApi } from '../../../lib/api';

export interface PublishedEvaluation {
  adapterName: string;
  figure: PublishedEvaluationView;
}

export function usePublishedEvaluation(api: MeaApi): PublishedEvaluation | null {
  const [published, setPublished] = useState<PublishedEvaluation | null>(null);
  useEffect(() => {
    let live = true;
    api.getModelCatalog().then(
      (catalog) => {
        const adapter = catalog.entries.find((entry) => entry.publishedEvaluation !== null);
        if (live && adapter?.publishedEvaluation) {
          setPublished({ adapterName: adapter.name, figure: adapter.publishedEvaluation });
        }
      },
      () => undefined, // no catalog: the view works without the published figure
    );
    return () => {
      live = false;
    };
  }, [api]);
  return published;
}
