import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * `npm run build:publish` refuses an origin nobody else can reach, before building anything
 * (its first step is the check), with a message that names SITE_ORIGIN and shows an example.
 * `npm run build` (used by `npm start` and the tests) needs no setting.
 */
const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;

test('the build checks its origin first, and only build:publish insists on a public one', () => {
  expect(scripts.build).toMatch(/^tsx src\/build\/check-site-origin\.ts && /);
  expect(scripts['build:publish']).toBe('PUBLISH=1 npm run build');
  expect(scripts.start).toBe('npm run build && npm run serve');
});

for (const origin of [
  undefined,
  'http://127.0.0.1:4173',
  'https://localhost',
  'https://explainer.example.org:8443',
]) {
  test(
    `npm run build:publish with SITE_ORIGIN ${origin ?? 'unset'} exits non-zero and says how ` +
      `to set it`,
    () => {
      const env = { ...process.env };
      delete env.PUBLISH;
      delete env.SITE_ORIGIN;
      if (origin) env.SITE_ORIGIN = origin;
      const run = spawnSync('npm', ['run', 'build:publish'], {
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain(origin ? `SITE_ORIGIN "${origin}"` : 'SITE_ORIGIN is not set');
      expect(run.stderr).toContain(
        'e.g. SITE_ORIGIN=https://explainer.example.org npm run build:publish',
      );
      // Stopped before building: no other build step ran.
      expect(run.stdout + run.stderr).not.toMatch(/building client environment|Prerendered/);
    },
  );
}
