// The smoke step for the OS's secret storage: a test secret sealed (never in clear) and opened back; skipped,
// saying so, without a keyring; failed when the storage gives back something else.
import { describe, expect, it } from 'vitest';
import { checkSecretBox, NO_KEYRING } from '../../../main/services/smoke';
import { StepRecorder } from '../../../main/services/smoke/step-recorder';
import { FakeSecretBox } from '../../support/fake-secret-box';

async function runStep(box: FakeSecretBox) {
  const steps = new StepRecorder();
  await steps.run('secret-box', 1000, () => checkSecretBox(box));
  return steps.steps[0];
}

describe('the secret-box smoke step', () => {
  it('seals a fresh secret and opens it back', async () => {
    const box = new FakeSecretBox();
    const step = await runStep(box);
    expect(step).toMatchObject({ status: 'ok', error: null, details: { reseal: false } });
    expect(box.sealed).toHaveLength(1);
    expect(box.sealed[0]).toMatch(/^smoke-secret-[0-9a-f]{24}$/);
    expect(box.opened).toBe(1);
  });

  it('is skipped, saying so, where the OS offers no keyring', async () => {
    const box = new FakeSecretBox();
    box.isAvailable = false;
    expect(await runStep(box)).toMatchObject({ status: 'skipped', error: NO_KEYRING });
    expect(NO_KEYRING).toBe('no OS keyring');
    expect(box.sealed).toEqual([]);
  });

  it('fails when the secret comes back different, or sealing kept it in clear', async () => {
    const wrong = new FakeSecretBox();
    wrong.open = async () => ({ text: 'something else', reseal: false });
    expect(await runStep(wrong)).toMatchObject({ status: 'failed', error: /differs/ });
    const clear = new FakeSecretBox();
    clear.seal = async (text) => Buffer.from(`plain:${text}`);
    expect(await runStep(clear)).toMatchObject({ status: 'failed', error: /in clear/ });
    const broken = new FakeSecretBox();
    broken.failOpen = true;
    expect(await runStep(broken)).toMatchObject({ status: 'failed', error: 'cannot decrypt' });
  });
});
