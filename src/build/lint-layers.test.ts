import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The house's layer rules, as `npm run lint` applies them (eslint.config.js): code written into
 * a file of one folder is checked as if it lived there.
 */
const eslint = new ESLint({ cwd: process.cwd() });
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules', () => {
  it('let a folder import downhill', async () => {
    expect(
      await problems(
        'src/components/layout/x.ts',
        "import { formatAddress } from '../../address/address.ts';\nexport const a = " +
          'formatAddress;\n',
      ),
    ).toEqual([]);
  });

  it('refuse an import uphill, from the entry files, or from the build', async () => {
    for (const [file, from] of [
      ['src/components/layout/x.ts', '../../routes/page-meta.ts'],
      ['src/geo/x.ts', '../content/schema.ts'],
      ['src/address/x.ts', '../embed/oembed.ts'],
      ['src/content/x.ts', '../provenance/travel-graph.ts'],
      ['src/routes/x.ts', '../app.tsx'],
      ['src/embed/x.ts', '../build/serve.ts'],
    ] as const) {
      const found = await problems(file, `import * as m from '${from}';\nexport const a = m;\n`);
      expect(found, `${file} importing ${from}`).toHaveLength(1);
      expect(found[0]).toMatch(/^no-restricted-imports: /);
    }
  });

  it('keep React out of pure files', async () => {
    for (const file of ['src/geo/x.ts', 'src/address/x.ts', 'src/scroll/pick-active.ts']) {
      const code = "import { useState } from 'react';\nexport const a = useState;\n";
      const found = await problems(file, code);
      expect(found.join('\n'), file).toMatch(/Pure files/);
    }
  });

  it('keep react-router and address parsing out of browser code', async () => {
    for (const [file, from] of [
      ['src/components/layout/x.ts', '../../address/parse-address.ts'],
      ['src/routes/x.ts', 'react-router'],
      ['src/address/x.ts', './parse-address.ts'],
      ['src/entry-x.tsx', 'react-router'],
    ] as const) {
      const found = await problems(file, `import * as m from '${from}';\nexport const a = m;\n`);
      expect(found.join('\n'), `${file} importing ${from}`).toMatch(/never parses an address/);
    }
    const server =
      "import { parseAddress } from './address/parse-address.ts';\nexport const a = 1;\n";
    expect(await problems('src/entry-server.tsx', server + 'export { parseAddress };\n')).toEqual(
      [],
    );
  });

  it('refuse an import cycle', async () => {
    // address.ts imports page-kinds.ts: page-kinds.ts importing address.ts would close a circle.
    const found = await problems(
      'src/address/page-kinds.ts',
      "import { formatAddress } from './address.ts';\nexport const a = formatAddress;\n",
    );
    expect(found.join('\n')).toMatch(/^import-x\/no-cycle: /m);
  });
});
