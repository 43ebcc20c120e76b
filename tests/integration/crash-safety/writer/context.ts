// What every writer mode gets: its run number, a seeded RNG and the acknowledgement channel.
import { writeSync } from 'node:fs';
import { formatAck, type Ack } from '../ack';
import type { Rng } from '../rng';

export interface WriterContext {
  run: number;
  rng: Rng;
  ack(ack: Ack): void;
}

/** Synchronous write to stdout: once it returns, the line is in the pipe even if SIGKILL follows. */
export function printLine(line: string): void {
  writeSync(1, line.endsWith('\n') ? line : `${line}\n`);
}

export function stdoutAck(ack: Ack): void {
  printLine(formatAck(ack));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
