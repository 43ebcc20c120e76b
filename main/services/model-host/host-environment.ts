// Environment every model host process starts with, whichever launcher starts it.

/**
 * libuv's thread pool runs node-llama-cpp's decode and sampling work. Its default of 4 threads
 * rotates each token's decode across four threads, which costs cache locality on small machines;
 * 2 measured ~2.5% faster generation than 4 on the 2-core development machine (TinyLlama-shaped
 * Q8_0, 2 threads), while still letting a file read or tokenize run beside a decode. libuv reads it
 * once, at the pool's first use, so it must be in the environment the process starts with.
 */
export const HOST_ENVIRONMENT: Readonly<Record<string, string>> = {
  UV_THREADPOOL_SIZE: '2',
};

/** `base` with the host's settings on top (an explicit UV_THREADPOOL_SIZE in `base` is kept, for experiments). */
export function hostEnvironment(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...HOST_ENVIRONMENT, ...base };
}
