// Public surface of the smoke run (the packaged app's self-test): arguments, the run, its report.
export { parseSmokeArguments, SmokeArgumentError, SMOKE_USAGE, type SmokeArguments } from './smoke-arguments';
export { writeSmokeModel, type SmokeModelFiles } from './smoke-model';
export {
  smokeExitCode,
  startupFailureReport,
  smokeSummary,
  writeSmokeReport,
  type SmokeEnvironment,
  type SmokeReport,
  type SmokeStep,
  type SmokeStepName,
  type SmokeStepStatus,
} from './smoke-report';
export { checkSecretBox, NO_KEYRING } from './secret-box-check';
export { DEFAULT_SMOKE_TIMEOUTS, runSmokeTest, type SmokeTestOptions, type SmokeTimeouts } from './smoke-test';
