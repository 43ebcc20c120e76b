// Picks the engine of one request: this computer's model, or a remote server the user added. The callers
// (chat, Compare, cards, quiz, Evaluate) never choose: only a request that names a server goes remote.
import { ApiError } from '../../../preload/contract/envelope';
import type { Engine } from './engine';

/** Where the engines of saved servers come from (the remote servers service in the app). */
export interface RemoteEngineSource {
  /** The engine of one saved server; throws (an ApiError saying why) when it is gone or cannot be used. */
  engine(serverId: string): Engine;
}

export class EngineRouter {
  constructor(
    /** This computer's model (the model host). */
    readonly local: Engine,
    private readonly remote: RemoteEngineSource | null = null,
  ) {}

  /** null or absent: this computer; a server id: that server's engine. */
  engineFor(serverId: string | null | undefined): Engine {
    if (serverId === null || serverId === undefined) return this.local;
    if (this.remote === null) throw new ApiError('model_unavailable', 'Remote servers cannot be used here.');
    return this.remote.engine(serverId);
  }
}
