// electron-builder.yml: valid for the installed electron-builder, all four installers, native modules out of
// the asar, no native rebuild, and the hardening fuses set.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// Read and check the file the way electron-builder does: its own js-yaml and its own schema validator.
const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
const { load } = builderRequire('js-yaml') as { load(text: string): unknown };
const { validateSchema } = builderRequire('./out/util/config/schemaValidator.js') as {
  validateSchema(schema: unknown, data: unknown): void;
};
const schema: unknown = builderRequire('./scheme.json');

interface BuilderConfig {
  asar?: boolean;
  asarUnpack?: string[];
  npmRebuild?: boolean;
  files?: string[];
  electronFuses?: Record<string, boolean>;
  linux?: { target?: string[] };
  mac?: { target?: string[] };
  win?: { target?: string[] };
}

const text = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');
const config = load(text) as BuilderConfig;

describe('electron-builder.yml', () => {
  it("matches electron-builder's configuration schema", () => {
    expect(() => validateSchema(schema, load(text))).not.toThrow();
    // The validator is live: a misspelt fuse is refused.
    expect(() => validateSchema(schema, { ...(load(text) as object), electronFuses: { runAsNod: false } })).toThrow(
      /configuration\.electronFuses/,
    );
  });

  it('builds AppImage and deb on Linux, dmg on macOS, nsis on Windows', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
  });

  it('packs the app in an asar but keeps the native modules outside it, without rebuilding them', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining([
        'node_modules/node-llama-cpp/**',
        'node_modules/@node-llama-cpp/**',
        'node_modules/better-sqlite3/**',
      ]),
    );
    // N-API modules need no rebuild for Electron's ABI; the comment above the setting must say why.
    expect(config.npmRebuild).toBe(false);
    expect(text).toMatch(/N-API[\s\S]*\nnpmRebuild: false/);
    expect(config.files).toContain('out/**');
  });

  it('sets the hardening fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
