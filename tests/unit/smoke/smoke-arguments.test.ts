// The smoke switches on the app's command line: found among Chromium's and the app path, strict about mistakes.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSmokeArguments, SmokeArgumentError } from '../../../main/services/smoke';

const CWD = resolve('/work/dir');
const EXE = '/opt/Medical Education Assistant/medical-education-assistant';
const parse = (...args: string[]) => parseSmokeArguments([EXE, ...args], CWD);

describe('parseSmokeArguments', () => {
  it('is null for a normal start, whatever else is on the command line', () => {
    expect(parse()).toBeNull();
    expect(parse('--remote-debugging-port=0', '--no-sandbox', 'out/main/index.js', '--smoke')).toBeNull();
    expect(parse('--smoketest=x.json', '-smoke-test=x.json')).toBeNull();
  });

  it('reads the report path (made absolute) and defaults the rest', () => {
    expect(parse('--smoke-test=out/report.json')).toEqual({
      reportPath: join(CWD, 'out', 'report.json'),
      modelPath: null,
      loraPath: null,
      gpu: 'auto',
      keepData: false,
    });
  });

  it('finds the switches between Chromium switches and the development app path', () => {
    const argv = [
      'electron',
      'out/main/index.js',
      '--remote-debugging-port=9222',
      '--smoke-gpu=off',
      '--smoke-test=r.json',
    ];
    expect(parseSmokeArguments(argv, CWD)).toMatchObject({ reportPath: join(CWD, 'r.json'), gpu: 'off' });
  });

  it('reads a model, its adapter, the GPU choice and keep-data; absolute paths stay as they are', () => {
    const model = resolve('/models/tiny.gguf');
    expect(
      parse(
        '--smoke-test=/tmp/r.json',
        `--smoke-model=${model}`,
        '--smoke-lora=lora.gguf',
        '--smoke-gpu=off',
        '--smoke-keep-data',
      ),
    ).toEqual({
      reportPath: resolve('/tmp/r.json'),
      modelPath: model,
      loraPath: join(CWD, 'lora.gguf'),
      gpu: 'off',
      keepData: true,
    });
  });

  it('keeps "=" and spaces inside a value', () => {
    expect(parse('--smoke-test=my reports/a=b.json')?.reportPath).toBe(join(CWD, 'my reports', 'a=b.json'));
  });

  it.each([
    [['--smoke-model=m.gguf'], /--smoke-test=REPORT\.json is required/],
    [['--smoke-keep-data'], /--smoke-test=REPORT\.json is required/],
    [['--smoke-test'], /--smoke-test needs a value/],
    [['--smoke-test='], /--smoke-test needs a value/],
    [['--smoke-test=  '], /--smoke-test needs a value/],
    [['--smoke-test=a.json', '--smoke-test=b.json'], /--smoke-test is given more than once/],
    [['--smoke-test=a.json', '--smoke-lora=l.gguf'], /--smoke-lora needs --smoke-model/],
    [['--smoke-test=a.json', '--smoke-gpu=cuda'], /--smoke-gpu must be "auto" or "off", got "cuda"/],
    [['--smoke-test=a.json', '--smoke-keep-data=yes'], /--smoke-keep-data takes no value/],
    [['--smoke-test=a.json', '--smoke-tset=b'], /Unknown switch "--smoke-tset=b"/],
    [['--smoke-test=a\u0000.json'], /not a usable path/],
    [['--smoke-test=a\n.json'], /not a usable path/],
    [[`--smoke-test=${'x'.repeat(5000)}`], /not a usable path/],
  ])('refuses %j with a clear message and the usage', (args, message) => {
    let thrown: unknown;
    try {
      parse(...args);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SmokeArgumentError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).toContain('Usage: <app> --smoke-test=REPORT.json');
  });

  it('never echoes control characters or a huge switch back', () => {
    const error = (() => {
      try {
        parse(`--smoke-\u001b[31mevil${'y'.repeat(500)}`);
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('expected a throw');
    })();
    expect(error.message).not.toContain('\u001b');
    expect(error.message.split('\n')[0]!.length).toBeLessThan(120);
  });
});
