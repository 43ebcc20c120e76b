// Saved evaluation states of conversations on disk. This entry is free of node-llama-cpp (main uses it to
// delete states while no host runs); the host's save/restore lives in continuation.ts.
export { StateCache, type StateCacheOptions, type StateEntry, type StateKey, type StagedWrite } from './state-cache';
export { stateIdentity, type FileIdentity, type StateIdentityParts } from './state-identity';
