// Handler maps for one feature's channels; handlers.ts merges them into the full InvokeHandlers.
import type { invokeChannels } from '../../../../preload/contract/channels';
import type { InvokeHandlers } from '../dispatcher';

export type FeatureHandlers<Channels extends Partial<typeof invokeChannels>> = Pick<
  InvokeHandlers,
  Extract<keyof Channels, keyof InvokeHandlers>
>;
