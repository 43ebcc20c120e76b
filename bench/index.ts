// `npm run bench -- [options]`: the benchmarks.
//   (default)  generation speed: app path vs raw node-llama-cpp vs llama-bench (bench/generation/run.ts;
//              options: --model FILE | --tinyllama-shaped | --tiny-fixture, --threads, --llama-bench, --runs,
//              --tokens, --prompt-tokens, --turns, --greedy, --json FILE)
//   cards      the flashcard store at 50,000 cards (bench/cards.ts)
//   anki-import  a 30,000-note, 5,000-image current-format .apkg through the app's import: time to usable
//              deck and to media, peak RSS vs package size (bench/anki-import.ts; options: --notes, --images,
//              --image-side, --regenerate, --json FILE)
//   abort      how fast Stop ends an answer, p95 ≤ 250 ms (bench/abort.ts; options: --runs, --model FILE |
//              --tinyllama-shaped | --tiny-fixture, --threads)
//   continuation  time to first token when a conversation comes back in a fresh host: restored state vs
//              re-evaluation vs the live context (bench/continuation.ts; options: --model FILE | --tinyllama-shaped
//              | --tiny-fixture, --threads, --turns, --runs, --answer-tokens, --answer-words)
//   --engine remote  an OpenAI-compatible server through the app's RemoteEngine vs. measured directly: time to
//              first token and generation tokens/s (bench/remote/run.ts; options: --server URL, --api-key-env,
//              --server-model, --server-lora ID:SCALE, --server-software, --local-network, --runs, --tokens)
//   cold-start  launch to an interactive window and to the first token of a new question, the model loading in
//              the background (bench/cold-start.ts; options: --model FILE | --tinyllama-shaped | --tiny-fixture,
//              --threads, --runs, --conversations, --renderer DIR)
// With no arguments: generation speed, then abort. With options but no --only: generation speed, as before.
// `--only generation|abort|cards|anki-import|continuation|cold-start [options]` runs one of them with its options.
import { runAbortBench } from './abort';
import { runAnkiImportBench } from './anki-import';
import { runCardsBench } from './cards';
import { runColdStartBench } from './cold-start';
import { runContinuationBench } from './continuation';
import { runGenerationBench } from './generation/run';
import { runRemoteBench } from './remote/run';

const BENCHES = ['generation', 'abort', 'cards', 'anki-import', 'continuation', 'cold-start'] as const;
type BenchName = (typeof BENCHES)[number];

async function runBench(name: BenchName, args: string[]): Promise<void> {
  if (name === 'cards') await runCardsBench(args);
  else if (name === 'anki-import') {
    if (!(await runAnkiImportBench(args))) process.exitCode = 1;
  } else if (name === 'continuation') {
    if (!(await runContinuationBench(args))) process.exitCode = 1;
  } else if (name === 'cold-start') await runColdStartBench(args);
  else if (name === 'generation') await runGenerationBench(args);
  // A failed gate (p95 over the limit) fails the command.
  else if (!(await runAbortBench(args))) process.exitCode = 1;
}

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
if (args.includes('--engine')) await runRemoteBench(args);
else if (onlyAt >= 0) {
  const name = args[onlyAt + 1];
  if (!BENCHES.includes(name as BenchName)) {
    throw new Error(`--only takes one of ${BENCHES.join(', ')}, got ${name === undefined ? 'nothing' : `"${name}"`}`);
  }
  await runBench(name as BenchName, [...args.slice(0, onlyAt), ...args.slice(onlyAt + 2)]);
} else if (args[0] === 'cards') await runCardsBench(args.slice(1));
else if (args[0] === 'anki-import') await runBench('anki-import', args.slice(1));
else if (args.length > 0) await runGenerationBench(args);
else {
  await runBench('generation', []);
  await runBench('abort', []);
}
