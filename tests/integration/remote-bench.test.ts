// The remote engine benchmark's measuring code against the fake OpenAI-compatible server on 127.0.0.1: the
// direct request is byte for byte the engine's own body, both ways are timed and counted alike, the key goes as
// a Bearer token both ways, and the report puts them side by side. No timing is asserted beyond "measured".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { measureDirect, readSse } from '../../bench/remote/measure';
import { formatRemoteReport, measureRemote, parseRemoteBenchArgs } from '../../bench/remote/run';
import {
  completionStream,
  FakeOpenAiServer,
  sendJson,
  splitBytes,
  streamReply,
  type StreamStep,
} from '../support/fake-openai-server';

const KEY = 'sk-bench-31c2d9';
let server: FakeOpenAiServer;

beforeEach(async () => {
  server = await FakeOpenAiServer.start();
  server.on('GET /health', (_request, res) => sendJson(res, 200, { status: 'ok' }));
  server.on('GET /v1/models', (_request, res) => sendJson(res, 200, { object: 'list', data: [{ id: 'tiny.gguf' }] }));
  server.on('GET /lora-adapters', (_request, res) => sendJson(res, 200, [{ id: 0, path: 'medical.gguf', scale: 1 }]));
  server.on('POST /tokenize', (received, res) => {
    const { content } = received.json as { content: string };
    sendJson(res, 200, { tokens: [1, ...[...content].map((char) => char.codePointAt(0) ?? 0)] });
  });
});

afterEach(async () => {
  await server.close();
});

/** Four pieces a few milliseconds apart, with the usage chunk llama-server sends. */
function slowAnswer(): StreamStep[] {
  const body = completionStream(['Low', ' potassium', ' in', ' serum.'], {
    usage: { prompt_tokens: 30, completion_tokens: 4 },
  });
  const events = body.split(/(?<=\n\n)/);
  return events.flatMap((event) => [event, { delayMs: 5 }]);
}

describe('remote bench', () => {
  it('measures through the engine and directly with the same body, alternating, and reports them side by side', async () => {
    server.on('POST /v1/completions', streamReply(slowAnswer()));
    const options = parseRemoteBenchArgs(
      [
        '--engine',
        'remote',
        '--server',
        server.url,
        '--api-key-env',
        'BENCH_KEY',
        '--server-lora',
        '0:0.75',
        '--runs',
        '2',
        '--tokens',
        '16',
        '--prompt-words',
        '12',
      ],
      { BENCH_KEY: KEY },
    );
    expect(options).toMatchObject({ runs: 2, tokens: 16, promptWords: 12, profile: 'adapter', json: null });
    const report = await measureRemote(options, { log: () => {} });

    // Warm-up (engine, direct), then engine/direct, direct/engine.
    expect(report.measurements.map((m) => m.via)).toEqual(['engine', 'direct', 'direct', 'engine']);
    expect(new Set(report.measurements.map((m) => m.question)).size).toBe(4);
    const bodies = server.requestsTo('/v1/completions').map((received) => received.body);
    expect(bodies).toHaveLength(6);
    // The warm-up pair asked the same question: the direct body is the engine's own, byte for byte.
    expect(bodies[1]).toBe(bodies[0]);
    expect(JSON.parse(bodies[0] as string)).toMatchObject({
      lora: [{ id: 0, scale: 0.75 }],
      max_tokens: 16,
      temperature: 0,
      stream: true,
    });
    for (const received of server.requests) expect(received.headers.authorization).toBe(`Bearer ${KEY}`);

    expect(report.warmUpSameText).toBe(true);
    for (const { answer } of report.measurements) {
      expect(answer.text).toBe('Low potassium in serum.');
      expect(answer.tokens).toBe(4);
      expect(answer.timeToFirstTokenMs).toBeGreaterThan(0);
      expect(answer.tokensPerSecond).toBeGreaterThan(0);
    }
    expect(report.engine.tokens).toEqual([4, 4]);
    expect(report.direct.tokens).toEqual([4, 4]);
    expect(report.measurements.filter((m) => m.via === 'direct').every((m) => (m.promptTokens ?? 0) > 12)).toBe(true);

    const text = formatRemoteReport(report);
    expect(text).toMatch(
      /^remote engine: llama-server at http:\/\/127\.0\.0\.1:\d+ · model tiny\.gguf · adapter medical\.gguf at scale 0\.75 · profile adapter\n/,
    );
    expect(text).toMatch(/\ntime to first token, ms +\d+ \(\d+–\d+\) +\d+ \(\d+–\d+\) +[+-][\d.]+%\n/);
    expect(text).toMatch(/\ngeneration, tokens\/s +[\d.]+ \([\d.]+–[\d.]+\) +[\d.]+ \([\d.]+–[\d.]+\) +[+-][\d.]+%\n/);
    expect(text).toMatch(/\ntokens generated +4 +4\n/);
    expect(text).not.toContain(KEY);
  });

  it('reads an SSE stream split anywhere, skipping keep-alive comments, up to [DONE]', async () => {
    const body = `: keep-alive\n\n${completionStream(['Hypo', 'kalemia'], { usage: { prompt_tokens: 3, completion_tokens: 2 } })}`;
    server.on('POST /v1/completions', streamReply(splitBytes(body, [3, 17, 40, 41, 90, 150, 151, 200])));
    const answer = await measureDirect({ url: `${server.url}/v1/completions`, body: '{"prompt":"x"}', apiKey: null });
    expect(answer).toMatchObject({ text: 'Hypokalemia', tokens: 2 });
    const seen: string[] = [];
    await readSse(
      new Response('data: a\r\n\r\n: c\n\ndata: b\ndata: c\n\ndata: [DONE]\n\ndata: late\n\n').body!,
      (data) => {
        seen.push(data);
        return data === '[DONE]';
      },
    );
    expect(seen).toEqual(['a', 'b\nc', '[DONE]']);
  });

  it('takes --engine remote only, and the server options as ask does', () => {
    expect(() => parseRemoteBenchArgs(['--engine', 'local', '--server', server.url])).toThrow(
      /--engine takes "remote"/,
    );
    expect(() => parseRemoteBenchArgs(['--engine', 'remote', '--server', 'http://llm.school.example'])).toThrow(
      /plain http/,
    );
    expect(parseRemoteBenchArgs(['--engine', 'remote', '--server', server.url])).toMatchObject({
      runs: 5,
      tokens: 128,
      profile: 'template',
      choice: { apiKey: null, loraScale: null, server: { software: 'other', adapter: { mode: 'none' } } },
    });
  });
});
