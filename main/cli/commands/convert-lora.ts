// `convert-lora`: converts a PEFT LoRA folder to a GGUF LoRA for a llama base model and prints a summary.
import { parseArgs } from 'node:util';
import { CliError } from '../cli-error';
import { convertPeftLora, PeftConversionError } from '../../services/peft';

export async function runConvertLora(argv: string[]): Promise<number> {
  let values: { peft?: string; base?: string; out?: string; source?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        peft: { type: 'string' },
        base: { type: 'string' },
        out: { type: 'string' },
        source: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error), 2);
  }
  if (!values.peft) throw new CliError('missing --peft DIR (the folder with adapter_config.json)', 2);
  if (!values.base) throw new CliError('missing --base BASE.gguf (the model the adapter is for)', 2);
  if (!values.out) throw new CliError('missing --out OUT.gguf', 2);

  const started = performance.now();
  try {
    const result = await convertPeftLora({
      peftDir: values.peft,
      basePath: values.base,
      outPath: values.out,
      source: values.source,
    });
    for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stdout.write(
      `converted ${result.tensors} tensors (rank ${result.rank}, alpha ${result.alpha}, ${result.targets.join(' ')}) → ${result.outPath} in ${seconds}s\n`,
    );
    return 0;
  } catch (error) {
    // Bad input (folder, config, weights, base mismatch) is exit 2, like a bad model file for `ask`.
    if (error instanceof PeftConversionError) throw new CliError(error.message, 2);
    throw error;
  }
}
