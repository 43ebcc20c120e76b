// Chromium opens an unauthenticated DevTools endpoint for --remote-debugging-port/pipe in any build,
// and no fuse covers it. The packaged app honours it only when MEA_ALLOW_REMOTE_DEBUGGING=1 (the
// packaged-app test suite sets it), so a switch slipped into a shortcut alone does not open the app.
import { app } from 'electron';

const SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe'] as const;

export function remoteDebuggingAllowed(isPackaged: boolean, env: NodeJS.ProcessEnv): boolean {
  return !isPackaged || env.MEA_ALLOW_REMOTE_DEBUGGING === '1';
}

/** Must run before 'ready', when Chromium starts its DevTools endpoint. */
export function gateRemoteDebugging(isPackaged: boolean, env: NodeJS.ProcessEnv): void {
  if (remoteDebuggingAllowed(isPackaged, env)) return;
  for (const name of SWITCHES) if (app.commandLine.hasSwitch(name)) app.commandLine.removeSwitch(name);
}
