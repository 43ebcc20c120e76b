// Which server addresses the app talks to: https anywhere, plain http only to loopback or to addresses the user
// marked as their local network; never credentials, other schemes, queries.
import { describe, expect, it } from 'vitest';
import {
  checkServerUrl,
  isLocalNetworkHost,
  isLoopbackHost,
  RemoteEngineError,
} from '../../../main/services/remote-engine';

function refusal(url: string, allowLocalNetwork = false): { code: string; message: string } {
  try {
    checkServerUrl(url, { allowLocalNetwork });
  } catch (error) {
    if (error instanceof RemoteEngineError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error(`${url} was accepted`);
}

describe('checkServerUrl', () => {
  it('accepts https anywhere and normalizes the root (no trailing slash or /v1)', () => {
    expect(checkServerUrl('https://llm.school.example', { allowLocalNetwork: false })).toEqual({
      root: 'https://llm.school.example',
      host: 'llm.school.example',
      transport: 'https',
    });
    expect(checkServerUrl(' https://llm.school.example:8443/proxy/v1/ ', { allowLocalNetwork: false })).toEqual({
      root: 'https://llm.school.example:8443/proxy',
      host: 'llm.school.example:8443',
      transport: 'https',
    });
  });

  it.each([
    'http://localhost:8080',
    'http://LOCALHOST:8080/v1',
    'http://127.0.0.1:8080',
    'http://127.8.9.10',
    'http://127.1:8080', // the URL parser normalizes short and hex forms
    'http://0x7f000001',
    'http://[::1]:8080',
    'http://[0:0:0:0:0:0:0:1]',
    'http://[::ffff:127.0.0.1]:8080',
  ])('allows plain http to this computer: %s', (url) => {
    expect(checkServerUrl(url, { allowLocalNetwork: false }).transport).toBe('loopback-http');
  });

  it.each([
    'http://192.168.1.20:8080',
    'http://10.0.0.5',
    'http://172.16.3.4',
    'http://172.31.255.255',
    'http://169.254.10.10',
    'http://100.101.102.103', // shared address space (e.g. a tailnet)
    'http://[fd12:3456::1]:8000',
    'http://[fe80::1]',
    'http://[::ffff:192.168.1.2]',
    'http://gpu-box:8080',
    'http://gpu-box.local:8080',
    'http://server.lan',
    'http://printer.home.arpa',
  ])('allows plain http to a marked local network address: %s', (url) => {
    expect(refusal(url).code).toBe('tls_required');
    expect(checkServerUrl(url, { allowLocalNetwork: true }).transport).toBe('local-network-http');
  });

  it.each([
    'http://8.8.8.8',
    'http://172.32.0.1',
    'http://llm.school.example',
    'http://[2001:db8::1]',
    'http://0.0.0.0',
    'http://[::]',
  ])('refuses plain http to anything else, even when marked: %s', (url) => {
    const unmarked = refusal(url);
    expect(unmarked.code).toBe('tls_required');
    expect(unmarked.message).toMatch(/https:\/\//);
    const marked = refusal(url, true);
    expect(marked.code).toBe('tls_required');
    expect(marked.message).toMatch(/does not look like a local network address/);
  });

  it('refuses credentials in the address, telling where the key goes', () => {
    const { code, message } = refusal('https://user:sk-secret@llm.school.example');
    expect(code).toBe('invalid_url');
    expect(message).toMatch(/API key in its own field/);
    expect(message).not.toContain('sk-secret');
    expect(refusal('http://:pw@localhost:8080').code).toBe('invalid_url');
  });

  it.each(['ftp://llm.school.example', 'file:///etc/passwd', 'ws://localhost:8080', 'javascript:alert(1)'])(
    'refuses other schemes: %s',
    (url) => {
      expect(refusal(url)).toMatchObject({ code: 'invalid_url', message: expect.stringMatching(/https:\/\//) });
    },
  );

  it('refuses text that is not an address, and queries or fragments', () => {
    expect(refusal('llm.school.example:8080').code).toBe('invalid_url');
    expect(refusal('not a url').message).toMatch(/is not a web address/);
    expect(refusal('https://llm.school.example/?key=abc').code).toBe('invalid_url');
    expect(refusal('https://llm.school.example/#x').code).toBe('invalid_url');
  });
});

describe('host classification', () => {
  it('tells loopback from the rest', () => {
    expect(isLoopbackHost('localhost.')).toBe(true);
    expect(isLoopbackHost('[::2]')).toBe(false);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
    expect(isLoopbackHost('localhost.example')).toBe(false);
  });

  it('tells local network names and addresses from public ones', () => {
    expect(isLocalNetworkHost('192.168.0.1')).toBe(true);
    expect(isLocalNetworkHost('100.63.0.1')).toBe(false);
    expect(isLocalNetworkHost('[fc00::1]')).toBe(true);
    expect(isLocalNetworkHost('[2606:4700::1]')).toBe(false);
    expect(isLocalNetworkHost('intranet.example.com')).toBe(false);
    expect(isLocalNetworkHost('box.internal')).toBe(true);
  });
});
