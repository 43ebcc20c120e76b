// Public API of the engines' common interface and the local engine (no Electron, no network).
export { EngineUnsupportedError } from './engine';
export type {
  Engine,
  EngineKind,
  EngineGenerateOptions,
  EngineAdapterMode,
  EngineAdapterInfo,
  EngineDescription,
  EngineHealth,
  EngineHealthStatus,
  GenerateRequest,
  GenerateResult,
} from './engine';
export { LocalEngine } from './local-engine';
export type { LocalEngineHost, LocalEngineOptions } from './local-engine';
