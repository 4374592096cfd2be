/**
 * Starts the project's `npx tsx src/build/serve.ts` on a free port (serving `dist/` of the
 * directory it runs in) and stops it again. The server runs in its own process group so that
 * stopping it also stops the node process npx starts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface StaticServer {
  origin: string;
  /** Null while the server runs; its exit code and last output once it has died. */
  died: () => string | null;
  stop: () => Promise<void>;
}

/** A port the OS says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('could not find a free port'))));
    });
  });
}

function status(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(0);
    });
  });
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
      return resolve();
    const pid = child.pid;
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve();
    }, 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

/** `root` is the project (for serve.ts), `cwd` the directory whose `dist/` is served. */
export async function startStaticServer(
  root: string,
  cwd: string,
  timeoutMs = 60_000,
): Promise<StaticServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // Served at the root: the measured addresses have no base path.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1' };
  delete env.BASE_PATH;
  const child = spawn('npx', ['tsx', join(root, 'src/build/serve.ts')], {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  let spawnError: Error | undefined;
  child.on('error', (e) => (spawnError = e));
  const stop = () => stopGroup(child);

  // Stop the server however this process ends.
  const onExit = () => {
    if (child.pid !== undefined && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  process.once('exit', onExit);

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (spawnError) throw new Error(`could not start the static server: ${spawnError.message}`);
    if (child.exitCode !== null)
      throw new Error(`the static server exited (code ${child.exitCode}):\n${output}`);
    if ((await status(`${origin}/`)) === 200) {
      return {
        origin,
        died: () =>
          child.exitCode === null && child.signalCode === null
            ? null
            : `exit ${child.exitCode ?? child.signalCode}: ` +
              `${output.trim().split('\n').slice(-3).join(' / ')}`,
        stop: async () => {
          process.removeListener('exit', onExit);
          await stop();
        },
      };
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(
    `the static server did not answer on ${origin} within ${timeoutMs / 1000} s:\n${output}`,
  );
}
