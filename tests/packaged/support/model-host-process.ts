// Finds the model host among the app's processes: the utilityProcess Electron starts for it runs with
// --utility-sub-type=node.mojom.NodeService, and the app starts no other Node utility process.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const NODE_SERVICE = 'node.mojom.NodeService';

interface ProcessRow {
  pid: number;
  ppid: number;
  command: string;
}

async function listProcesses(): Promise<ProcessRow[]> {
  if (process.platform === 'win32') {
    const script =
      'Get-CimInstance Win32_Process | Select-Object ProcessId,ParentProcessId,CommandLine | ConvertTo-Json -Compress';
    const { stdout } = await run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const rows = JSON.parse(stdout) as { ProcessId: number; ParentProcessId: number; CommandLine: string | null }[];
    return rows.map((row) => ({ pid: row.ProcessId, ppid: row.ParentProcessId, command: row.CommandLine ?? '' }));
  }
  // -ww: never cut the command line (macOS cuts it to the terminal width otherwise).
  const { stdout } = await run('ps', ['-ww', '-A', '-o', 'pid=', '-o', 'ppid=', '-o', 'args='], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ pid: Number(match[1]), ppid: Number(match[2]), command: match[3] ?? '' }));
}

/** The app's Node utility processes (descendants of `appPid` started by utilityProcess.fork), and the app's whole tree. */
async function nodeServices(appPid: number): Promise<{ hosts: ProcessRow[]; tree: ProcessRow[] }> {
  const rows = await listProcesses();
  const descendants = new Set([appPid]);
  // Parents do not reliably come before their children in either listing: repeat until nothing new is found.
  for (let grew = true; grew;) {
    grew = false;
    for (const row of rows) {
      if (descendants.has(row.ppid) && !descendants.has(row.pid)) {
        descendants.add(row.pid);
        grew = true;
      }
    }
  }
  const tree = rows.filter((row) => descendants.has(row.pid));
  return { hosts: tree.filter((row) => row.pid !== appPid && row.command.includes(NODE_SERVICE)), tree };
}

/**
 * The pid of the app's model host. Main also starts short-lived Node utility processes of its own (the
 * llama binary test it runs for the host), so this waits until exactly one is left; throws, listing the
 * app's processes, if that does not happen within `timeoutMs`.
 */
export async function modelHostPid(appPid: number, timeoutMs = 15_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const { hosts, tree } = await nodeServices(appPid);
    if (hosts.length === 1) return hosts[0]!.pid;
    if (Date.now() - started > timeoutMs) {
      const listing = tree.map((row) => `${row.pid}: ${row.command.slice(0, 160)}`).join('\n');
      throw new Error(`expected one ${NODE_SERVICE} process under ${appPid}, found ${hosts.length}:\n${listing}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
