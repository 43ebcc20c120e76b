// Which server addresses the app will talk to: https anywhere; plain http only to this computer (loopback)
// or to an address the user marked as their local network. Checked before any request leaves the app.
import { RemoteEngineError } from './errors';

export type ServerTransport = 'https' | 'loopback-http' | 'local-network-http';

export interface ServerAddress {
  /** Origin plus any path prefix, without a trailing slash or `/v1` (endpoints are added to it). */
  root: string;
  /** host[:port], for messages. */
  host: string;
  transport: ServerTransport;
}

export interface UrlPolicyOptions {
  /** The user marked this server as being on their own local network (plain http allowed there). */
  allowLocalNetwork: boolean;
}

// Names that only ever mean a machine on the same local network.
const LOCAL_NETWORK_SUFFIXES = ['.local', '.lan', '.home.arpa', '.internal', '.intranet', '.localdomain'];

/** Checks a server address and returns its normalized root; throws RemoteEngineError (invalid_url, tls_required). */
export function checkServerUrl(raw: string, options: UrlPolicyOptions): ServerAddress {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new RemoteEngineError(
      'invalid_url',
      `"${shorten(text)}" is not a web address. Enter the server's full address, e.g. https://llm.school.example:8443.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new RemoteEngineError(
      'invalid_url',
      `Server addresses start with https:// (or http:// on this computer or your local network), not ${url.protocol}//.`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new RemoteEngineError(
      'invalid_url',
      'Remove the user name and password from the address; enter the API key in its own field instead.',
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw new RemoteEngineError('invalid_url', 'Enter the server address without a "?…" or "#…" part.');
  }
  const host = url.host;
  const transport = transportOf(url, options);
  const prefix = url.pathname.replace(/\/+$/, '').replace(/\/v1$/, '');
  return { root: `${url.origin}${prefix}`, host, transport };
}

/** The URL of an endpoint (e.g. '/v1/completions') on a checked server. */
export function endpointUrl(address: ServerAddress, path: string): string {
  return `${address.root}${path}`;
}

function transportOf(url: URL, options: UrlPolicyOptions): ServerTransport {
  if (url.protocol === 'https:') return 'https';
  const hostname = url.hostname;
  if (isLoopbackHost(hostname)) return 'loopback-http';
  if (!options.allowLocalNetwork) {
    throw new RemoteEngineError(
      'tls_required',
      `${url.host} would be reached over plain http, which anyone on the way can read. Use its https:// address; ` +
        'if the server is on your own local network, mark it as such in its settings.',
    );
  }
  if (isLocalNetworkHost(hostname)) return 'local-network-http';
  throw new RemoteEngineError(
    'tls_required',
    `${url.host} does not look like a local network address (a private address such as 192.168.1.20, or a name ` +
      'such as gpu-box or gpu-box.local), so it needs https://.',
  );
}

/** This computer: localhost, 127.0.0.0/8, ::1 (and IPv4-mapped loopback). `hostname` as URL gives it. */
export function isLoopbackHost(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost') return true;
  const v4 = ipv4Of(name) ?? mappedIpv4Of(name);
  if (v4) return v4[0] === 127;
  const v6 = ipv6Of(name);
  return v6 !== null && v6.slice(0, 7).every((group) => group === 0) && v6[7] === 1;
}

/**
 * An address that can only be on a local network: private, link-local and shared (CGNAT) IPv4 ranges,
 * unique-local and link-local IPv6, single-label names and local-only suffixes (.local, .lan, .home.arpa…).
 */
export function isLocalNetworkHost(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  const v4 = ipv4Of(name) ?? mappedIpv4Of(name);
  if (v4) {
    const [a, b] = v4 as [number, number, number, number];
    return (
      a === 10 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  const v6 = ipv6Of(name);
  if (v6) {
    const first = v6[0] as number;
    return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
  }
  if (name.startsWith('[')) return false;
  if (!name.includes('.')) return name !== '';
  return LOCAL_NETWORK_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

/** The four bytes of a dotted IPv4 literal (the URL parser has already normalized other spellings). */
function ipv4Of(name: string): number[] | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(name);
  if (!match) return null;
  const bytes = match.slice(1).map(Number);
  return bytes.every((byte) => byte <= 255) ? bytes : null;
}

/** The eight 16-bit groups of a bracketed IPv6 literal, or null. */
function ipv6Of(name: string): number[] | null {
  if (!name.startsWith('[') || !name.endsWith(']')) return null;
  const body = name.slice(1, -1);
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string): number[] | null => {
    if (part === '') return [];
    const groups = part.split(':');
    if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
    return groups.map((group) => parseInt(group, 16));
  };
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...new Array<number>(missing).fill(0), ...tail] : null;
}

/** ::ffff:a.b.c.d (the URL parser writes it as ::ffff:XXXX:XXXX) as IPv4 bytes. */
function mappedIpv4Of(name: string): number[] | null {
  const v6 = ipv6Of(name);
  if (!v6 || !v6.slice(0, 5).every((group) => group === 0) || v6[5] !== 0xffff) return null;
  const high = v6[6] as number;
  const low = v6[7] as number;
  return [high >> 8, high & 0xff, low >> 8, low & 0xff];
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
