import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder, integrityOf, SUMS_FILE } from '../src/build/release-sums.ts';
import { collectProblems } from './page-errors.ts';

/** `sha256sum -c` over a folder, as a mirror operator runs it: exit status and what it printed. */
function check(dir: string): { status: number; output: string } {
  try {
    const out = execFileSync('sha256sum', ['-c', '--quiet', SUMS_FILE], {
      cwd: dir,
      stdio: 'pipe',
    });
    return { status: 0, output: out.toString() };
  } catch (e) {
    const { status, stdout } = e as { status: number; stdout: Buffer };
    return { status, output: stdout.toString() };
  }
}

test('SHA256SUMS covers every published file and sha256sum -c accepts the build', () => {
  const listed = readFileSync(`dist/${SUMS_FILE}`, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => line.slice(66));
  expect(listed).toEqual(filesUnder('dist').filter((f) => f !== SUMS_FILE));
  expect(check('dist')).toEqual({ status: 0, output: '' });
});

test('one changed byte in a copy of the build fails the check, naming the file', () => {
  const copy = mkdtempSync(join(tmpdir(), 'mirror-'));
  try {
    cpSync('dist', copy, { recursive: true });
    const script = readFileSync('dist/index.html', 'utf8').match(
      /src="\/(assets\/[^"]+\.js)"/,
    )![1]!;
    const bytes = readFileSync(join(copy, script));
    bytes[bytes.length - 2] = bytes[bytes.length - 2]! ^ 1;
    writeFileSync(join(copy, script), bytes);
    const { status, output } = check(copy);
    expect(status).not.toBe(0);
    expect(output).toContain(`${script}: FAILED`);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test('every script and stylesheet a site page loads carries the integrity of its file', () => {
  const pages = filesUnder('dist').filter(
    (f) => f.endsWith('.html') && !f.includes('embed/') && !f.includes('download/'),
  );
  expect(pages.length).toBeGreaterThan(20);
  for (const page of pages) {
    const html = readFileSync(join('dist', page), 'utf8');
    const tags = [
      ...html.matchAll(
        /<script\b[^>]*\bsrc="[^"]*"[^>]*>|<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*>/g,
      ),
    ].map((m) => m[0]);
    expect(tags.length, page).toBeGreaterThan(0);
    for (const tag of tags) {
      const file = /(?:src|href)="\/([^"]+)"/.exec(tag)![1]!;
      const integrity = /integrity="([^"]+)"/.exec(tag)?.[1];
      expect(integrity, `${page}: ${tag}`).toBe(integrityOf(readFileSync(join('dist', file))));
    }
  }
});

test('the browser refuses a script that differs from the one the page was built with', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.route('**/assets/index-*.js', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// changed on the way` });
  });
  await page.goto('/');
  await expect.poll(() => problems.join('\n')).toMatch(/integrity/i);
  // Refused, so nothing ran: the page stays the prerendered document.
  await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', '');
});
