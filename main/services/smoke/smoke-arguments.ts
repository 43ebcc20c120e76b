// Reads the smoke-run switches from a command line (process.argv): strict, so a typo is an error, not a normal start.
import { isAbsolute, resolve } from 'node:path';

export interface SmokeArguments {
  /** Absolute path of the JSON report to write. */
  reportPath: string;
  /** A GGUF model to use instead of the generated tiny one. */
  modelPath: string | null;
  /** A GGUF LoRA for that model (only with modelPath; the generated model brings its own). */
  loraPath: string | null;
  gpu: 'auto' | 'off';
  /** Keep the temporary data folder after the run (its path is in the report). */
  keepData: boolean;
}

export class SmokeArgumentError extends Error {
  constructor(message: string) {
    super(`${message}\n${SMOKE_USAGE}`);
    this.name = 'SmokeArgumentError';
  }
}

export const SMOKE_USAGE = [
  'Usage: <app> --smoke-test=REPORT.json [--smoke-model=MODEL.gguf [--smoke-lora=ADAPTER.gguf]] [--smoke-gpu=auto|off] [--smoke-keep-data]',
  'Runs the app without a window on a temporary data folder: loads the model and adapter (a tiny generated pair',
  'when no model is given), answers one question, saves a card, writes the report and exits (0 = every step passed).',
].join('\n');

const PREFIX = '--smoke-';
const VALUE_SWITCHES = ['test', 'model', 'lora', 'gpu'] as const;
const FLAG_SWITCHES = ['keep-data'] as const;
type SwitchName = (typeof VALUE_SWITCHES)[number] | (typeof FLAG_SWITCHES)[number];
/** Paths are bounded like IPC paths are: anything longer is not a path a person typed. */
const MAX_VALUE_LENGTH = 4096;

/**
 * Smoke arguments from `argv`, or null when no `--smoke-*` switch is present (a normal start).
 * Other switches (Chromium's, the app path in development) are ignored. Relative paths resolve against `cwd`.
 * Throws SmokeArgumentError on an unknown, repeated or malformed smoke switch.
 */
export function parseSmokeArguments(argv: readonly string[], cwd: string): SmokeArguments | null {
  const values = new Map<SwitchName, string | true>();
  for (const arg of argv) {
    if (!arg.startsWith(PREFIX)) continue;
    const [name, value] = splitSwitch(arg);
    if (values.has(name)) throw new SmokeArgumentError(`${PREFIX}${name} is given more than once.`);
    values.set(name, value);
  }
  if (values.size === 0) return null;

  const reportPath = values.get('test');
  if (typeof reportPath !== 'string') {
    throw new SmokeArgumentError(`${PREFIX}test=REPORT.json is required with the other ${PREFIX}* switches.`);
  }
  const modelPath = values.get('model');
  const loraPath = values.get('lora');
  if (loraPath !== undefined && modelPath === undefined) {
    throw new SmokeArgumentError(`${PREFIX}lora needs ${PREFIX}model: an adapter only fits the model it was made for.`);
  }
  const gpu = values.get('gpu') ?? 'auto';
  if (gpu !== 'auto' && gpu !== 'off')
    throw new SmokeArgumentError(`${PREFIX}gpu must be "auto" or "off", got "${String(gpu)}".`);
  return {
    reportPath: absolute(reportPath as string, cwd),
    modelPath: typeof modelPath === 'string' ? absolute(modelPath, cwd) : null,
    loraPath: typeof loraPath === 'string' ? absolute(loraPath, cwd) : null,
    gpu,
    keepData: values.has('keep-data'),
  };
}

function splitSwitch(arg: string): [SwitchName, string | true] {
  const equals = arg.indexOf('=');
  const name = (equals === -1 ? arg : arg.slice(0, equals)).slice(PREFIX.length);
  const value = equals === -1 ? null : arg.slice(equals + 1);
  if ((FLAG_SWITCHES as readonly string[]).includes(name)) {
    if (value !== null) throw new SmokeArgumentError(`${PREFIX}${name} takes no value.`);
    return [name as SwitchName, true];
  }
  if (!(VALUE_SWITCHES as readonly string[]).includes(name)) {
    throw new SmokeArgumentError(`Unknown switch ${printable(arg)}.`);
  }
  if (value === null || value.trim() === '') {
    throw new SmokeArgumentError(`${PREFIX}${name} needs a value: ${PREFIX}${name}=…`);
  }
  if (value.length > MAX_VALUE_LENGTH || /[\0\r\n]/.test(value)) {
    throw new SmokeArgumentError(`${PREFIX}${name} has a value that is not a usable path.`);
  }
  return [name as SwitchName, value];
}

function absolute(path: string, cwd: string): string {
  return isAbsolute(path) ? resolve(path) : resolve(cwd, path);
}

/** Quotes an argument for an error message without echoing control characters or a huge value. */
function printable(arg: string): string {
  const cleaned = [...arg].map((char) => (char.charCodeAt(0) < 0x20 || char === '\u007f' ? '?' : char)).join('');
  return JSON.stringify(cleaned.length > 80 ? `${cleaned.slice(0, 80)}…` : cleaned);
}
