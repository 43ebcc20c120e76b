// Writes a response body to the part file in order, calling onChunk after each chunk is on disk.
// Flowing mode on purpose: a paused Node stream drops its buffered bytes when the connection dies, so
// chunks go straight into a write queue (bounded by pausing the socket) and the queue is always drained
// before the failure is reported. That way the part ends exactly at the last byte received.
import type { FileHandle } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';

const PAUSE_ABOVE_BYTES = 16 * 1024 * 1024;
const RESUME_BELOW_BYTES = 4 * 1024 * 1024;

export function receiveBody(
  body: IncomingMessage,
  handle: FileHandle,
  onChunk: (chunk: Buffer) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const queue: Buffer[] = [];
    let queuedBytes = 0;
    let writing = false;
    let ended = false;
    let failure: unknown = null;
    let settled = false;

    const settleIfDone = () => {
      if (settled || writing || queue.length > 0 || (!ended && failure === null)) return;
      settled = true;
      if (failure === null) resolve();
      else reject(failure);
    };

    const pump = async () => {
      if (writing) return;
      writing = true;
      try {
        for (let chunk = queue.shift(); chunk !== undefined; chunk = queue.shift()) {
          queuedBytes -= chunk.length;
          await handle.write(chunk);
          onChunk(chunk);
          if (body.isPaused() && queuedBytes < RESUME_BELOW_BYTES) body.resume();
        }
      } catch (error) {
        // A failed write (full disk): stop receiving; what was written stays valid.
        failure ??= error;
        queue.length = 0;
        body.destroy();
      }
      writing = false;
      settleIfDone();
    };

    body.on('data', (chunk: Buffer) => {
      if (failure !== null && queue.length === 0 && !writing) return;
      queue.push(chunk);
      queuedBytes += chunk.length;
      if (queuedBytes > PAUSE_ABOVE_BYTES) body.pause();
      void pump();
    });
    body.on('end', () => {
      ended = true;
      settleIfDone();
    });
    body.on('error', (error) => {
      failure ??= error;
      settleIfDone();
    });
    body.on('close', () => {
      if (!ended) failure ??= Object.assign(new Error('the connection closed early'), { code: 'ECONNRESET' });
      settleIfDone();
    });
  });
}
