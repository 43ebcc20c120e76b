// `npm test` security gate: runs Electronegativity on the source (main/, preload/, renderer/, package.json)
// and on the built app (out/), writes SARIF reports to test-results/security/, and exits 1 on any high or
// medium finding not on tests/security/electronegativity-allowlist.json. Run: npx tsx tests/security/electronegativity.ts
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateGate, readFindings, summaryLine, validateAllowlist, type Finding } from './sarif-gate';

const ELECTRON_VERSION = '45.4.1';
const ROOT = process.cwd();
const REPORT_DIR = join(ROOT, 'test-results', 'security');
const SCANNED_EXTENSIONS = /\.(?:[cm]?js|jsx|ts|tsx|html?)$/;

interface ToolIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  manualReview: boolean;
}
interface ToolResult {
  issues: ToolIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}
type ToolRunner = (options: Record<string, unknown>, forCli: boolean) => Promise<ToolResult>;

// The package's CLI parses its flags with whatever `commander` is hoisted (it does not declare one, and v10's
// API differs), so it is driven through its runner module instead; the runner is what the CLI calls too.
const runTool = createRequire(import.meta.url)('@doyensec/electronegativity/dist/runner.js') as ToolRunner;

/** Copies the scanned files into one folder so whole-app checks (CSP, navigation limits) see the whole app
 *  at once, and report paths come out relative to the repository root. */
function stage(entries: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'mea-electronegativity-'));
  for (const entry of entries) {
    cpSync(join(ROOT, entry), join(dir, entry), {
      recursive: true,
      dereference: true,
      filter: (source) =>
        !source.includes('node_modules') &&
        (!/\.\w+$/.test(source) || SCANNED_EXTENSIONS.test(source) || source.endsWith('package.json')),
    });
  }
  return dir;
}

/** The tool writes its report with a fire-and-forget fs.writeFile: wait until the whole JSON is there. */
async function readWhenWritten(path: string, timeoutMs = 10_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`no complete SARIF report at ${path}: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** Runs the tool on one staged tree and returns its SARIF, with each result's severity added (see sarif-gate.ts). */
async function scan(name: string, entries: string[]): Promise<Finding[]> {
  const dir = stage(entries);
  const sarifPath = join(REPORT_DIR, `electronegativity-${name}.sarif`);
  rmSync(sarifPath, { force: true });
  try {
    const { issues, errors } = await runTool(
      {
        input: dir,
        output: sarifPath,
        isSarif: true,
        customScan: [],
        excludeFromScan: [],
        isRelative: true,
        isVerbose: false,
        electronVersionOverride: ELECTRON_VERSION,
        parserPlugins: [],
      },
      false,
    );
    const unparsed = errors.filter((error) => !error.tolerable);
    if (unparsed.length > 0) {
      // A file the tool cannot parse is a file it did not check.
      throw new Error(`could not parse ${unparsed.map((e) => `${e.file}: ${e.message}`).join('; ')}`);
    }
    const sarif = (await readWhenWritten(sarifPath)) as { runs: { results: Record<string, unknown>[] }[] };
    const results = sarif.runs[0]?.results ?? [];
    if (results.length !== issues.length)
      throw new Error(`SARIF has ${results.length} results for ${issues.length} issues`);
    // writeIssues() emits one result per issue, in order.
    results.forEach((result, index) => {
      const issue = issues[index] as ToolIssue;
      result.properties = {
        severity: issue.severity.name.toLowerCase(),
        confidence: issue.confidence.name.toLowerCase(),
        manualReview: issue.manualReview,
      };
    });
    writeFileSync(sarifPath, JSON.stringify(sarif, null, 2));
    return readFindings(sarif);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  mkdirSync(REPORT_DIR, { recursive: true });
  const allowlist = validateAllowlist(
    JSON.parse(readFileSync(join(ROOT, 'tests', 'security', 'electronegativity-allowlist.json'), 'utf8')),
  );
  const findings = await scan('source', ['main', 'preload', 'renderer', 'package.json']);
  // The built bundle is what ships (with its dependencies inlined); npm test builds it before this step.
  if (existsSync(join(ROOT, 'out', 'main', 'index.js'))) findings.push(...(await scan('built', ['out'])));
  else console.log('electronegativity: out/ is not built (run `npm run build`), so only the source tree was scanned');

  const result = evaluateGate(findings, allowlist);
  for (const finding of result.findings) {
    const status = result.failing.includes(finding) ? 'FAIL' : result.allowlisted.includes(finding) ? 'allowed' : 'ok';
    console.log(
      `  ${status.padEnd(7)} ${finding.severity.padEnd(13)} ${finding.ruleId} ${finding.file}:${finding.line}`,
    );
  }
  for (const entry of result.unusedAllowlist) {
    console.log(`  note: allowlist entry ${entry.ruleId} ${entry.file} matched nothing; remove it`);
  }
  for (const finding of result.failing) {
    console.log(
      `  FAILING: ${finding.ruleId} (${finding.severity}) at ${finding.file}:${finding.line}: ${finding.message}`,
    );
  }
  console.log(summaryLine(result));
  return result.failing.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `electronegativity: the scan could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(2);
  },
);
