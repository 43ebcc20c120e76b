// Reads an Electronegativity SARIF report and decides the security gate: any high or medium finding that is
// not on the allowlist fails it. Pure (no file or process access), so a unit test can feed it fixtures.

export type Severity = 'high' | 'medium' | 'low' | 'informational';

export interface Finding {
  ruleId: string;
  /** Path relative to the repository root, or "N/A" for whole-app findings (e.g. "no CSP anywhere"). */
  file: string;
  line: number;
  severity: Severity;
  message: string;
}

export interface AllowlistEntry {
  ruleId: string;
  file: string;
  /** Why this finding is a false positive or an accepted, reviewed design. */
  reason: string;
}

export interface GateResult {
  findings: Finding[];
  counts: Record<Severity, number>;
  allowlisted: Finding[];
  failing: Finding[];
  /** Allowlist entries that matched nothing: candidates for removal. */
  unusedAllowlist: AllowlistEntry[];
}

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'informational'];
const BLOCKING: ReadonlySet<Severity> = new Set(['high', 'medium']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The tool's own SARIF has no severity (its `level` only says "note" for manual-review items and
 * "warning" otherwise), so the runner copies each issue's severity into `properties.severity`.
 * A result without a recognisable severity counts as high: a finding we cannot grade must not pass silently.
 */
export function severityOf(result: Record<string, unknown>): Severity {
  const properties = isRecord(result.properties) ? result.properties : {};
  const raw = typeof properties.severity === 'string' ? properties.severity.toLowerCase() : '';
  return (SEVERITIES as readonly string[]).includes(raw) ? (raw as Severity) : 'high';
}

/** Throws on anything that is not a SARIF 2.1.0 log with runs[].results[], so a broken report never passes. */
export function readFindings(sarif: unknown): Finding[] {
  if (!isRecord(sarif) || sarif.version !== '2.1.0' || !Array.isArray(sarif.runs)) {
    throw new Error('not a SARIF 2.1.0 log (expected {"version": "2.1.0", "runs": [...]})');
  }
  return sarif.runs.flatMap((run: unknown, runIndex: number) => {
    if (!isRecord(run) || !Array.isArray(run.results)) throw new Error(`SARIF run ${runIndex} has no results array`);
    return run.results.map((result: unknown, index: number): Finding => {
      if (!isRecord(result) || typeof result.ruleId !== 'string') {
        throw new Error(`SARIF run ${runIndex} result ${index} has no ruleId`);
      }
      const location = Array.isArray(result.locations) && isRecord(result.locations[0]) ? result.locations[0] : {};
      const physical = isRecord(location.physicalLocation) ? location.physicalLocation : {};
      const artifact = isRecord(physical.artifactLocation) ? physical.artifactLocation : {};
      const region = isRecord(physical.region) ? physical.region : {};
      const message = isRecord(result.message) && typeof result.message.text === 'string' ? result.message.text : '';
      return {
        ruleId: result.ruleId,
        file: typeof artifact.uri === 'string' && artifact.uri !== 'file:///' ? artifact.uri : 'N/A',
        line: typeof region.startLine === 'number' ? region.startLine : 0,
        severity: severityOf(result),
        message,
      };
    });
  });
}

function matches(entry: AllowlistEntry, finding: Finding): boolean {
  return entry.ruleId === finding.ruleId && entry.file === finding.file;
}

/** Every allowlist entry needs a rule, a file and a real reason; a bare entry would hide findings unexplained. */
export function validateAllowlist(entries: unknown): AllowlistEntry[] {
  if (!Array.isArray(entries)) throw new Error('the allowlist must be a JSON array');
  return entries.map((entry: unknown, index: number) => {
    if (
      !isRecord(entry) ||
      typeof entry.ruleId !== 'string' ||
      typeof entry.file !== 'string' ||
      typeof entry.reason !== 'string' ||
      entry.reason.trim().length < 20
    ) {
      throw new Error(`allowlist entry ${index} needs "ruleId", "file" and a "reason" of at least 20 characters`);
    }
    return { ruleId: entry.ruleId, file: entry.file, reason: entry.reason };
  });
}

export function evaluateGate(findings: Finding[], allowlist: AllowlistEntry[]): GateResult {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0, informational: 0 };
  const allowlisted: Finding[] = [];
  const failing: Finding[] = [];
  for (const finding of findings) {
    counts[finding.severity] += 1;
    if (allowlist.some((entry) => matches(entry, finding))) allowlisted.push(finding);
    else if (BLOCKING.has(finding.severity)) failing.push(finding);
  }
  const unusedAllowlist = allowlist.filter((entry) => !findings.some((finding) => matches(entry, finding)));
  return { findings, counts, allowlisted, failing, unusedAllowlist };
}

export function summaryLine(result: GateResult): string {
  const { counts } = result;
  return (
    `electronegativity: ${result.findings.length} findings (high ${counts.high}, medium ${counts.medium}, ` +
    `low ${counts.low}, info ${counts.informational}), allowlisted ${result.allowlisted.length}, ` +
    `failing ${result.failing.length}`
  );
}
