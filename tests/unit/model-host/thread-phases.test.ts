// The host's thread cap per phase: prompt count while any prompt is evaluated, generation count
// otherwise, the wider of both while a context is created.
import { describe, expect, it } from 'vitest';
import { ThreadPhases } from '../../../main/services/model-host/thread-phases';

const counts = { promptThreads: 4, generationThreads: 2 };

describe('ThreadPhases', () => {
  it('caps at the generation count when idle and the prompt count during a prompt', () => {
    const llama = { maxThreads: 0 };
    const phases = new ThreadPhases(llama, counts);
    expect(llama.maxThreads).toBe(2);
    const phase = phases.startPrompt();
    expect(llama.maxThreads).toBe(4);
    phase.promptDone();
    expect(llama.maxThreads).toBe(2);
    phase.end(); // after promptDone: changes nothing, counts nothing twice
    expect(llama.maxThreads).toBe(2);
  });

  it('keeps the prompt count while any of two overlapping prompts is still being evaluated', () => {
    const llama = { maxThreads: 0 };
    const phases = new ThreadPhases(llama, counts);
    const first = phases.startPrompt();
    const second = phases.startPrompt();
    first.promptDone();
    expect(llama.maxThreads).toBe(4);
    second.end(); // a request that failed before its first token
    expect(llama.maxThreads).toBe(2);
  });

  it('creates contexts under the wider count, whatever the phase, then restores the phase cap', async () => {
    const llama = { maxThreads: 0 };
    const phases = new ThreadPhases(llama, { promptThreads: 1, generationThreads: 3 });
    expect(phases.widest).toBe(3);
    const phase = phases.startPrompt();
    expect(llama.maxThreads).toBe(1);
    const seen = await phases.creatingContext(async () => llama.maxThreads);
    expect(seen).toBe(3);
    expect(llama.maxThreads).toBe(1);
    await expect(
      phases.creatingContext(async () => {
        throw new Error('out of memory');
      }),
    ).rejects.toThrow('out of memory');
    expect(llama.maxThreads).toBe(1);
    phase.end();
    expect(llama.maxThreads).toBe(3);
  });

  it('applies new counts at once (a finished calibration)', () => {
    const llama = { maxThreads: 0 };
    const phases = new ThreadPhases(llama, { promptThreads: 8, generationThreads: 8 });
    phases.set(counts);
    expect(llama.maxThreads).toBe(2);
    expect(phases.current).toEqual(counts);
  });
});
