// A file server on 127.0.0.1 for download tests: HTTP Range, Hugging Face-style redirects with
// X-Linked-Etag, and faults on demand (cut the connection after N bytes, corrupt a byte, 404/500, slow
// delivery). Every request is logged with the byte range it asked for and the bytes actually sent.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedFile {
  body: Buffer;
  /** Sent as `X-Linked-Etag: "<sha>"` (on the redirect when `redirect` is set), like Hugging Face LFS. */
  linkedSha256?: string;
}

export interface RequestLogEntry {
  path: string;
  status: number;
  /** First byte asked for (0 without a Range header). */
  start: number;
  bytesSent: number;
}

export interface RangeServerOptions {
  /** Answer `/…/resolve/…` with a 302 to `/cdn/…` (the file itself is served there). */
  redirect?: boolean;
  /** Bytes per second (sent in 16 KiB slices), to make progress observable. */
  bytesPerSecond?: number;
  /** Ignore Range headers and always send the whole file with 200. */
  ignoreRange?: boolean;
}

export class RangeServer {
  readonly log: RequestLogEntry[] = [];
  /** Absolute file offsets at which the next requests are cut off (each used once, in order). */
  cutAt: number[] = [];
  /** Statuses the next requests get instead of the file (each used once). */
  failNext: number[] = [];
  /** Offset of a byte sent flipped (every time). */
  corruptAt: number | null = null;
  private readonly files = new Map<string, ServedFile>();
  private readonly server: Server;
  private port = 0;

  constructor(private readonly options: RangeServerOptions = {}) {
    this.server = createServer((request, response) => this.handle(request, response));
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Serves `file` at `path` (and at its /cdn/ twin when redirecting). */
  serve(path: string, file: ServedFile): void {
    this.files.set(path, file);
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Requests for the file itself (not redirects), in order. */
  fileRequests(): RequestLogEntry[] {
    return this.log.filter((entry) => entry.status === 200 || entry.status === 206);
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const range = /^bytes=(\d+)-$/.exec(request.headers.range ?? '');
    const start = range ? Number(range[1]) : 0;
    const entry: RequestLogEntry = { path, status: 0, start, bytesSent: 0 };
    this.log.push(entry);

    const failure = this.failNext.shift();
    if (failure !== undefined) return this.end(response, entry, failure);

    const cdnPath = path.replace('/cdn/', '/resolve/');
    const file = this.files.get(path) ?? (path.includes('/cdn/') ? this.files.get(cdnPath) : undefined);
    if (!file) return this.end(response, entry, 404);
    const linked = file.linkedSha256 ? { 'X-Linked-Etag': `"${file.linkedSha256}"` } : {};
    if (this.options.redirect && path.includes('/resolve/')) {
      response.writeHead(302, { Location: path.replace('/resolve/', '/cdn/'), ...linked });
      return this.end(response, entry, 302);
    }
    const size = file.body.length;
    const partial = range !== null && !this.options.ignoreRange;
    if (partial && start >= size) {
      response.writeHead(416, { 'Content-Range': `bytes */${size}` });
      return this.end(response, entry, 416);
    }
    const from = partial ? start : 0;
    entry.start = from;
    entry.status = partial ? 206 : 200;
    response.writeHead(entry.status, {
      'Content-Length': String(size - from),
      'Content-Type': 'application/octet-stream',
      'Accept-Ranges': 'bytes',
      ...(partial ? { 'Content-Range': `bytes ${from}-${size - 1}/${size}` } : {}),
      ...(this.options.redirect ? {} : linked),
    });
    const cutIndex = this.cutAt.findIndex((offset) => offset > from && offset < size);
    const cut = cutIndex >= 0 ? this.cutAt.splice(cutIndex, 1)[0] : undefined;
    void this.stream(response, entry, file.body, from, cut ?? size, cut !== undefined);
  }

  private async stream(
    response: ServerResponse,
    entry: RequestLogEntry,
    body: Buffer,
    from: number,
    to: number,
    cut: boolean,
  ): Promise<void> {
    const slice = this.options.bytesPerSecond ? 16 * 1024 : 256 * 1024;
    for (let offset = from; offset < to && !response.destroyed; offset += slice) {
      let chunk = Buffer.from(body.subarray(offset, Math.min(to, offset + slice)));
      if (this.corruptAt !== null && this.corruptAt >= offset && this.corruptAt < offset + chunk.length) {
        chunk = Buffer.from(chunk);
        chunk[this.corruptAt - offset] = (chunk[this.corruptAt - offset] ?? 0) ^ 0xff;
      }
      await new Promise<void>((resolve) => response.write(chunk, () => resolve()));
      entry.bytesSent += chunk.length;
      const rate = this.options.bytesPerSecond;
      if (rate) await new Promise((resolve) => setTimeout(resolve, (chunk.length / rate) * 1000));
    }
    // A cut ends the TCP stream after the bytes written so far: the client sees them all, then EOF.
    if (cut) response.socket?.end();
    else response.end();
  }

  private end(response: ServerResponse, entry: RequestLogEntry, status: number): void {
    entry.status = status;
    if (!response.headersSent) response.writeHead(status, { 'Content-Length': '0' });
    response.end();
  }
}

/** A port on 127.0.0.1 where nothing listens (the server is "down"). */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
