// scripts/lib/signing.mjs: signing and notarization from the environment variables electron-builder reads, checked
// before a long build; unsigned builds still produce an app that starts.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO } from './electron-install-fixture';

interface Plan {
  summary: string;
  builderArgs: string[];
  builderEnv: Record<string, string>;
  error: string | null;
}
const { signingPlan } = (await import(pathToFileURL(join(REPO, 'scripts', 'lib', 'signing.mjs')).href)) as {
  signingPlan(env: Record<string, string>, platform: string): Plan;
};

const API_KEY = { APPLE_API_KEY: '/keys/AuthKey.p8', APPLE_API_KEY_ID: 'ABC123', APPLE_API_ISSUER: 'issuer-uuid' };
const APPLE_ID = { APPLE_ID: 'dev@example.org', APPLE_APP_SPECIFIC_PASSWORD: 'xxxx', APPLE_TEAM_ID: 'TEAM1' };
const CERT = { CSC_LINK: 'file:///certs/developer-id.p12', CSC_KEY_PASSWORD: 'secret' };

describe('macOS', () => {
  it('without credentials: signs ad hoc (the fuses break the stock signature) and says how to sign', () => {
    const plan = signingPlan({}, 'darwin');
    expect(plan.error).toBeNull();
    expect(plan.builderArgs).toEqual(['--config.mac.identity=-']);
    // Also in pull-request CI builds, where electron-builder otherwise skips signing (no secret is involved).
    expect(plan.builderEnv).toEqual({ CSC_FOR_PULL_REQUEST: 'true' });
    expect(plan.summary).toMatch(/ad hoc.*CSC_LINK/);
  });

  it('blank variables count as absent', () => {
    expect(signingPlan({ CSC_LINK: ' ', APPLE_ID: '' }, 'darwin').builderArgs).toEqual(['--config.mac.identity=-']);
  });

  it.each([
    ['an API key', API_KEY, 'APPLE_API_KEY, APPLE_API_KEY_ID, APPLE_API_ISSUER'],
    ['an Apple ID', APPLE_ID, 'APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID'],
    ['a keychain profile', { APPLE_KEYCHAIN_PROFILE: 'notary' }, 'APPLE_KEYCHAIN_PROFILE'],
  ])('with a certificate and %s: electron-builder signs and notarizes (no extra arguments)', (_, notary, names) => {
    const plan = signingPlan({ ...CERT, ...notary }, 'darwin');
    expect(plan).toEqual({
      summary: `macOS app signed with the certificate in CSC_LINK, notarized with ${names}.`,
      builderArgs: [],
      builderEnv: {},
      error: null,
    });
  });

  it('with a keychain identity named by CSC_NAME and no notary credentials: signed, not notarized', () => {
    const plan = signingPlan({ CSC_NAME: 'Developer ID Application: Example (TEAM1)' }, 'darwin');
    expect(plan.builderArgs).toEqual([]);
    expect(plan.summary).toMatch(/signed with "Developer ID Application: Example \(TEAM1\)", not notarized/);
  });

  it('half-set notarization credentials stop the build, naming what is missing', () => {
    expect(signingPlan({ ...CERT, APPLE_ID: 'dev@example.org', APPLE_TEAM_ID: 'T' }, 'darwin').error).toBe(
      'notarization needs APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID: APPLE_APP_SPECIFIC_PASSWORD not set.',
    );
    expect(signingPlan({ ...CERT, APPLE_API_KEY: 'k' }, 'darwin').error).toMatch(
      /APPLE_API_KEY_ID, APPLE_API_ISSUER not set\.$/,
    );
  });

  it('notarization without a Developer ID stops the build (Apple notarizes only signed apps)', () => {
    expect(signingPlan(API_KEY, 'darwin').error).toMatch(/needs a Developer ID: set CSC_LINK/);
  });
});

describe('Windows and Linux', () => {
  it('Windows: signed when WIN_CSC_LINK or CSC_LINK is set, unsigned (with a warning) otherwise', () => {
    expect(signingPlan({ WIN_CSC_LINK: 'c.pfx', WIN_CSC_KEY_PASSWORD: 'p' }, 'win32').summary).toMatch(/WIN_CSC_LINK/);
    expect(signingPlan({ CSC_LINK: 'c.pfx' }, 'win32').summary).toMatch(/signed with the certificate in CSC_LINK/);
    const unsigned = signingPlan({}, 'win32');
    expect(unsigned).toMatchObject({ builderArgs: [], builderEnv: {}, error: null });
    expect(unsigned.summary).toMatch(/not signed.*SmartScreen/);
  });

  it('Linux: nothing to sign, nothing added', () => {
    expect(signingPlan({ ...CERT }, 'linux')).toMatchObject({ builderArgs: [], builderEnv: {}, error: null });
  });
});
