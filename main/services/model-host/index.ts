// Public API of the model host, for main, the CLI and tests (no node-llama-cpp, no Electron).
export { ModelHostClient } from './host-client';
export type { HostState, HostStatus, ModelHostClientOptions, GenerateOptions } from './host-client';
export { ForkHostLauncher } from './fork-launcher';
export { withBindingTestRelay, bindingTestScriptPath } from './binding-test/launcher-relay';
export type { BindingTestProcess, BindingTestSpawner } from './binding-test/launcher-relay';
export { HOST_ENVIRONMENT, hostEnvironment } from './host-environment';
export type { ForkHostLauncherOptions } from './fork-launcher';
export type { HostLauncher, HostProcess, HostExitInfo } from './host-process';
export type { WatchdogStats } from './host-watchdog';
export {
  ModelHostError,
  HostCrashedError,
  ModelLoadError,
  NoModelLoadedError,
  HostRequestError,
  HostDisposedError,
  ScoringAbortedError,
} from './errors';
export type {
  LoadConfig,
  GpuLayers,
  ModelInfo,
  Backend,
  GenerateRequest,
  GenerateResult,
  StopReason,
  Sampling,
  FaultKind,
  HostStats,
  ScoreRequest,
  ScoreResult,
} from './protocol';
