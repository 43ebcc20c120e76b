// The Electronegativity gate: medium/high findings fail unless allowlisted with a reason; broken reports never pass.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  evaluateGate,
  readFindings,
  summaryLine,
  validateAllowlist,
  type AllowlistEntry,
} from '../../../tests/security/sarif-gate';

/** A result shaped like Electronegativity 1.10.3's SARIF, with the severity the runner adds. */
function result(ruleId: string, uri: string, severity: string | undefined, line = 7) {
  return {
    ruleId,
    level: 'warning',
    message: { text: `${ruleId} message` },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line, startColumn: 1 } } }],
    ...(severity === undefined ? {} : { properties: { severity, confidence: 'firm', manualReview: false } }),
  };
}

function sarif(...results: ReturnType<typeof result>[]) {
  return {
    $schema: 'http://json.schemastore.org/sarif-2.1.0',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'Electronegativity', rules: [] } }, results }],
  };
}

const PRELOAD: AllowlistEntry = {
  ruleId: 'PRELOAD_JS_CHECK',
  file: 'main/shell/window.ts',
  reason: 'The preload exposes only the typed contract through contextBridge.',
};

describe('electronegativity gate', () => {
  it('fails on a medium finding that is not on the allowlist', () => {
    const findings = readFindings(sarif(result('AUXCLICK_JS_CHECK', 'main/shell/window.ts', 'medium', 17)));
    const gate = evaluateGate(findings, [PRELOAD]);
    expect(gate.failing).toEqual([
      {
        ruleId: 'AUXCLICK_JS_CHECK',
        file: 'main/shell/window.ts',
        line: 17,
        severity: 'medium',
        message: 'AUXCLICK_JS_CHECK message',
      },
    ]);
    expect(summaryLine(gate)).toBe(
      'electronegativity: 1 findings (high 0, medium 1, low 0, info 0), allowlisted 0, failing 1',
    );
  });

  it('fails on a high finding, and on the same rule in a file the allowlist does not name', () => {
    const gate = evaluateGate(
      readFindings(
        sarif(
          result('LIMIT_NAVIGATION_GLOBAL_CHECK', 'file:///', 'high'),
          result('PRELOAD_JS_CHECK', 'main/shell/other-window.ts', 'medium'),
        ),
      ),
      [PRELOAD],
    );
    expect(gate.failing.map((f) => [f.ruleId, f.file])).toEqual([
      ['LIMIT_NAVIGATION_GLOBAL_CHECK', 'N/A'],
      ['PRELOAD_JS_CHECK', 'main/shell/other-window.ts'],
    ]);
  });

  it('passes allowlisted findings and low or informational ones, and counts each severity', () => {
    const gate = evaluateGate(
      readFindings(
        sarif(
          result('PRELOAD_JS_CHECK', 'main/shell/window.ts', 'medium'),
          result('CSP_GLOBAL_CHECK', 'renderer/index.html', 'low'),
          result('AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK', 'package.json', 'informational'),
        ),
      ),
      [PRELOAD, { ruleId: 'OPEN_EXTERNAL_JS_CHECK', file: 'x.ts', reason: 'an entry that matches nothing at all' }],
    );
    expect(gate.failing).toEqual([]);
    expect(gate.allowlisted).toHaveLength(1);
    expect(gate.unusedAllowlist.map((e) => e.ruleId)).toEqual(['OPEN_EXTERNAL_JS_CHECK']);
    expect(summaryLine(gate)).toBe(
      'electronegativity: 3 findings (high 0, medium 1, low 1, info 1), allowlisted 1, failing 0',
    );
  });

  it('treats a finding without a known severity as high, so an ungraded finding cannot pass', () => {
    const gate = evaluateGate(
      readFindings(sarif(result('NEW_CHECK', 'main/a.ts', undefined), result('X', 'main/b.ts', 'critical'))),
      [],
    );
    expect(gate.counts.high).toBe(2);
    expect(gate.failing).toHaveLength(2);
  });

  it.each([
    ['not an object', 'oops'],
    ['another SARIF version', { version: '1.0.0', runs: [] }],
    ['a run without results', { version: '2.1.0', runs: [{ tool: {} }] }],
    ['a result without ruleId', { version: '2.1.0', runs: [{ results: [{ level: 'warning' }] }] }],
  ])('refuses %s instead of passing it', (_name, log) => {
    expect(() => readFindings(log)).toThrow(/SARIF/);
  });

  it('refuses allowlist entries without a real reason', () => {
    expect(validateAllowlist([PRELOAD])).toEqual([PRELOAD]);
    expect(() => validateAllowlist([{ ruleId: 'PRELOAD_JS_CHECK', file: 'main/shell/window.ts' }])).toThrow(/reason/);
    expect(() => validateAllowlist([{ ...PRELOAD, reason: 'fine' }])).toThrow(/reason/);
    expect(() => validateAllowlist({})).toThrow(/array/);
  });

  it('accepts the project allowlist as it is', () => {
    const raw: unknown = JSON.parse(
      readFileSync(new URL('../../security/electronegativity-allowlist.json', import.meta.url), 'utf8'),
    );
    expect(validateAllowlist(raw).length).toBeLessThanOrEqual(5);
  });
});
