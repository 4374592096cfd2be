import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { integrityOf, SUMS_FILE, writeSha256Sums } from './release-sums.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function release(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sums-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'ko', 's', 'a b'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><p>story</p>');
  writeFileSync(join(dir, 'assets', 'index-1.js'), 'console.log(1)');
  writeFileSync(join(dir, 'ko', 's', 'a b', 'index.html'), '<p>한국어</p>');
  return dir;
}

/** `sha256sum -c` as a mirror operator runs it, in the folder: its exit status. */
function check(dir: string): number {
  try {
    execFileSync('sha256sum', ['-c', '--quiet', SUMS_FILE], { cwd: dir, stdio: 'pipe' });
    return 0;
  } catch (e) {
    return (e as { status: number }).status;
  }
}

describe('SHA256SUMS', () => {
  it('lists every file but itself, sorted, in the format sha256sum -c reads', () => {
    const dir = release();
    expect(writeSha256Sums(dir)).toBe(3);
    const lines = readFileSync(join(dir, SUMS_FILE), 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => l.slice(66))).toEqual([
      'assets/index-1.js',
      'index.html',
      'ko/s/a b/index.html',
    ]);
    const hex = createHash('sha256').update('<!doctype html><p>story</p>').digest('hex');
    expect(lines[1]).toBe(`${hex}  index.html`);
    expect(check(dir)).toBe(0);
  });

  it('fails the check when one byte of a published file changes', () => {
    const dir = release();
    writeSha256Sums(dir);
    const file = join(dir, 'assets', 'index-1.js');
    const bytes = readFileSync(file);
    bytes[0] = bytes[0]! ^ 1;
    writeFileSync(file, bytes);
    expect(check(dir)).not.toBe(0);
  });
});

describe('integrity', () => {
  it('is the SHA-384 of the bytes, base64, as browsers check it', () => {
    // The SRI spec's own example digest input "alert('Hello, world.');".
    expect(integrityOf(new TextEncoder().encode("alert('Hello, world.');"))).toBe(
      'sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO',
    );
  });
});
