// Runs the model host's thread calibration on a model (default: the TinyLlama-shaped Q8_0) and prints
// each candidate's prompt and generation speed, the choice, and how long it took:
// `npx tsx bench/thread-calibration.ts [--model FILE] [--candidates 1,2] [--tokens 20] [--repeat 3]`.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { ForkHostLauncher, ModelHostClient } from '../main/services/model-host';
import { candidateThreadCounts } from '../main/services/model-host/calibration-choice';
import { ensureTinyLlamaShapedModel } from './tinyllama-shaped-model';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      model: { type: 'string' },
      candidates: { type: 'string' },
      tokens: { type: 'string', default: '20' },
      repeat: { type: 'string', default: '3' },
    },
  });
  const modelPath = values.model ?? (await ensureTinyLlamaShapedModel());
  const candidates = values.candidates
    ? values.candidates.split(',').map(Number)
    : candidateThreadCounts(os.availableParallelism());
  const tokens = Number(values.tokens);
  const client = new ModelHostClient({ launcher: new ForkHostLauncher() });
  console.log(`model ${modelPath}, candidates ${candidates.join(',')}, ${tokens} tokens each (+1 warm-up run)`);
  try {
    const plainStart = performance.now();
    await client.load({ modelPath, gpuLayers: 'off' });
    console.log(`plain load (no calibration): ${((performance.now() - plainStart) / 1000).toFixed(1)} s`);
    for (let run = 1; run <= Number(values.repeat); run++) {
      const startedAt = performance.now();
      const info = await client.load({ modelPath, gpuLayers: 'off', calibrate: { candidates, tokens } });
      const loadMs = performance.now() - startedAt;
      const calibration = info.calibration;
      if (!calibration) throw new Error(`no calibration: ${info.calibrationError ?? 'unknown'}`);
      const figures = calibration.samples
        .map(
          (s) =>
            `${s.threads}t: gen ${s.generationTokensPerSecond.toFixed(2)} t/s, prompt ${s.promptTokensPerSecond.toFixed(1)} t/s`,
        )
        .join(' | ');
      console.log(
        `run ${run}: ${figures} → generation ${calibration.generationThreads}, prompt ${calibration.promptThreads};` +
          ` load + calibration ${(loadMs / 1000).toFixed(1)} s, model threads ${info.threads}`,
      );
    }
  } finally {
    await client.dispose();
  }
}

await main();
