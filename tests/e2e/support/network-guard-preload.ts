// Loaded into the forked model host with --import (NODE_OPTIONS, tests only): installs the network guard,
// proves it with the positive-control probes, then appends every attempt to MEA_NETWORK_GUARD_LOG.
import { appendFileSync } from 'node:fs';
import type { GuardLogLine } from './network-guard-host';
import { installNetworkGuard, probeGuard } from './network-guard';

const logPath = process.env.MEA_NETWORK_GUARD_LOG;
if (logPath) {
  const write = (line: Omit<GuardLogLine, 'pid'>): void =>
    appendFileSync(logPath, `${JSON.stringify({ pid: process.pid, ...line })}\n`);
  let phase: 'control' | 'session' = 'control';
  const guard = installNetworkGuard((attempt) => write({ phase, ...attempt }));
  const control = await probeGuard(guard);
  write({ phase: 'installed', probes: control.probes, missed: control.missed });
  phase = 'session';
}
