// Test-only tripwire on a Node process's outgoing network: every way out (TCP/Unix connect, TLS, HTTP(S),
// HTTP/2, DNS, UDP, fetch, WebSocket) is recorded and refused. Listening and accepting are left alone.
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

export interface NetworkAttempt {
  /** The API that was called, e.g. "net.Socket.connect" or "fetch". */
  api: string;
  /** Where it tried to go, as far as the arguments say. */
  target: string;
}

export interface NetworkGuard {
  readonly attempts: readonly NetworkAttempt[];
  uninstall(): void;
}

export class NetworkBlockedError extends Error {
  constructor(readonly attempt: NetworkAttempt) {
    super(`Network use blocked by the test's guard: ${attempt.api} → ${attempt.target}`);
    this.name = 'NetworkBlockedError';
  }
}

type Patchable = Record<string, unknown>;
type AnyFunction = (...args: unknown[]) => unknown;

/** Best-effort description of a destination from the usual argument shapes (url, options, port+host, path). */
export function describeTarget(args: readonly unknown[]): string {
  const [first, second] = args;
  if (typeof first === 'string' || first instanceof URL) return String(first);
  if (typeof first === 'number') return `${typeof second === 'string' ? second : 'localhost'}:${first}`;
  if (Array.isArray(first)) return describeTarget(first);
  if (first && typeof first === 'object') {
    const options = first as Record<string, unknown>;
    if (typeof options.path === 'string' && options.port === undefined && options.host === undefined) {
      return `unix:${options.path}`;
    }
    const host = options.hostname ?? options.host ?? 'localhost';
    return `${String(host)}:${String(options.port ?? '')}`;
  }
  return String(first);
}

export function installNetworkGuard(onAttempt: (attempt: NetworkAttempt) => void = () => undefined): NetworkGuard {
  const attempts: NetworkAttempt[] = [];
  const restores: (() => void)[] = [];

  const refuse = (api: string, target: string): NetworkBlockedError => {
    const attempt = { api, target };
    attempts.push(attempt);
    onAttempt(attempt);
    return new NetworkBlockedError(attempt);
  };

  /** Replaces owner[key] with a function that records the attempt and throws (or rejects, for promise APIs). */
  const trip = (
    owner: object,
    key: string,
    api: string,
    style: 'throw' | 'reject' = 'throw',
    targetOf: (args: unknown[]) => string = describeTarget,
  ): void => {
    const target = owner as Patchable;
    const original = target[key];
    if (typeof original !== 'function') return;
    target[key] = function guarded(...args: unknown[]): unknown {
      const error = refuse(api, targetOf(args));
      if (style === 'reject') return Promise.reject(error);
      throw error;
    };
    restores.push(() => {
      target[key] = original;
    });
  };

  // The socket layer: every TCP, TLS, Unix-socket client (and Node's own fetch/undici, http agents) ends here.
  trip(net.Socket.prototype, 'connect', 'net.Socket.connect');
  trip(net, 'connect', 'net.connect');
  trip(net, 'createConnection', 'net.createConnection');
  trip(tls, 'connect', 'tls.connect');
  // Higher-level entries, so a record names what the code called.
  for (const [name, module] of [
    ['http', http],
    ['https', https],
  ] as const) {
    trip(module, 'request', `${name}.request`);
    trip(module, 'get', `${name}.get`);
  }
  trip(http2, 'connect', 'http2.connect');
  for (const key of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
    trip(dns, key, `dns.${key}`);
    trip(dns.promises, key, `dns.promises.${key}`, 'reject');
  }
  // send(msg, port, address) or send(msg, offset, length, port, address).
  trip(dgram.Socket.prototype, 'send', 'dgram.Socket.send', 'throw', (args) =>
    describeTarget(args.length >= 5 ? args.slice(3) : args.slice(1)),
  );
  trip(dgram.Socket.prototype, 'connect', 'dgram.Socket.connect');
  trip(globalThis, 'fetch', 'fetch', 'reject');
  const originalWebSocket = (globalThis as Patchable).WebSocket;
  if (typeof originalWebSocket === 'function') {
    (globalThis as Patchable).WebSocket = function GuardedWebSocket(...args: unknown[]) {
      throw refuse('WebSocket', describeTarget(args));
    } as AnyFunction;
    restores.push(() => {
      (globalThis as Patchable).WebSocket = originalWebSocket;
    });
  }
  // ES modules that imported named bindings (import { request } from 'node:https') see the patches too.
  syncBuiltinESMExports();

  return {
    attempts,
    uninstall() {
      for (const restore of restores.reverse()) restore();
      syncBuiltinESMExports();
    },
  };
}

/**
 * Positive control: makes one deliberate attempt through each guarded API (to 127.0.0.1:9, the discard
 * port) and returns the names of those the guard did NOT catch, so a guard that catches nothing fails.
 */
export async function probeGuard(guard: NetworkGuard): Promise<{ probes: number; missed: string[] }> {
  const probes: [string, () => unknown][] = [
    ['fetch', () => fetch('http://127.0.0.1:9/')],
    ['net.connect', () => net.connect(9, '127.0.0.1')],
    ['new net.Socket().connect', () => new net.Socket().connect(9, '127.0.0.1')],
    ['tls.connect', () => tls.connect(9, '127.0.0.1')],
    ['http.get', () => http.get('http://127.0.0.1:9/')],
    ['https.request', () => https.request({ host: '127.0.0.1', port: 9 })],
    ['http2.connect', () => http2.connect('http://127.0.0.1:9')],
    ['dns.lookup', () => dns.lookup('localhost', () => undefined)],
    ['dns.promises.lookup', () => dns.promises.lookup('localhost')],
    ['dgram send', () => withUdpSocket((socket) => socket.send('x', 9, '127.0.0.1'))],
    ['WebSocket', () => new WebSocket('ws://127.0.0.1:9/')],
  ];
  const missed: string[] = [];
  for (const [name, attempt] of probes) {
    const before = guard.attempts.length;
    let blocked = false;
    try {
      await attempt();
    } catch (error) {
      blocked = error instanceof NetworkBlockedError;
    }
    if (!blocked || guard.attempts.length === before) missed.push(name);
  }
  return { probes: probes.length, missed };
}

function withUdpSocket(use: (socket: dgram.Socket) => void): void {
  const socket = dgram.createSocket('udp4');
  try {
    use(socket);
  } finally {
    socket.close();
  }
}
