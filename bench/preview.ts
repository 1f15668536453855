import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/**
 * Serves a build of the app (`outDir`, relative to the repo) with `vite preview` on
 * 127.0.0.1:`port` for a bench script, and resolves once `ready` (a path) answers. With `reuse`,
 * a server already answering there is used as it is; otherwise a busy port is an error, so a
 * run never measures some other build. `config` is a Vite config file to use instead of the
 * app's. `stop` ends the server (also done when Node exits).
 */
export async function servePreview(
  outDir: string,
  port: number,
  { ready = '/', reuse = false, config }: { ready?: string; reuse?: boolean; config?: string } = {},
): Promise<{ base: string; stop: () => void }> {
  const base = `http://127.0.0.1:${port}`;
  if (await answers(`${base}/`)) {
    if (reuse) return { base, stop: () => {} };
    throw new Error(`port ${port} is already in use: stop that server or set BENCH_PORT`);
  }
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      ...(config ? ['--config', config] : []),
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  for (let i = 0; i < 150; i++) {
    if (exited) throw new Error(`vite preview exited (port ${port} in use? set BENCH_PORT)`);
    if (await answers(`${base}${ready}`)) return { base, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${base}`);
}
