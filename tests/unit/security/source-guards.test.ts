// Checklist items that are about what the code never does, checked over every source file of the app.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(REPO, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:ts|tsx|html)$/.test(file))
    .map((file) => join(dir, file));
}

const APP_FILES = [...sourceFiles('main'), ...sourceFiles('preload'), ...sourceFiles('renderer')];

/** Files (repo-relative, '/'-separated) whose text matches the pattern (written to match code, not prose). */
function filesMatching(pattern: RegExp, files = APP_FILES): string[] {
  return files
    .filter((file) => pattern.test(readFileSync(join(REPO, file), 'utf8')))
    .map((file) => relative(REPO, join(REPO, file)).split('\\').join('/'));
}

describe('source guards', () => {
  it('scans the whole app', () => {
    expect(APP_FILES.length).toBeGreaterThan(100);
    expect(APP_FILES.map((f) => f.split('\\').join('/'))).toContain('main/shell/security.ts');
  });

  it('never opens URLs in the system browser (no shell.openExternal with untrusted content, or at all)', () => {
    expect(filesMatching(/\.openExternal\b|\bopenExternal\(|\.openPath\(/)).toEqual([]);
  });

  it('uses no remote module and loads no file:// page', () => {
    expect(filesMatching(/@electron\/remote|enableRemoteModule|\.loadFile\(/)).toEqual([]);
  });

  it('creates browser windows only in main/shell/window.ts, with its locked-down webPreferences', () => {
    expect(filesMatching(/new BrowserWindow\(|new BrowserView\(|new WebContentsView\(/)).toEqual([
      'main/shell/window.ts',
    ]);
  });

  it('sandboxes every renderer with app.enableSandbox() before the app is ready', () => {
    const desktop = readFileSync(join(REPO, 'main/shell/desktop-app.ts'), 'utf8');
    const sandbox = desktop.indexOf('app.enableSandbox();');
    expect(sandbox).toBeGreaterThan(-1);
    expect(sandbox).toBeLessThan(desktop.indexOf('app.whenReady()'));
  });

  it('renders no raw HTML in the renderer', () => {
    expect(filesMatching(/dangerouslySetInnerHTML|\.innerHTML\s*=|\beval\(|new Function\(/)).toEqual([]);
  });

  it('never needs ELECTRON_RUN_AS_NODE (the runAsNode fuse is off): the shell starts the model host with utilityProcess', () => {
    const shell = APP_FILES.filter((file) => file.split('\\').join('/').startsWith('main/shell/'));
    expect(filesMatching(/['"](?:node:)?child_process['"]|ELECTRON_RUN_AS_NODE/, shell)).toEqual([]);
    expect(filesMatching(/utilityProcess\.fork\(/, shell)).toEqual(['main/shell/utility-host-launcher.ts']);
    expect(readFileSync(join(REPO, 'main/shell/desktop-app.ts'), 'utf8')).toMatch(/new UtilityHostLauncher\(/);
  });
});
