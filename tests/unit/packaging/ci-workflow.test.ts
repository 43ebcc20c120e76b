// .github/workflows/packaged.yml: the packaged-app job for forks, on Linux, macOS and Windows runners. Parsed with
// electron-builder's js-yaml; checks the steps the issue asks for, in order, and that the npm script it runs exists.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './electron-install-fixture';

const { load } = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'))('js-yaml') as {
  load(text: string): unknown;
};

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; strategy: { matrix: { os: string[] } }; steps: Step[] }>;
}

const workflow = load(readFileSync(join(REPO, '.github', 'workflows', 'packaged.yml'), 'utf8')) as Workflow;
const jobs = Object.values(workflow.jobs);
const job = jobs[0];
const steps = job?.steps ?? [];
const runs = steps.map((step) => step.run ?? '');
const indexOf = (pattern: RegExp) => runs.findIndex((run) => pattern.test(run));

describe('packaged-app CI workflow', () => {
  it('runs on pushes and pull requests, on a Linux, a macOS and a Windows runner', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(jobs).toHaveLength(1);
    expect(job?.['runs-on']).toBe('${{ matrix.os }}');
    const oses = job?.strategy.matrix.os ?? [];
    expect(oses.some((os) => os.startsWith('ubuntu-'))).toBe(true);
    expect(oses.some((os) => os.startsWith('macos-'))).toBe(true);
    expect(oses.some((os) => os.startsWith('windows-'))).toBe(true);
  });

  it('installs, installs Electron, builds the unpacked app, smoke-tests it, then runs the packaged suite — in that order', () => {
    const order = [
      indexOf(/^npm ci$/),
      indexOf(/^node scripts\/ensure-electron\.mjs\b/),
      indexOf(/^npm run dist -- --dir$/),
      indexOf(/--smoke-test=/),
      indexOf(/npm run test:packaged/),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('runs the app under Xvfb on Linux, with user namespaces allowed for the sandbox', () => {
    const suite = runs[indexOf(/npm run test:packaged/)] ?? '';
    expect(suite).toMatch(/RUNNER_OS" = Linux[\s\S]*xvfb-run [^\n]*npm run test:packaged/);
    expect(runs[indexOf(/--smoke-test=/)]).toMatch(/xvfb-run [^\n]*--smoke-test=/);
    expect(runs.join('\n')).toMatch(/sysctl -w kernel\.apparmor_restrict_unprivileged_userns=0/);
  });

  it('uploads the smoke report and test results even when a step failed', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toBe('always()');
    expect(String(upload?.with?.path)).toMatch(/smoke-report\/[\s\S]*test-results\//);
  });

  it('calls npm scripts that exist', () => {
    const scripts = (
      JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    expect(scripts['test:packaged']).toBe('playwright test -c tests/packaged/playwright.config.ts');
    expect(scripts.dist).toBe('node scripts/dist.mjs');
  });
});
