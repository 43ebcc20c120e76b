// `npm run cli -- convert-lora`, run as a user would: a one-line summary and a GGUF LoRA the app's model
// host loads; bad input gives one line on stderr and exit code 2.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGgufHeader } from '../../../main/services/gguf';
import { tinyHfLlamaConfig } from '../../fixtures/hf/hf-llama';
import { hfFixtureVocab } from '../../fixtures/hf/hf-to-gguf';
import { randomPeftModules, writePeftFolder, type PeftFixtureSpec } from '../../fixtures/hf/peft-adapter';
import { ensureTinyModel } from '../../fixtures/tiny-llama';

const CLI = join(process.cwd(), 'main', 'cli', 'index.ts');
let dir: string;
let modelPath: string;
let peftDir: string;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', timeout: 90_000 });
  return { code: result.status, signal: result.signal, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

function expectOneLineFailure(result: ReturnType<typeof cli>, pattern: RegExp): void {
  expect(result.signal).toBeNull();
  expect(result.code).toBe(2);
  expect(result.stderr.split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

const SEED_LIKE: PeftFixtureSpec = {
  targets: ['v_proj', 'q_proj'],
  rankOf: () => 8,
  alphaOf: () => 16,
  config: {},
  seed: 11,
};

beforeAll(async () => {
  // The tiny fixture model has the HF fixture's attention shapes (hidden 64, 8 heads, 2 kv heads, 2 layers),
  // so a q/v adapter written for the HF fixture fits it.
  ({ modelPath } = await ensureTinyModel());
  dir = mkdtempSync(join(tmpdir(), 'mea-convert-cli-'));
  peftDir = join(dir, 'medical-lora');
  const config = tinyHfLlamaConfig(hfFixtureVocab().tokens.length);
  await writePeftFolder(peftDir, SEED_LIKE, randomPeftModules(config, SEED_LIKE));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cli convert-lora', () => {
  it('converts, prints a one-line summary, and `ask --lora` runs with the result', async () => {
    const outPath = join(dir, 'out', 'medical.lora.gguf');
    const result = cli('convert-lora', '--peft', peftDir, '--base', modelPath, '--out', outPath);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^converted 8 tensors \(rank 8, alpha 16, q_proj v_proj\) → .*medical\.lora\.gguf in \d+\.\d+s$/,
    );
    // The base's general.name differs from base_model_name_or_path: a warning, not an error.
    expect(result.stderr).toMatch(/^warning: the adapter was trained on "TinyLlama\/TinyLlama-1\.1B-Chat-v1\.0"/);
    const header = await readGgufHeader(outPath);
    expect(header.fileKind).toBe('adapter');
    expect(header.getString('adapter.source.origin')).toBe(peftDir);

    const answer = cli(
      'ask',
      '--model',
      modelPath,
      '--lora',
      outPath,
      '--max-tokens',
      '4',
      '--threads',
      '1',
      'What is DKA?',
    );
    expect(answer.code).toBe(0);
    expect(answer.stderr).toMatch(/4 tokens/);
  });

  it('says what is missing', () => {
    expectOneLineFailure(cli('convert-lora', '--base', modelPath, '--out', 'x.gguf'), /^error: missing --peft DIR/);
    expectOneLineFailure(
      cli('convert-lora', '--peft', peftDir, '--out', 'x.gguf'),
      /^error: missing --base BASE\.gguf/,
    );
    expectOneLineFailure(
      cli('convert-lora', '--peft', peftDir, '--base', modelPath),
      /^error: missing --out OUT\.gguf/,
    );
    expectOneLineFailure(cli('convert-lora', '--peft', peftDir, '--bogus', 'x'), /^error: .*--bogus/);
  });

  it('gives one line and exit code 2 for a folder that is not a PEFT adapter or a base that does not fit', () => {
    expectOneLineFailure(
      cli('convert-lora', '--peft', dir, '--base', modelPath, '--out', join(dir, 'x.gguf')),
      /^error: .* has no adapter_config\.json; it is not a PEFT adapter folder\.$/,
    );
    expectOneLineFailure(
      cli('convert-lora', '--peft', peftDir, '--base', join(dir, 'missing.gguf'), '--out', join(dir, 'x.gguf')),
      /^error: Base model .*missing\.gguf: file not found\.$/,
    );
  });
});
