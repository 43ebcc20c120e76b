// Command-line entry over the same services as the app, without Electron: `npm run cli -- <command>`.
import { runAsk } from './commands/ask';
import { CliError } from './cli-error';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  ask --model M.gguf [--lora L.gguf] [--profile adapter|template|qa] [--json] "question"
      Streams the answer to stdout (--json: one JSON object {text, tokens, tokensPerSecond, stopReason}).
      Options: --temperature N  --top-p N  --max-tokens N  --threads N  --gpu-layers auto|off|N`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'ask':
      return runAsk(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new CliError(`unknown command "${command}" (try: npm run cli -- help)`, 2);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // One clear line, never a stack trace or a signal death.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${message.split('\n')[0]}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  },
);
