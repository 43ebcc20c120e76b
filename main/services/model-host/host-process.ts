// How the client sees a host process, independent of fork vs Electron utilityProcess.

export interface HostExitInfo {
  code: number | null;
  signal: string | null;
}

export interface HostProcess {
  postMessage(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (info: HostExitInfo) => void): void;
  /** Kills the process for sure (SIGKILL where available): used for hangs and shutdown. */
  kill(): void;
  /** Optional: the host's stdout/stderr lines, quoted in crash reports (native aborts print there). */
  onOutput?(listener: (line: string) => void): void;
  pid?: number;
}

export interface HostLauncher {
  launch(): HostProcess;
}
