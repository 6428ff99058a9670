import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

// Starts the demo as `npm start` does (the built packages; `npm test` builds first) as a
// child process on a free port (PORT=0), and reads the origin it prints. Shared by the
// HTTP test and the browser (end-to-end) test.
const SERVER = fileURLToPath(new URL('./server.mjs', import.meta.url));
const running = new Set<ChildProcess>();

export interface RunningDemo {
  /** e.g. `http://localhost:41234` */
  origin: string;
  /** Stops the server (SIGTERM) and waits for it to exit. */
  stop: () => Promise<void>;
}

/** Options of {@link startDemo}. */
export interface StartDemoOptions {
  /**
   * More environment variables for the server (`OPENRESET_DEMO_ALLOWED_ORIGINS`, ...).
   * @default {}
   */
  env?: Record<string, string>;
}

/** Starts the demo on `dataDir` (its OPENRESET_DATA_DIR); rejects if it exits first. */
export async function startDemo(
  dataDir: string,
  options: StartDemoOptions = {},
): Promise<RunningDemo> {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, ...options.env, PORT: '0', OPENRESET_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.add(child);
  child.on('exit', () => running.delete(child));
  const origin = await new Promise<string>((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`the demo exited with ${code}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const match = /on (http:\/\/\S+?)\/ /.exec(line);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
  });
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Kills every demo this process started that still runs (for `afterAll`, after a failure). */
export function killDemos(): void {
  for (const child of running) child.kill('SIGKILL');
}
