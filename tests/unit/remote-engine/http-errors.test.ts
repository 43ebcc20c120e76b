// HTTP statuses and connection failures become codes and messages a student can act on, never with the key.
import { describe, expect, it } from 'vitest';
import { connectionError, httpError, parseRetryAfter } from '../../../main/services/remote-engine/http-errors';
import { redact } from '../../../main/services/remote-engine/errors';

const context = { host: 'llm.school.example', apiKey: 'sk-live-123456' };

describe('httpError', () => {
  it.each([
    [401, 'unauthorized', /refused the API key/],
    [403, 'unauthorized', /does not let this key use it/],
    [404, 'not_found', /no such model or endpoint/],
    [400, 'bad_request', /refused the request \(400\)/],
    [429, 'rate_limited', /busy with other requests/],
    [500, 'server_error', /failed \(500\)/],
    [503, 'server_error', /not ready \(503\)/],
    [302, 'bad_response', /another address/],
  ] as const)('maps %i to %s', (status, code, message) => {
    const error = httpError(status, '', null, context);
    expect(error).toMatchObject({ code, status });
    expect(error.message).toMatch(message);
    expect(error.message).toContain('llm.school.example');
  });

  it('asks for a key when none was sent', () => {
    expect(httpError(401, '', null, { ...context, apiKey: null }).message).toMatch(/needs an API key/);
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(httpError(429, '', '7', context)).toMatchObject({ retryAfterSeconds: 7, message: /in 7 s/ });
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });

  it("quotes the server's explanation without the key or control characters", () => {
    const error = httpError(400, 'bad key sk-live-123456 \u0007 in header', null, context);
    expect(error.message).toContain('bad key [API key]');
    expect(error.message).not.toContain('sk-live-123456');
    expect(error.message).not.toContain('\u0007');
    expect(redact('x'.repeat(1000), null)).toHaveLength(301);
  });
});

describe('connectionError', () => {
  const withCause = (code: string) =>
    new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });

  it('tells refused, unknown names, certificates and the rest apart', () => {
    expect(connectionError(withCause('ECONNREFUSED'), context)).toMatchObject({
      code: 'unreachable',
      message: expect.stringMatching(/Nothing answers at llm.school.example/),
    });
    expect(connectionError(withCause('ENOTFOUND'), context).message).toMatch(/could not be found/);
    expect(connectionError(withCause('DEPTH_ZERO_SELF_SIGNED_CERT'), context)).toMatchObject({ code: 'tls_failed' });
    expect(connectionError(withCause('ERR_TLS_CERT_ALTNAME_INVALID'), context)).toMatchObject({ code: 'tls_failed' });
    expect(connectionError(withCause('UND_ERR_SOCKET'), context).message).toMatch(/closed before it answered/);
    expect(connectionError(withCause('EHOSTUNREACH'), context).message).toMatch(/cannot be reached \(EHOSTUNREACH\)/);
    expect(connectionError(new Error('weird sk-live-123456'), context).message).not.toContain('sk-live-123456');
  });
});
