// Public API of the remote engine (plain Node: global fetch, no Electron).
export { RemoteEngine } from './remote-engine';
export type { RemoteEngineOptions } from './remote-engine';
export { RemoteEngineError, REMOTE_ERROR_CODES } from './errors';
export type { RemoteErrorCode, RemoteErrorDetails } from './errors';
export { DEFAULT_TIMEOUTS } from './openai-client';
export type { RemoteTimeouts } from './openai-client';
export { remoteServerConfigSchema, serverAdapterSchema, SERVER_SOFTWARE } from './server-config';
export type { RemoteServerConfig, RemoteServerConfigInput, ServerAdapter, ServerSoftware } from './server-config';
export { checkServerUrl, isLoopbackHost, isLocalNetworkHost } from './url-policy';
export type { ServerAddress, ServerTransport, UrlPolicyOptions } from './url-policy';
export type { OpenedSecret, SecretBox } from './secret-box';
