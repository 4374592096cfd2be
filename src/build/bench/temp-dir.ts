import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A fresh directory under .bench/ for this process (`<name>-<pid>`), removed when the process
 * exits or when `remove` is called: the site copy and the no-script floor both live in one.
 */
export function benchTempDir(root: string, name: string): { dir: string; remove: () => void } {
  const dir = join(root, '.bench', `${name}-${process.pid}`);
  const remove = () => {
    process.removeListener('exit', remove);
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', remove);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return { dir, remove };
}
