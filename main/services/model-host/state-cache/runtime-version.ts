// The runtime part of a state's identity: what computed the KV data and decides its layout on disk.
import { getModuleVersion, type Llama } from 'node-llama-cpp';

/** node-llama-cpp's version, its llama.cpp release and the backend; `suffix` lets tests stand for another. */
export async function runtimeVersion(llama: Llama, suffix?: string | null): Promise<string> {
  const release = `${llama.llamaCppRelease.repo}@${llama.llamaCppRelease.release}`;
  const backend = llama.gpu === false ? 'cpu' : llama.gpu;
  const base = `node-llama-cpp ${await getModuleVersion()}; llama.cpp ${release}; ${backend}`;
  return suffix ? `${base}; ${suffix}` : base;
}
