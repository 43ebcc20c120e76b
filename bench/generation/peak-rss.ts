// Peak resident memory of a process (Linux VmHWM), for comparing the host's footprint with the model file.
import { readFileSync } from 'node:fs';

/** VmHWM from the text of /proc/<pid>/status, in bytes; null when the line is missing. */
export function parseVmHwm(status: string): number | null {
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

/** Peak RSS of `pid` (or this process) in bytes; null where /proc is unavailable (not Linux) or the process is gone. */
export function readPeakRss(pid: number | 'self' = 'self'): number | null {
  try {
    return parseVmHwm(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return null;
  }
}
