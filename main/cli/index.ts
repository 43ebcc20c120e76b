// Command-line entry over the same services as the app, without Electron: `npm run cli -- <command>`.
import { runAsk } from './commands/ask';
import { runCards } from './commands/cards';
import { runConvertLora } from './commands/convert-lora';
import { DECKS_USAGE, runDecks } from './commands/decks';
import { runModels } from './commands/models';
import { PERPLEXITY_USAGE, runPerplexity } from './commands/perplexity';
import { SCOPE_USAGE, runScope } from './commands/scope';
import { SEARCH_USAGE, runSearch } from './commands/search';
import { CliError } from './cli-error';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  ask --model M.gguf [--lora L.gguf] [--profile adapter|template|qa] [--json] "question"
      Streams the answer to stdout (--json: one JSON object {text, tokens, tokensPerSecond, stopReason, …}).
      Options: --temperature N  --top-p N  --max-tokens N  --threads N  --gpu-layers auto|off|N
      --cards [--deck NAME] [--data-dir DIR]: answer from the student's cards in that data folder (default:
      the app's), as chat does; the cards used are listed after the answer (--json: grounding, citations).
  ask --server URL [--api-key-env VAR] [--server-model NAME] [--server-lora ID:SCALE]
      [--server-software llama-server|vllm|ollama|other] [--local-network] [--profile P] [--json] "question"
      The same, answered by an OpenAI-compatible server (llama-server, vLLM, Ollama) as the app asks it. https,
      or http on this computer or (--local-network) your own network. The API key is read from the environment
      variable VAR, never from the command line. --server-lora 0:1: llama-server's first --lora adapter at scale 1.
  Both: the scope guard and safety notices run first, as in chat (--scope-guard ask|strict|off, default ask;
      --ask-anyway answers a declined question in "ask" mode). Exit codes: 0 answered, 1 failed, 2 bad usage,
      3 declined (nothing loaded or sent). --json adds "notices" and "engine" (which model or server answered).
  convert-lora --peft DIR --base BASE.gguf --out OUT.gguf [--source URL]
      Converts a PEFT LoRA folder (adapter_config.json + adapter_model.safetensors) to a GGUF LoRA.
  models list [--dir D]
      The model catalog and what is installed in the models folder (default: the app's).
  models download ID [--dir D] [--url-base URL] [--base BASE.gguf]
      Downloads a catalog entry (progress on stderr; Ctrl+C pauses, the same command resumes),
      verifies its SHA-256 and prints the installed path. For the adapter, --url-base is its PEFT folder URL.
  models verify FILE [--sha256 HEX]
      Prints the file's SHA-256 and checks its GGUF header (and the hash, given or from the catalog).
  cards parse [--with-type] [--pretty] < raw.txt
      Turns free-form model output on stdin into cards: prints [{"front", "back"}] as JSON (--with-type adds "type").
${DECKS_USAGE}
${PERPLEXITY_USAGE}
${SCOPE_USAGE}
${SEARCH_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'ask':
      return runAsk(rest);
    case 'cards':
      return runCards(rest);
    case 'convert-lora':
      return runConvertLora(rest);
    case 'decks':
      return runDecks(rest);
    case 'models':
      return runModels(rest);
    case 'perplexity':
      return runPerplexity(rest);
    case 'scope':
      return runScope(rest);
    case 'search':
      return runSearch(rest);
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

// A reader that stops early (`… | head`) closes the pipe: that ends the output, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`error: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});

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
