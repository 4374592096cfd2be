/**
 * `tsx src/build/social/cli.ts`: validates data/ and writes the link-preview cards into
 * dist/social/. (The prerender script calls writeSocialImages itself; this is for trying
 * the cards out on their own.)
 */
import { join, relative } from 'node:path';
import { formatContentErrors } from '../../content/content-error.ts';
import { readContentFiles } from '../../content/read-content-files.ts';
import { validateContent } from '../../content/validate-content.ts';
import { readRegionTopology, writeSocialImages } from './write-social-images.ts';

const root = process.cwd();
const result = validateContent(readContentFiles(root));
if (result.errors.length > 0 || !result.content) {
  console.error(formatContentErrors(result.errors));
  process.exit(1);
}

const written = writeSocialImages({ content: result.content, topology: readRegionTopology(root), outDir: join(root, 'dist') });
for (const image of written) {
  console.log(`${relative(root, image.file)}  ${image.width}×${image.height}  ${(image.bytes / 1024).toFixed(1)} KB`);
}
console.log(`Wrote ${written.length} social images.`);
