import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** Stylesheets are outside ESLint's `max-len`: the same 100 columns, checked here. */
it('keeps every stylesheet line within 100 columns', () => {
  const dir = join(process.cwd(), 'src/styles');
  const long = readdirSync(dir)
    .filter((name) => name.endsWith('.css'))
    .flatMap((name) =>
      readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.length > 100 ? [`${name}:${i + 1}`] : [])),
    );
  expect(long).toEqual([]);
});
