// What a saved evaluation state depends on besides its tokens: the model file, the adapter and its
// scale, the prompt profile and the runtime that computed it. Any difference gives another key, so a
// state is only ever loaded into the evaluation it came from.
import { createHash } from 'node:crypto';
import type { ModelFileIdentity } from '../../model/calibration-key';

export interface FileIdentity extends ModelFileIdentity {
  path: string;
}

export interface StateIdentityParts {
  model: FileIdentity;
  /** The loaded adapter file; ignored when `loraScale` is null (the base model alone). */
  adapter: FileIdentity | null;
  /** null = base model alone; a number = base + the adapter at that scale. */
  loraScale: number | null;
  /** The profile actually rendered (its chat wrapper decides the tokens). */
  profile: string;
  /** node-llama-cpp and llama.cpp versions and the backend: their KV layout may differ. */
  runtime: string;
}

/** A hex key of the parts, in a fixed order (the same parts always give the same key). */
export function stateIdentity(parts: StateIdentityParts): string {
  const file = (identity: FileIdentity) => [identity.path, identity.size, identity.mtimeMs, identity.headerSha256];
  const adapter = parts.loraScale === null || parts.adapter === null ? null : file(parts.adapter);
  const fields = [1, file(parts.model), adapter, parts.loraScale, parts.profile, parts.runtime];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
