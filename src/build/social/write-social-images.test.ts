import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../content/read-content-files.ts';
import { validateContent } from '../../content/validate-content.ts';
import {
  MAX_SOCIAL_IMAGE_BYTES,
  pngSize,
  readRegionTopology,
  writeSocialImages,
} from './write-social-images.ts';

const root = process.cwd();
const { content } = validateContent(readContentFiles(root));
if (!content) throw new Error('data/ does not validate: run npm run check:content');
const topology = readRegionTopology(root);
const outDir = mkdtempSync(join(tmpdir(), 'social-images-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Width and height as the PNG's IHDR chunk states them, read independently of pngSize. */
function ihdr(png: Buffer): [number, number] {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

const written = await writeSocialImages({ content, topology, outDir });

describe('writeSocialImages', () => {
  it('writes story.png and one PNG per section', () => {
    const expected = ['story', ...content.sections.map((s) => s.slug)].map((name) =>
      join(outDir, 'social', `${name}.png`),
    );
    expect(written.map((w) => w.file)).toEqual(expected);
  });

  it.each(['story', ...content.sections.map((s) => s.slug)])(
    '%s.png is 1200×630 and under 300 KB',
    (name) => {
      const png = readFileSync(join(outDir, 'social', `${name}.png`));
      expect(ihdr(png)).toEqual([1200, 630]);
      expect(png.length).toBeLessThan(300 * 1024);
      expect(png.length).toBeLessThan(MAX_SOCIAL_IMAGE_BYTES);
      const entry = written.find((w) => w.file.endsWith(`/${name}.png`));
      expect(entry).toEqual({
        file: join(outDir, 'social', `${name}.png`),
        bytes: png.length,
        width: 1200,
        height: 630,
      });
    },
  );

  it('renders the same bytes every time', async () => {
    const again = mkdtempSync(join(tmpdir(), 'social-images-'));
    try {
      await writeSocialImages({ content, topology, outDir: again });
      for (const name of ['story', content.sections[0]!.slug]) {
        expect(
          readFileSync(join(again, 'social', `${name}.png`)).equals(
            readFileSync(join(outDir, 'social', `${name}.png`)),
          ),
        ).toBe(true);
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});

describe('pngSize', () => {
  it('reads the IHDR and rejects what is not a PNG', () => {
    const png = readFileSync(join(outDir, 'social', 'story.png'));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(() => pngSize(Buffer.from('not a png at all, really not'))).toThrow('not a PNG');
  });
});
