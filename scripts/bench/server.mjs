// @ts-check
/** Starts scripts/serve-dist.mjs (gzip, like production) and resolves once it listens. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * @param {number} port
 * @param {string} [dir] another build directory than dist/
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
export function startServer(port, dir) {
  const extra = dir ? ['--dir', dir] : [];
  const child = spawn(
    process.execPath,
    ['scripts/serve-dist.mjs', '--port', String(port), ...extra],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve-dist exited (code ${code})`)));
    child.stdout?.on('data', (chunk) => {
      if (String(chunk).includes('serving')) {
        resolve({ url: `http://127.0.0.1:${port}`, stop: () => child.kill() });
      }
    });
  });
}
