// Code signing for `npm run dist`, from the environment variables electron-builder 26 reads itself (CSC_LINK,
// CSC_KEY_PASSWORD, CSC_NAME, WIN_CSC_LINK, WIN_CSC_KEY_PASSWORD; notarization: APPLE_API_KEY + APPLE_API_KEY_ID +
// APPLE_API_ISSUER, APPLE_ID + APPLE_APP_SPECIFIC_PASSWORD + APPLE_TEAM_ID, or APPLE_KEYCHAIN_PROFILE). This only
// says what will happen, catches half-set credentials before a long build, and keeps unsigned builds runnable.

const NOTARY_SETS = [
  ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'],
  ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'],
];

const set = (env, name) => typeof env[name] === 'string' && env[name].trim() !== '';

/**
 * { summary, builderArgs, builderEnv, error } for building on `platform` (a Node platform name) with `env`.
 * error (one sentence) means: stop before building. builderArgs and builderEnv are extra electron-builder
 * arguments and environment variables.
 */
export function signingPlan(env, platform) {
  if (platform === 'darwin') return macPlan(env);
  if (platform === 'win32') {
    const link = set(env, 'WIN_CSC_LINK') ? 'WIN_CSC_LINK' : set(env, 'CSC_LINK') ? 'CSC_LINK' : null;
    if (!link) {
      return {
        summary:
          'Windows installer not signed (set WIN_CSC_LINK and WIN_CSC_KEY_PASSWORD to sign it); SmartScreen will warn.',
        builderArgs: [],
        builderEnv: {},
        error: null,
      };
    }
    return {
      summary: `Windows installer signed with the certificate in ${link}.`,
      builderArgs: [],
      builderEnv: {},
      error: null,
    };
  }
  return {
    summary: 'Linux packages are not signed (AppImage and deb carry no signature).',
    builderArgs: [],
    builderEnv: {},
    error: null,
  };
}

function macPlan(env) {
  const identity = set(env, 'CSC_LINK')
    ? 'the certificate in CSC_LINK'
    : set(env, 'CSC_NAME')
      ? `"${env.CSC_NAME}"`
      : null;
  const partial = NOTARY_SETS.find(
    (names) => names.some((name) => set(env, name)) && !names.every((name) => set(env, name)),
  );
  if (partial) {
    const missing = partial.filter((name) => !set(env, name));
    return {
      summary: '',
      builderArgs: [],
      builderEnv: {},
      error: `notarization needs ${partial.join(', ')}: ${missing.join(', ')} not set.`,
    };
  }
  const notary =
    NOTARY_SETS.find((names) => names.every((name) => set(env, name))) ??
    (set(env, 'APPLE_KEYCHAIN_PROFILE') ? ['APPLE_KEYCHAIN_PROFILE'] : null);
  if (!identity) {
    if (notary) {
      return {
        summary: '',
        builderArgs: [],
        builderEnv: {},
        error: `notarization (${notary.join(', ')}) needs a Developer ID: set CSC_LINK and CSC_KEY_PASSWORD, or CSC_NAME.`,
      };
    }
    // Flipping the fuses breaks Electron's own ad-hoc signature, and an Apple silicon Mac refuses to start an app
    // whose signature is broken: without a Developer ID, sign ad hoc (hardened runtime + our entitlements).
    return {
      summary:
        'macOS app signed ad hoc, not notarized (set CSC_LINK + CSC_KEY_PASSWORD and APPLE_API_KEY + APPLE_API_KEY_ID + APPLE_API_ISSUER to sign and notarize); other Macs need right-click → Open.',
      builderArgs: ['--config.mac.identity=-'],
      // electron-builder skips all signing in pull-request CI builds (GITHUB_BASE_REF…) to protect secrets; an ad-hoc
      // signature uses none, and without it the app cannot start.
      builderEnv: { CSC_FOR_PULL_REQUEST: 'true' },
      error: null,
    };
  }
  const notarized = notary ? `notarized with ${notary.join(', ')}` : 'not notarized (no APPLE_* credentials)';
  return { summary: `macOS app signed with ${identity}, ${notarized}.`, builderArgs: [], builderEnv: {}, error: null };
}
