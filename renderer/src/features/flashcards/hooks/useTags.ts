// All tags in use with their card counts, for the filter chips.
import { useEffect, useState } from 'react';
import type { MeaApi } from '../../../lib/api';

export function useTags(api: MeaApi, version: number) {
  const [tags, setTags] = useState<{ tag: string; cards: number }[]>([]);
  useEffect(() => {
    let live = true;
    api.listTags().then(
      (list) => live && setTags(list),
      () => undefined, // chips are a convenience; the list still works without them
    );
    return () => {
      live = false;
    };
  }, [api, version]);
  return tags;
}
