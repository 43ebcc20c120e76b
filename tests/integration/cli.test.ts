// The command line, run as a user would (`npm run cli -- ask …`): answers stream on the real model;
// every kind of bad model file ends with one clear line and a non-zero exit, never a hang or a signal.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGgufHeader, writeGgufFile } from '../../main/services/gguf';
import { ensureTinyModel } from '../fixtures/tiny-llama';
import { parseJsonAnswer } from './support/json-answer';

const CLI = join(process.cwd(), 'main', 'cli', 'index.ts');
let dir: string;
let modelPath: string;
let loraPath: string;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', timeout: 90_000 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr.trim() };
}

function expectOneLineFailure(result: ReturnType<typeof cli>, code: number, pattern: RegExp): void {
  expect(result.signal).toBeNull();
  expect(result.code).toBe(code);
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

beforeAll(async () => {
  ({ modelPath, loraPath } = await ensureTinyModel());
  dir = mkdtempSync(join(tmpdir(), 'mea-cli-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli ask', () => {
  it('streams an answer to stdout and exits 0', () => {
    const result = cli('ask', '--model', modelPath, '--max-tokens', '12', '--threads', '1', 'What is hypokalemia?');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split(/\s+/).length).toBeGreaterThan(3);
    expect(result.stderr).toMatch(/12 tokens/);
  });

  it('--json prints one object with text, tokens, tokensPerSecond, stopReason, notices and the engine', () => {
    const result = cli(
      'ask',
      '--model',
      modelPath,
      '--lora',
      loraPath,
      '--profile',
      'adapter',
      '--json',
      '--max-tokens',
      '8',
      '--threads',
      '1',
      'What is DKA?',
    );
    expect(result.code).toBe(0);
    const answer = parseJsonAnswer(result.stdout);
    expect(answer.notices).toEqual([]);
    expect(answer.engine).toMatchObject({ kind: 'local', name: 'This computer', adapter: loraPath });
    expect(answer.tokens).toBe(8);
    expect(answer.stopReason).toBe('maxTokens');
    expect(typeof answer.text).toBe('string');
    expect(answer.tokensPerSecond).toBeGreaterThan(0);
  });

  it('declines a question outside medical education before loading the model (exit 3), as chat does', () => {
    const declined = cli('ask', '--model', modelPath, 'What is the capital of France?');
    expect(declined.code).toBe(3);
    expect(declined.stdout).toBe('');
    expect(declined.stderr).toMatch(/^declined: this question looks outside medical and health education\./);
  });

  it('refuses missing, empty, truncated and non-GGUF files with one line and exit code 2', () => {
    const empty = join(dir, 'empty.gguf');
    const text = join(dir, 'notes.gguf');
    const truncated = join(dir, 'truncated.gguf');
    writeFileSync(empty, '');
    writeFileSync(text, 'this is a text file, not a model\n');
    writeFileSync(truncated, readFileSync(modelPath).subarray(0, 50_000));
    expectOneLineFailure(cli('ask', '--model', join(dir, 'missing.gguf'), 'q'), 2, /not found/);
    expectOneLineFailure(cli('ask', '--model', empty, 'q'), 2, /empty file/);
    expectOneLineFailure(cli('ask', '--model', text, 'q'), 2, /not a GGUF file/);
    expectOneLineFailure(cli('ask', '--model', truncated, 'q'), 2, /truncated/);
    expectOneLineFailure(cli('ask', '--model', loraPath, 'q'), 2, /LoRA adapter, not a model/);
    expectOneLineFailure(cli('ask', '--model', modelPath, '--lora', modelPath, 'q'), 2, /not a GGUF LoRA adapter/);
    expectOneLineFailure(cli('ask', '--model', modelPath), 2, /missing the question/);
    expectOneLineFailure(cli('ask', '--model', modelPath, '--temperature', 'hot', 'q'), 2, /--temperature/);
  });

  it("a well-formed file llama.cpp cannot load gives llama.cpp's reason in one line and exit code 1", async () => {
    const header = await readGgufHeader(modelPath);
    const zeros = (dims: readonly number[]) => new Float32Array(dims.reduce((a, b) => a * b, 1));
    const tensors = header.tensors.map((tensor) => ({
      name: tensor.name,
      dims: [...tensor.dims],
      type: 'F32' as const,
      data: zeros(tensor.dims),
    }));
    // A missing weight is caught by the app's own header checks, before llama.cpp (exit code 2).
    const missing = join(dir, 'missing-tensor.gguf');
    await writeGgufFile(missing, {
      metadata: header.metadata,
      tensors: tensors.filter((tensor) => tensor.name !== 'output_norm.weight'),
    });
    expectOneLineFailure(cli('ask', '--model', missing, 'q'), 2, /tensor 'output_norm\.weight' is missing/);
    // A tensor the llama architecture does not use: only llama.cpp refuses it.
    const extra = join(dir, 'extra-tensor.gguf');
    await writeGgufFile(extra, {
      metadata: header.metadata,
      tensors: [
        ...tensors,
        { name: 'blk.0.attn_gate.weight', dims: [64, 64], type: 'F32' as const, data: zeros([64, 64]) },
      ],
    });
    expectOneLineFailure(
      cli('ask', '--model', extra, '--threads', '1', 'What is DKA?'),
      1,
      /llama\.cpp: .*wrong number of tensors/,
    );
  });
});
