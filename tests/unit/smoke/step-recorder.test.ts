// Smoke steps: each recorded with status, time and error; after a failure the rest are skipped, but not close.
import { describe, expect, it } from 'vitest';
import { StepFailure, StepRecorder, StepSkipped } from '../../../main/services/smoke/step-recorder';

describe('StepRecorder', () => {
  it('records a passing step with its details and time', async () => {
    let clock = 100;
    const steps = new StepRecorder(() => clock);
    const ok = await steps.run('prepare-model', 1000, async () => {
      clock += 42;
      return { modelPath: '/m.gguf' };
    });
    expect(ok).toBe(true);
    expect(steps.steps).toEqual([
      { name: 'prepare-model', status: 'ok', ms: 42, error: null, details: { modelPath: '/m.gguf' } },
    ]);
    expect(steps.failed).toBe(false);
  });

  it('records a throw as failed with its message (and a StepFailure keeps what the step saw)', async () => {
    const steps = new StepRecorder();
    await steps.run('import-model', 1000, async () => {
      throw new Error('the model file does not exist: /nope.gguf');
    });
    await steps.runAlways('answer', 1000, async () => {
      throw new StepFailure('the answer is empty', { text: '' });
    });
    expect(steps.steps).toMatchObject([
      { name: 'import-model', status: 'failed', error: 'the model file does not exist: /nope.gguf', details: {} },
      { name: 'answer', status: 'failed', error: 'the answer is empty', details: { text: '' } },
    ]);
    expect(steps.failed).toBe(true);
  });

  it('fails a step that passes its deadline', async () => {
    const steps = new StepRecorder();
    const ok = await steps.run('load-model', 30, () => new Promise<never>(() => {}));
    expect(ok).toBe(false);
    expect(steps.steps[0]).toMatchObject({ status: 'failed', error: 'timed out after 0.03 s' });
  });

  it('skips later steps after a failure, naming it, but still runs the ones that must always run', async () => {
    const steps = new StepRecorder();
    await steps.run('import-model', 1000, async () => {
      throw new Error('bad file');
    });
    let ran = false;
    const later = await steps.run('load-model', 1000, async () => {
      ran = true;
      return {};
    });
    const closed = await steps.runAlways('close', 1000, async () => ({ closed: true }));
    expect([later, ran, closed]).toEqual([false, false, true]);
    expect(steps.steps.map((step) => [step.name, step.status, step.error])).toEqual([
      ['import-model', 'failed', 'bad file'],
      ['load-model', 'skipped', 'not run: step "import-model" failed'],
      ['close', 'ok', null],
    ]);
  });

  it('records a step that finds it cannot run here as skipped, with the reason, not as a failure', async () => {
    const steps = new StepRecorder();
    const ok = await steps.run('secret-box', 1000, async () => {
      throw new StepSkipped('no OS keyring');
    });
    expect(ok).toBe(true);
    expect(steps.steps).toMatchObject([{ name: 'secret-box', status: 'skipped', error: 'no OS keyring', details: {} }]);
    expect(steps.failed).toBe(false);
  });
});
