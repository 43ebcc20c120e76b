// The smoke step for the OS's secret storage (safeStorage in the packaged app, where servers' API keys are
// sealed): a test secret is sealed and opened again, so the packaged suite exercises the real keyring where
// the machine has one, and says it was skipped where it has none.
import { randomBytes } from 'node:crypto';
import type { SecretBox } from '../remote-engine/secret-box';
import { StepFailure, StepSkipped, type StepDetails } from './step-recorder';

export const NO_KEYRING = 'no OS keyring';

export async function checkSecretBox(box: SecretBox): Promise<StepDetails> {
  if (!(await box.available())) throw new StepSkipped(NO_KEYRING);
  const secret = `smoke-secret-${randomBytes(12).toString('hex')}`;
  const sealed = await box.seal(secret);
  const details = { sealedBytes: sealed.length };
  if (sealed.includes(Buffer.from(secret))) throw new StepFailure('the sealed bytes hold the secret in clear', details);
  const opened = await box.open(sealed);
  if (opened.text !== secret) throw new StepFailure('the secret opened differs from the one sealed', details);
  return { ...details, reseal: opened.reseal };
}
