// Global teardown of the audit: merges the per-state records into test-results/a11y/summary.{json,md}
// and prints the markdown.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { A11Y_DIR, EXPECTED_STATES, IMPACTS, RECORDS_DIR, type StateRecord } from './support/records';

function readRecords(): StateRecord[] {
  if (!existsSync(RECORDS_DIR)) return [];
  const records = readdirSync(RECORDS_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(RECORDS_DIR, name), 'utf8')) as StateRecord);
  const order = (state: string) => {
    const index = EXPECTED_STATES.findIndex((expected) => expected.state === state);
    return index === -1 ? EXPECTED_STATES.length : index;
  };
  return records.sort((a, b) => order(a.state) - order(b.state));
}

interface RuleTotal {
  id: string;
  impact: string;
  states: Set<string>;
  runs: number;
  nodes: number;
}

function ruleTotals(records: StateRecord[]): RuleTotal[] {
  const totals = new Map<string, RuleTotal>();
  for (const record of records)
    for (const run of record.axe)
      for (const rule of run.rules) {
        const total = totals.get(rule.id) ?? { id: rule.id, impact: rule.impact, states: new Set(), runs: 0, nodes: 0 };
        total.states.add(record.state);
        total.runs += 1;
        total.nodes += rule.nodes;
        totals.set(rule.id, total);
      }
  return [...totals.values()].sort((a, b) => b.runs - a.runs || b.nodes - a.nodes);
}

function markdown(records: StateRecord[], missing: string[]): string {
  const lines: string[] = [];
  const runs = records.flatMap((record) => record.axe);
  const sum = (impact: (typeof IMPACTS)[number]) => runs.reduce((n, run) => n + run.counts[impact], 0);
  lines.push('## Violations by impact (axe-core, tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa)', '');
  lines.push(
    `${records.filter((r) => r.opened).length} states × 2 schemes × 2 sizes = ${runs.length} axe runs; ` +
      `violated rules summed over runs: ${IMPACTS.map((impact) => `${sum(impact)} ${impact}`).join(', ')}.`,
    '',
  );
  lines.push('| State | Kind | Scheme | Size | Critical | Serious | Moderate | Minor | Rule ids (nodes) |');
  lines.push('|---|---|---|---|---:|---:|---:|---:|---|');
  for (const record of records) {
    if (!record.opened) {
      lines.push(`| ${record.state} | ${record.kind} | – | – | – | – | – | – | NOT OPENED: ${record.error ?? ''} |`);
      continue;
    }
    for (const run of record.axe) {
      const rules = run.rules.map((rule) => `${rule.id} (${rule.nodes})`).join(', ') || '–';
      const counts = IMPACTS.map((impact) => run.counts[impact]).join(' | ');
      lines.push(`| ${record.state} | ${record.kind} | ${run.scheme} | ${run.size} | ${counts} | ${rules} |`);
    }
  }
  lines.push('', '## Rules, most frequent first', '');
  lines.push('| Rule id | Impact | Runs | Nodes (summed over runs) | States |');
  lines.push('|---|---|---:|---:|---|');
  for (const rule of ruleTotals(records))
    lines.push(`| ${rule.id} | ${rule.impact} | ${rule.runs} | ${rule.nodes} | ${[...rule.states].join('; ')} |`);
  lines.push('', '## Horizontal overflow (px, light scheme)', '');
  lines.push(
    'document = document.scrollingElement.scrollWidth - clientWidth; beyond = the widest visible element ' +
      "past the viewport's right edge (including content inside scroll or clip boxes). " +
      '200% = a 640×400 CSS viewport at deviceScaleFactor 2 (the layout of a 1280×800 window zoomed to 200%).',
    '',
  );
  lines.push(
    '| State | 720×480 document | 720×480 beyond | 720×480 beyond, header left out | 200% document | 200% beyond | ' +
      '200% beyond, header left out | Widest at 200% | Widest at 200%, header left out |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---|---|');
  for (const record of records.filter((r) => r.opened)) {
    const at = (where: string) => record.overflow.find((o) => o.at === where);
    const px = (where: string, key: 'documentPx' | 'beyondViewportPx' | 'contentBeyondPx') =>
      String(at(where)?.[key] ?? '–');
    const code = (text: string | undefined) => (text ? `\`${text}\`` : '–');
    lines.push(
      `| ${record.state} | ${px('720x480', 'documentPx')} | ${px('720x480', 'beyondViewportPx')} | ` +
        `${px('720x480', 'contentBeyondPx')} | ${px('200%', 'documentPx')} | ${px('200%', 'beyondViewportPx')} | ` +
        `${px('200%', 'contentBeyondPx')} | ${code(at('200%')?.widest)} | ${code(at('200%')?.contentWidest)} |`,
    );
  }
  if (missing.length > 0) lines.push('', `Not reached (the spec stopped before them): ${missing.join('; ')}.`);
  return lines.join('\n') + '\n';
}

export default async function summarize(): Promise<void> {
  const records = readRecords();
  if (records.length === 0) return;
  const seen = new Set(records.map((record) => record.state));
  const missing = EXPECTED_STATES.filter((expected) => !seen.has(expected.state)).map((expected) => expected.state);
  const table = markdown(records, missing);
  mkdirSync(A11Y_DIR, { recursive: true });
  writeFileSync(
    join(A11Y_DIR, 'summary.json'),
    JSON.stringify({ generatedAt: new Date().toISOString(), states: records, notReached: missing }, null, 2),
  );
  writeFileSync(join(A11Y_DIR, 'summary.md'), table);
  console.log(`\n${table}`);
}
