// Puts the network guard into the model host process (NODE_OPTIONS for its fork) and reads back what it logged.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export interface GuardLogLine {
  pid: number;
  /** control: the deliberate probes; installed: their summary; session: everything after (must stay empty). */
  phase: 'control' | 'installed' | 'session';
  api?: string;
  target?: string;
  probes?: number;
  missed?: string[];
}

/** Environment for ForkHostLauncher: tsx, then the guard, load before the host's own entry. */
export function hostGuardEnv(logPath: string): Record<string, string> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const preload = new URL('./network-guard-preload.ts', import.meta.url).href;
  const inherited = process.env.NODE_OPTIONS ?? '';
  return {
    NODE_OPTIONS: `${inherited} --import=${tsx} --import=${preload}`.trim(),
    MEA_NETWORK_GUARD_LOG: logPath,
  };
}

export function readHostGuardLog(logPath: string): GuardLogLine[] {
  if (!existsSync(logPath)) return [];
  return readFileSync(logPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GuardLogLine);
}
