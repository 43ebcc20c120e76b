// Public API of the servers in Settings (an optional remote engine per conversation).
export { RemoteServers, NO_KEY_STORAGE_MESSAGE } from './remote-servers';
export type { RemoteServersOptions } from './remote-servers';
export { NO_SECRET_STORAGE } from './no-secret-storage';
export { ServerRepository } from './server-repository';
export type { StoredServer, ServerUpdate } from './server-repository';
export { CountedEngine } from './counted-engine';
