// Runs one CLI command against a freshly started model host: Ctrl+C aborts, llama.cpp's failure
// becomes one CLI error line, and the host always stops.
import { ForkHostLauncher, ModelHostClient, type LoadConfig, type ModelInfo } from '../services/model-host';
import { CliError } from './cli-error';

export async function withCliModel<T>(
  config: LoadConfig,
  work: (host: ModelHostClient, info: ModelInfo, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  // The CLI gives up on the first crash: a model that kills the host once will do it again.
  const host = new ModelHostClient({ launcher: new ForkHostLauncher(), maxConsecutiveFailures: 1 });
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    host.start();
    const info = await host.load(config);
    return await work(host, info, controller.signal);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(message.replace(/\s*\n\s*/g, ' | ').slice(0, 600), 1);
  } finally {
    process.off('SIGINT', onInterrupt);
    await host.dispose();
  }
}
