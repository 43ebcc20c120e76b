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

/** Resident memory split by kind (Linux /proc/<pid>/status), in bytes. */
export interface RssBreakdown {
  /** VmRSS: resident now. */
  rss: number;
  /** VmHWM: the peak of VmRSS. */
  peak: number;
  /** RssAnon: private memory (llama.cpp's repacked weights, KV cache, a model read without mmap). */
  anon: number;
  /** RssFile: resident pages of mapped files (the mmapped GGUF). */
  file: number;
}

/** VmRSS, VmHWM, RssAnon and RssFile from the text of /proc/<pid>/status; null when a line is missing. */
export function parseRssBreakdown(status: string): RssBreakdown | null {
  const field = (name: string): number | null => {
    const match = new RegExp(`^${name}:\\s+(\\d+)\\s+kB$`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : null;
  };
  const [rss, peak, anon, file] = ['VmRSS', 'VmHWM', 'RssAnon', 'RssFile'].map(field);
  if (rss == null || peak == null || anon == null || file == null) return null;
  return { rss, peak, anon, file };
}

/** The RSS breakdown of `pid` (or this process); null where /proc is unavailable or the process is gone. */
export function readRssBreakdown(pid: number | 'self' = 'self'): RssBreakdown | null {
  try {
    return parseRssBreakdown(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return null;
  }
}
