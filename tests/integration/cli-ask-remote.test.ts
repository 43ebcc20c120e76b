// `npm run cli -- ask --server …` as a user runs it, against a fake OpenAI-compatible server on 127.0.0.1:
// the answer streams, --json says which server answered, the key goes only into the Authorization header and
// never into the output, a declined question and a plain-http address off this computer send nothing, and
// a refused key, a server that is not there and an answer cut off each end with one clear line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderProfilePrompt } from '../../main/services/prompt-profiles';
import { isLocalNetworkHost } from '../../main/services/remote-engine';
import {
  chatStream,
  completionStream,
  FakeOpenAiServer,
  sendJson,
  sseEvent,
  streamReply,
} from '../support/fake-openai-server';
import { parseJsonAnswer } from './support/json-answer';
import { runCli } from './support/run-cli';
import { runCliAsync } from './support/run-cli-async';

const KEY = 'sk-dept-7f3a9c0e5b1d';
const KEY_ENV = { MEA_TEST_SERVER_KEY: KEY };
const QUESTION = 'What is hypokalemia?';

let server: FakeOpenAiServer;

beforeEach(async () => {
  server = await FakeOpenAiServer.start();
});

afterEach(async () => {
  await server.close();
});

/** The probes llama-server answers: health, its one model, one --lora adapter, and /tokenize. */
function llamaServerProbes(): void {
  server.on('GET /health', (_request, res) => sendJson(res, 200, { status: 'ok' }));
  server.on('GET /v1/models', (_request, res) => sendJson(res, 200, { object: 'list', data: [{ id: 'tiny.gguf' }] }));
  server.on('GET /lora-adapters', (_request, res) =>
    sendJson(res, 200, [{ id: 0, path: '/models/medical.lora.gguf', scale: 1 }]),
  );
  server.on('POST /tokenize', (received, res) => {
    const { content, add_special } = received.json as { content: string; add_special: boolean };
    const tokens = [...content].slice(0, 4).map((char) => char.codePointAt(0) ?? 0);
    sendJson(res, 200, { tokens: add_special ? [1, ...tokens] : tokens });
  });
}

/** A server with its chat template only (vLLM/Ollama-like, or llama-server without --lora). */
function chatServer(pieces: string[]): void {
  server.on('GET /health', (_request, res) => sendJson(res, 200, { status: 'ok' }));
  server.on('GET /v1/models', (_request, res) => sendJson(res, 200, { object: 'list', data: [{ id: 'tiny-chat' }] }));
  server.on(
    'POST /v1/chat/completions',
    streamReply([chatStream(pieces, { usage: { prompt_tokens: 9, completion_tokens: pieces.length } })]),
  );
}

function ask(args: string[], options: Parameters<typeof runCliAsync>[1] = {}) {
  return runCliAsync(['ask', '--server', server.url, ...args], options);
}

function expectKeyNowhere(result: { stdout: string; stderr: string }): void {
  expect(result.stdout).not.toContain(KEY);
  expect(result.stderr).not.toContain(KEY);
}

