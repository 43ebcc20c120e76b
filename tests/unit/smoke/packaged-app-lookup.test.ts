// Where the packaged suite looks for the app: the folders and names electron-builder gives this project's
// unpacked builds on each platform, MEA_PACKAGED_APP first (a wrong one is an error, not a quiet skip).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildNames, candidateExecutables, findPackagedApp } from '../../packaged/support/packaged-app';

const ROOT = process.cwd();
const RELEASE = join(ROOT, 'release');
const scratch = mkdtempSync(join(tmpdir(), 'mea-packaged-lookup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('packaged app lookup', () => {
  it("reads this project's names: release/, the product name on macOS and Windows, the package name on Linux", () => {
    expect(buildNames(ROOT)).toEqual({
      outputDir: 'release',
      executable: {
        darwin: 'Medical Education Assistant',
        win32: 'Medical Education Assistant',
        linux: 'medical-education-assistant',
      },
    });
  });

  it.each([
    ['linux', 'x64', join(RELEASE, 'linux-unpacked', 'medical-education-assistant')],
    ['linux', 'arm64', join(RELEASE, 'linux-arm64-unpacked', 'medical-education-assistant')],
    [
      'darwin',
      'arm64',
      join(RELEASE, 'mac-arm64', 'Medical Education Assistant.app', 'Contents', 'MacOS', 'Medical Education Assistant'),
    ],
    [
      'darwin',
      'x64',
      join(RELEASE, 'mac', 'Medical Education Assistant.app', 'Contents', 'MacOS', 'Medical Education Assistant'),
    ],
    ['win32', 'x64', join(RELEASE, 'win-unpacked', 'Medical Education Assistant.exe')],
  ] as const)('on %s-%s it looks first at %s', (platform, arch, expected) => {
    expect(candidateExecutables(ROOT, platform, arch)[0]).toBe(expected);
  });

  it('uses MEA_PACKAGED_APP (a macOS .app bundle means its executable) and fails loudly when it does not exist', () => {
    const bundle = join(scratch, 'Some App.app');
    const executable = join(bundle, 'Contents', 'MacOS', 'Some App');
    mkdirSync(join(bundle, 'Contents', 'MacOS'), { recursive: true });
    writeFileSync(executable, '#!/bin/sh\n');
    chmodSync(executable, 0o755);
    expect(findPackagedApp(ROOT, { MEA_PACKAGED_APP: executable })).toEqual({ executable, source: 'env' });
    expect(findPackagedApp(ROOT, { MEA_PACKAGED_APP: bundle })).toEqual({ executable, source: 'env' });
    expect(() => findPackagedApp(ROOT, { MEA_PACKAGED_APP: join(scratch, 'nope') })).toThrow(
      /MEA_PACKAGED_APP=.*nope: no such executable/,
    );
  });

  it('finds an unpacked build in the output folder, and lists what it searched when there is none', () => {
    const root = join(scratch, 'project');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'My-App', productName: 'My App' }));
    writeFileSync(join(root, 'electron-builder.yml'), 'productName: My App\ndirectories:\n  output: out-dir\n');
    // app-builder-lib is resolved from the project: give the scratch project this repo's node_modules.
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'junction');

    const missing = findPackagedApp(root, {});
    expect(missing.executable).toBeNull();
    expect(missing.executable === null && missing.searched[0]).toBe(candidateExecutables(root)[0]);

    const expected = candidateExecutables(root)[0]!;
    mkdirSync(join(expected, '..'), { recursive: true });
    writeFileSync(expected, '');
    expect(findPackagedApp(root, {})).toEqual({ executable: expected, source: 'release' });
    expect(expected.startsWith(join(root, 'out-dir'))).toBe(true);
  });
});
