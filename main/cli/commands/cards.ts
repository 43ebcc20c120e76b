// `cards parse [--with-type] [--pretty] < raw.txt`: free-form model output on stdin → cards as JSON on stdout.
import { parseArgs } from 'node:util';
import { CardParseError, MAX_CARD_INPUT_CHARS, parseCards } from '../../services/flashcards/parse';
import { CliError } from '../cli-error';

/** UTF-8 takes at most 4 bytes a character: past this many bytes the text is certainly over the limit. */
const MAX_STDIN_BYTES = MAX_CARD_INPUT_CHARS * 4;

async function readStdin(input: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += buffer.length;
    // Stop early rather than buffer an endless pipe.
    if (bytes > MAX_STDIN_BYTES) {
      throw new CliError(
        `input is over ${MAX_STDIN_BYTES.toLocaleString('en-US')} bytes; cards parse reads at most ` +
          `${MAX_CARD_INPUT_CHARS.toLocaleString('en-US')} characters`,
        2,
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function runParse(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { 'with-type': { type: 'boolean' }, pretty: { type: 'boolean' } },
  });
  if (process.stdin.isTTY)
    throw new CliError('cards parse reads the text from stdin: npm run cli -- cards parse < raw.txt', 2);
  const text = await readStdin(process.stdin);
  let cards;
  try {
    cards = parseCards(text);
  } catch (error) {
    if (error instanceof CardParseError) throw new CliError(error.message, 2);
    throw error;
  }
  const output = values['with-type'] ? cards : cards.map(({ front, back }) => ({ front, back }));
  process.stdout.write(`${JSON.stringify(output, null, values.pretty ? 2 : undefined)}\n`);
  return 0;
}

export async function runCards(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'parse') return runParse(rest);
  throw new CliError(`unknown cards command "${sub ?? ''}" (try: npm run cli -- cards parse < raw.txt)`, 2);
}