describe('cli ask --server', () => {
  it('streams the answer to stdout as it arrives, with the adapter selected and scaled as asked', async () => {
    llamaServerProbes();
    let sawFirstPiece: () => void = () => {};
    const firstPieceShown = new Promise<void>((resolve) => (sawFirstPiece = resolve));
    server.on('POST /v1/completions', async (_request, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(sseEvent({ choices: [{ text: 'Low serum', index: 0, finish_reason: null }] }));
      // The rest is sent only once the first piece is on the CLI's stdout: the answer streams.
      await firstPieceShown;
      res.end(
        completionStream([' potassium', ' (<3.5 mmol/L).'], { usage: { prompt_tokens: 5, completion_tokens: 3 } }),
      );
    });
    const result = await ask(['--server-lora', '0:0.5', '--max-tokens', '40', QUESTION], {
      onStdout: (text) => {
        if (text.includes('Low serum')) sawFirstPiece();
      },
    });
    expect(result.stderr).toMatch(
      /^\[Remote: 127\.0\.0\.1:\d+ · tiny\.gguf · adapter · 3 tokens · [\d.]+ tok\/s · first token after \d+ ms · stopTrigger\]$/,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Low serum potassium (<3.5 mmol/L).\n');
    const body = server.requestsTo('/v1/completions')[0]?.json as Record<string, unknown>;
    expect(body).toMatchObject({ lora: [{ id: 0, scale: 0.5 }], max_tokens: 40, stream: true });
    // The adapter's plain-text prompt, tokenized by the server with its markers as text and, as this computer
    // does, without a SentencePiece space prefix (after "\n", whose tokens are cut off); BOS in front.
    expect(server.requestsTo('/tokenize').map((received) => received.json)).toContainEqual({
      content: `\n${renderProfilePrompt('adapter', [], QUESTION).text}`,
      add_special: false,
      parse_special: false,
    });
    expect(body.prompt).toEqual([1, ...[...'<st'].map((char) => char.codePointAt(0))]);
  });

  it('--json: one object with the answer, the notices and which server answered', async () => {
    chatServer(['Check', ' the dose.']);
    const result = await ask([
      '--server-software',
      'vllm',
      '--server-model',
      'tiny-chat',
      '--json',
      'What is the maximum dose of paracetamol after chest pain?',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const answer = parseJsonAnswer(result.stdout);
    expect(answer).toMatchObject({
      text: 'Check the dose.',
      tokens: 2,
      stopReason: 'eos',
      notices: ['emergency', 'dose'],
    });
    expect(answer.engine).toEqual({
      kind: 'remote',
      name: server.url.replace('http://', ''),
      url: server.url,
      software: 'vllm',
      model: 'tiny-chat',
      adapter: null,
    });
    const body = server.requestsTo('/v1/chat/completions')[0]?.json as Record<string, unknown>;
    expect(body).toMatchObject({
      model: 'tiny-chat',
      messages: [{ role: 'user', content: expect.stringContaining('paracetamol') }],
    });
  });

  it('prints the safety notices before a text answer, as chat shows them above it', async () => {
    chatServer(['Seek care.']);
    const result = await ask(['What is the maximum dose of paracetamol after chest pain?']);
    expect(result.code).toBe(0);
    const lines = result.stderr.split('\n');
    expect(lines[0]).toMatch(/^notice: Possible emergency\. If this is happening to someone now/);
    expect(lines[1]).toMatch(/^notice: .*dose/i);
    expect(lines.at(-1)).toMatch(/^\[Remote: /);
  });

  it('sends the key from the named variable as a Bearer token and never prints it', async () => {
    chatServer(['Fine.']);
    const result = await ask(['--api-key-env', 'MEA_TEST_SERVER_KEY', '--json', QUESTION], { env: KEY_ENV });
    expect(result.code).toBe(0);
    expect(server.requests.length).toBeGreaterThan(1);
    for (const received of server.requests) expect(received.headers.authorization).toBe(`Bearer ${KEY}`);
    expectKeyNowhere(result);
  });

  it('a declined question sends nothing and exits 3; --ask-anyway answers it', async () => {
    chatServer(['Paris.']);
    const declined = await ask(['--api-key-env', 'MEA_TEST_SERVER_KEY', 'What is the capital of France?'], {
      env: KEY_ENV,
    });
    expect(declined.code).toBe(3);
    expect(declined.stdout).toBe('');
    expect(declined.stderr).toMatch(
      /^declined: this question looks outside medical and health education\. .*--ask-anyway/,
    );
    const json = await ask(['--json', '--scope-guard', 'strict', 'What is the capital of France?']);
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ declined: true, label: 'out_of_scope', canAskAnyway: false });
    expect(server.requests).toHaveLength(0);

    const anyway = await ask(['--ask-anyway', 'What is the capital of France?']);
    expect(anyway.code).toBe(0);
    expect(anyway.stdout).toBe('Paris.\n');
  });

  it('a refused key: one clear line, exit 1, the key (echoed back by the server) not shown', async () => {
    server.on('GET /health', (_request, res) => sendJson(res, 200, { status: 'ok' }));
    server.on('GET /v1/models', (received, res) =>
      sendJson(res, 401, { error: { code: 401, message: `Invalid API Key ${received.headers.authorization ?? ''}` } }),
    );
    const refused = await ask(['--api-key-env', 'MEA_TEST_SERVER_KEY', QUESTION], { env: KEY_ENV });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^error: The server at 127\.0\.0\.1:\d+ refused the API key \(401\)\. Check the key/,
    );
    expect(refused.stderr.split('\n')).toHaveLength(1);
    expectKeyNowhere(refused);
    expect(server.requestsTo('/v1/chat/completions')).toHaveLength(0);

    const missing = await ask([QUESTION]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/needs an API key \(401\)/);
  });

  it('the key is never taken on the command line, and a variable that is not set is named, never echoed', async () => {
    const onCommandLine = await ask([`--api-key=${KEY}`, QUESTION]);
    expect(onCommandLine.code).toBe(2);
    expect(onCommandLine.stderr).toMatch(/^error: the API key is not taken on the command line .*--api-key-env/);
    const pastedKey = await ask(['--api-key-env', KEY, QUESTION]);
    expect(pastedKey.code).toBe(2);
    expect(pastedKey.stderr).toMatch(/takes the name of an environment variable/);
    const unset = await ask(['--api-key-env', 'MEA_TEST_UNSET_VARIABLE', QUESTION]);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toMatch(/not set or is empty/);
    for (const result of [onCommandLine, pastedKey, unset]) expectKeyNowhere(result);
    expect(server.requests).toHaveLength(0);
  });

  it('nothing listening: one clear line and exit 1', async () => {
    const url = server.url;
    await server.close();
    server = await FakeOpenAiServer.start(); // afterEach closes this one
    const result = await runCliAsync(['ask', '--server', url, QUESTION]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: Nothing answers at 127\.0\.0\.1:\d+\. Check that the server is running/);
  });

  it('an answer cut off mid-stream keeps the part that arrived and exits 1', async () => {
    chatServer([]);
    server.on(
      'POST /v1/chat/completions',
      streamReply([
        sseEvent({ choices: [{ index: 0, delta: { content: 'Potassium is' }, finish_reason: null }] }),
        { delayMs: 100 },
        { destroy: true },
      ]),
    );
    const result = await ask([QUESTION]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('Potassium is\n');
    expect(result.stderr).toMatch(/^error: The connection to 127\.0\.0\.1:\d+ broke in the middle of the answer/);
  });
});

describe('cli ask --server --cards', () => {
  it("grounds the question in the data folder's cards, counting their tokens with the server's /tokenize", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mea-cli-remote-cards-'));
    try {
      const dataDir = join(dir, 'data');
      const tsv = join(dir, 'cards.tsv');
      writeFileSync(tsv, '#separator:tab\n#html:false\nCauses of hypokalemia?\tDiuretics and vomiting\n');
      expect(runCli('decks', 'import', tsv, '--data-dir', dataDir).code).toBe(0);
      llamaServerProbes();
      server.on('POST /v1/chat/completions', streamReply([chatStream(['Diuretics [1].'])]));
      const result = await ask([
        '--server-software',
        'llama-server',
        '--cards',
        '--data-dir',
        dataDir,
        '--json',
        'What causes hypokalemia?',
      ]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({
        grounding: 'grounded',
        citations: [{ number: 1, front: 'Causes of hypokalemia?' }],
      });
      // This server has no /apply-template, so llama-server's chat endpoint applies the template.
      expect(server.requestsTo('/apply-template')).toHaveLength(1);
      const body = server.requestsTo('/v1/chat/completions')[0]?.json as { messages: { content: string }[] };
      expect(body.messages[0]?.content).toContain(
        '[1] Question: Causes of hypokalemia?\nAnswer: Diuretics and vomiting',
      );
      expect(
        server.requestsTo('/tokenize').map((received) => (received.json as { content: string }).content),
      ).toContain('\n[1] Question: Causes of hypokalemia?\nAnswer: Diuretics and vomiting\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cli ask --server: plain http off this computer', () => {
  it('is refused before any request unless --local-network is given, and only for a local-network address', async () => {
    const ordinary = await runCliAsync(['ask', '--server', 'http://llm.school.example:8080', QUESTION]);
    expect(ordinary.code).toBe(2);
    expect(ordinary.stderr).toMatch(
      /^error: llm\.school\.example:8080 would be reached over plain http.*--local-network/,
    );
    const public_ = await runCliAsync([
      'ask',
      '--server',
      'http://llm.school.example:8080',
      '--local-network',
      QUESTION,
    ]);
    expect(public_.code).toBe(2);
    expect(public_.stderr).toMatch(/does not look like a local network address/);
  });

  // A server on this machine's own private address (not loopback) shows that nothing is sent without the flag.
  const lanHost = Object.values(networkInterfaces())
    .flat()
    .flatMap((info) => {
      if (!info || info.internal || info.address.startsWith('fe80')) return [];
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      return isLocalNetworkHost(host) ? [{ address: info.address, host }] : [];
    })[0];

  it.skipIf(lanHost === undefined)('sends nothing to a private address without --local-network', async () => {
    const seen: string[] = [];
    const lan: Server = createServer((req, res) => {
      seen.push(`${req.method ?? ''} ${req.url ?? ''}`);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => lan.listen(0, lanHost?.address, resolve));
    const url = `http://${lanHost?.host ?? ''}:${(lan.address() as AddressInfo).port}`;
    try {
      const refused = await runCliAsync(['ask', '--server', url, QUESTION]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/would be reached over plain http/);
      expect(seen).toEqual([]);
      // The same address marked as the local network is asked (and answers 404 here).
      const marked = await runCliAsync(['ask', '--server', url, '--local-network', QUESTION]);
      expect(marked.code).toBe(1);
      expect(seen.length).toBeGreaterThan(0);
    } finally {
      lan.closeAllConnections();
      await new Promise<void>((resolve) => lan.close(() => resolve()));
    }
  });
});
