// The packaged renderer as shipped: served from app:// with the CSP header (an inline script is blocked),
// window.api from the real preload round-trips through main's validation, and the page has no Node.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { APP_ORIGIN } from '../../main/shell/app-origin';
import { CONTENT_SECURITY_POLICY } from '../../main/shell/csp';
import { api, callApi } from './support/app-window';
import { describeExit, killApp, launchApp, quitApp, type RunningApp } from './support/launch';
import { packagedExecutable, skipWithoutPackagedApp } from './support/suite';

skipWithoutPackagedApp();

let app: RunningApp | null = null;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mea-packaged-security-'));
  app = await launchApp({ executable: packagedExecutable!, dataDir });
});

test.afterEach(async () => {
  await killApp(app);
  app = null;
  rmSync(dataDir, { recursive: true, force: true });
});

test('the window loads app://renderer with the CSP header, and the CSP blocks an inline script', async () => {
  const { page } = app!;
  const response = await page.reload();
  expect(response?.url()).toBe(`${APP_ORIGIN}/index.html`);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(await page.evaluate(() => (globalThis as unknown as { location: { origin: string } }).location.origin)).toBe(
    APP_ORIGIN,
  );

  const result = await page.evaluate(async () => {
    const g = globalThis as unknown as {
      document: {
        head: { appendChild(node: unknown): void };
        createElement(tag: string): { textContent: string };
        addEventListener(
          type: string,
          listener: (event: { effectiveDirective: string; originalPolicy: string }) => void,
        ): void;
      };
      __inlineRan?: boolean;
    };
    const violations: { directive: string; policy: string }[] = [];
    g.document.addEventListener('securitypolicyviolation', (event) =>
      violations.push({ directive: event.effectiveDirective, policy: event.originalPolicy }),
    );
    const script = g.document.createElement('script');
    script.textContent = 'globalThis.__inlineRan = true;';
    g.document.head.appendChild(script);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { ran: g.__inlineRan === true, violations };
  });
  expect(result.ran).toBe(false);
  // The header's policy (the only one with frame-ancestors; a meta tag cannot carry it) is the one enforced.
  expect(result.violations).toContainEqual({ directive: 'script-src-elem', policy: CONTENT_SECURITY_POLICY });
});

test('window.api comes from the real preload and round-trips through main, which validates what it gets', async () => {
  const { page } = app!;
  const shape = await page.evaluate(() => {
    const g = globalThis as unknown as Record<string, unknown> & { api: Record<string, unknown> };
    return {
      names: Object.keys(g.api),
      nonFunctions: Object.entries(g.api)
        .filter(([, value]) => typeof value !== 'function')
        .map(([name]) => name),
      node: ['require', 'process', 'module', 'Buffer', 'global', 'ipcRenderer', 'electron'].filter(
        (name) => typeof g[name] !== 'undefined',
      ),
    };
  });
  expect(shape.names).toEqual(expect.arrayContaining(['getSettings', 'updateSettings', 'loadModel', 'sendMessage']));
  expect(shape.nonFunctions).toEqual([]);
  expect(shape.node).toEqual([]);

  const before = await api<{ scopeGuard: string }>(page, 'getSettings');
  const next = before.scopeGuard === 'strict' ? 'ask' : 'strict';
  expect(await api<{ scopeGuard: string }>(page, 'updateSettings', { scopeGuard: next })).toMatchObject({
    scopeGuard: next,
  });
  expect((await api<{ scopeGuard: string }>(page, 'getSettings')).scopeGuard).toBe(next);

  // A payload the contract refuses comes back as an error envelope, and nothing changes.
  const threadsBefore = (await api<{ threads: unknown }>(page, 'getSettings')).threads;
  const refused = await callApi(page, 'updateSettings', { threads: 0 });
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  expect((await api<{ threads: unknown }>(page, 'getSettings')).threads).toEqual(threadsBefore);

  const exit = await quitApp(app!);
  expect(exit, describeExit(exit)).toMatchObject({ code: 0, how: 'window' });
});
