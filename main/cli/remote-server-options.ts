// The --server options of `ask` and of the remote benchmark: which OpenAI-compatible server, its model and
// adapter, and its API key, which is read only from an environment variable the user names (a key on the
// command line would stay in the shell history and be visible to every process on the machine).
import {
  checkServerUrl,
  RemoteEngineError,
  remoteServerConfigSchema,
  SERVER_SOFTWARE,
  type RemoteServerConfig,
  type ServerAdapter,
  type ServerSoftware,
} from '../services/remote-engine';
import { CliError } from './cli-error';

/** parseArgs options shared by every command that talks to a server. */
export const REMOTE_SERVER_OPTIONS = {
  server: { type: 'string' },
  'api-key-env': { type: 'string' },
  'server-model': { type: 'string' },
  'server-lora': { type: 'string' },
  'server-software': { type: 'string' },
  'local-network': { type: 'boolean', default: false },
} as const;

export const REMOTE_SERVER_USAGE =
  '--server URL [--api-key-env VAR] [--server-model NAME] [--server-lora ID:SCALE] ' +
  '[--server-software llama-server|vllm|ollama|other] [--local-network]';

export interface RemoteServerValues {
  server?: string | undefined;
  'api-key-env'?: string | undefined;
  'server-model'?: string | undefined;
  'server-lora'?: string | undefined;
  'server-software'?: string | undefined;
  'local-network'?: boolean | undefined;
}

export interface RemoteServerChoice {
  server: RemoteServerConfig;
  /** The key from the named environment variable; null when none was named. */
  apiKey: string | null;
  /** The llama-server adapter scale from --server-lora; null when no adapter is selected. */
  loraScale: number | null;
}

/** The remote-only options given without --server (they would be silently ignored otherwise). */
export function remoteOnlyOptionsGiven(values: RemoteServerValues): string[] {
  const given: string[] = [];
  for (const name of ['api-key-env', 'server-model', 'server-lora', 'server-software'] as const) {
    if (values[name] !== undefined) given.push(`--${name}`);
  }
  if (values['local-network']) given.push('--local-network');
  return given;
}

/**
 * Refuses `--api-key` before the arguments are parsed, saying where the key goes instead. The value is never
 * repeated in the message.
 */
export function refuseKeyOnCommandLine(argv: readonly string[]): void {
  const end = argv.indexOf('--');
  const options = end < 0 ? argv : argv.slice(0, end);
  if (options.some((arg) => /^--api-key(=|$)/.test(arg))) {
    throw new CliError(
      'the API key is not taken on the command line (it would stay in your shell history): put it in an ' +
        'environment variable and give its name, e.g. --api-key-env MEA_SERVER_KEY',
      2,
    );
  }
}

/** The server configuration, the key and the adapter scale from the options; CliError (exit 2) when unusable. */
export function remoteServerFrom(values: RemoteServerValues, env: NodeJS.ProcessEnv = process.env): RemoteServerChoice {
  const baseUrl = values.server;
  if (baseUrl === undefined || baseUrl.trim() === '') throw new CliError('missing --server URL', 2);
  const allowLocalNetwork = values['local-network'] ?? false;
  let host: string;
  try {
    host = checkServerUrl(baseUrl, { allowLocalNetwork }).host;
  } catch (error) {
    if (!(error instanceof RemoteEngineError)) throw error;
    const hint =
      error.code === 'tls_required' && !allowLocalNetwork
        ? ' On the command line, a server on your own local network is marked with --local-network.'
        : '';
    throw new CliError(`${error.message}${hint}`, 2);
  }

  const lora = values['server-lora'] === undefined ? null : parseServerLora(values['server-lora']);
  const software = parseSoftware(values['server-software'], lora !== null);
  if (lora !== null && software !== 'llama-server') {
    throw new CliError(
      '--server-lora selects an adapter that llama-server loaded with --lora; on vLLM or Ollama the adapter is a ' +
        'model of its own: --server-model NAME --profile adapter',
      2,
    );
  }
  const adapter: ServerAdapter = lora === null ? { mode: 'none' } : { mode: 'llama-server-lora', id: lora.id };
  const parsed = remoteServerConfigSchema.safeParse({
    id: 'cli',
    name: host,
    baseUrl,
    software,
    model: values['server-model']?.trim() || null,
    adapter,
    allowLocalNetwork,
  });
  if (!parsed.success) {
    throw new CliError(parsed.error.issues.map((issue) => issue.message).join('; '), 2);
  }
  return { server: parsed.data, apiKey: apiKeyFrom(values['api-key-env'], env), loraScale: lora?.scale ?? null };
}

/** `ID:SCALE`: the adapter's --lora index on llama-server (0 for the first) and its scale from 0 to 2. */
export function parseServerLora(raw: string): { id: number; scale: number } {
  const match = /^(\d{1,3}):(\d+(?:\.\d+)?|\.\d+)$/.exec(raw.trim());
  const scale = match ? Number(match[2]) : Number.NaN;
  if (!match || !(scale >= 0 && scale <= 2)) {
    throw new CliError(
      `--server-lora takes ID:SCALE, the adapter's --lora index on llama-server (0 for the first) and a scale ` +
        `from 0 to 2, e.g. 0:1 (got "${raw}")`,
      2,
    );
  }
  return { id: Number(match[1]), scale };
}

function parseSoftware(raw: string | undefined, hasLora: boolean): ServerSoftware {
  if (raw === undefined) return hasLora ? 'llama-server' : 'other';
  if (!SERVER_SOFTWARE.includes(raw as ServerSoftware)) {
    throw new CliError(`--server-software must be one of ${SERVER_SOFTWARE.join(', ')} (got "${raw}")`, 2);
  }
  return raw as ServerSoftware;
}

/** The key in the named variable. Neither the value nor the name is ever printed (a key pasted as the name). */
function apiKeyFrom(name: string | undefined, env: NodeJS.ProcessEnv): string | null {
  if (name === undefined) return null;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new CliError(
      '--api-key-env takes the name of an environment variable (letters, digits and _), not the key itself',
      2,
    );
  }
  const key = env[name]?.trim() ?? '';
  if (key === '') {
    throw new CliError(
      'the environment variable named by --api-key-env is not set or is empty: set it first, e.g. ' +
        'export MEA_SERVER_KEY=… then --api-key-env MEA_SERVER_KEY',
      2,
    );
  }
  return key;
}
