/**
 * Node-only, build time: renders the link-preview cards with resvg and writes them as PNGs,
 * `<outDir>/social/<slug>.png` for every section and `<outDir>/social/story.png` for the
 * story. Latin is drawn with DejaVu's fonts, CJK with the subset of its edition's face the cards
 * need (card-fonts.ts). Deterministic: the same content, geometry and fonts give the
 * same bytes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { legendItems } from '../../components/map/legend-items.ts';
import type { Content } from '../../content/content-types.ts';
import type { MapView } from '../../content/schema.ts';
import { asRegionTopology } from '../../geo/load-topology.ts';
import type { RegionTopology } from '../../geo/types.ts';
import type { WorldGeometry } from '../../geo/world-geometry.ts';
import { mapNames } from '../../components/map/map-names.ts';
import { worldForContent } from '../../components/map/world-for-content.ts';
import { cjkSubsets, withFontFiles } from './card-fonts.ts';
import { SOCIAL_IMAGE, socialImageSvg } from './social-image-svg.tsx';

/** Link previews heavier than this load slowly or get dropped by some platforms. */
export const MAX_SOCIAL_IMAGE_BYTES = 300 * 1024;

/** One written card. */
export interface SocialImageFile {
  /** Path of the PNG written (`<outDir>/social/<name>.png`). */
  file: string;
  bytes: number;
  width: number;
  height: number;
}

/** One card to draw: `name` is the file name without `.png`. */
export interface SocialImageJob {
  name: string;
  kicker: string;
  title: string;
  view: MapView;
}

/** The cards of a story: the whole story first, then each section in story order. */
export function socialImageJobs(content: Content): SocialImageJob[] {
  const first = content.sections[0]?.steps[0];
  if (!first) throw new Error('social images: the story has no section with a step');
  return [
    { name: 'story', kicker: content.story.kicker, title: content.story.title, view: first.map },
    ...content.sections.map((section) => {
      const step = section.steps[0];
      if (!step) throw new Error(`social images: section "${section.slug}" has no step`);
      return {
        name: section.slug,
        kicker: content.story.kicker,
        title: section.title,
        view: step.map,
      };
    }),
  ];
}

/** The world the cards draw: the same projection, places and routes as the app's map. */
export function socialWorld(content: Content, topology: RegionTopology): WorldGeometry {
  return worldForContent(content, topology);
}

/** Reads and checks `data/geo/region.topo.json` under `root`. */
export function readRegionTopology(root: string): RegionTopology {
  return asRegionTopology(
    JSON.parse(readFileSync(join(root, 'data/geo/region.topo.json'), 'utf8')),
  );
}

/**
 * The DejaVu faces the cards use (Sans Book, Bold and Oblique, Serif Bold), where Debian's and
 * Ubuntu's fonts-dejavu-core and fonts-dejavu-extra packages put them.
 */
export const DEJAVU_FILES = ['Sans', 'Sans-Bold', 'Sans-Oblique', 'Serif-Bold'].map(
  (face) => `/usr/share/fonts/truetype/dejavu/DejaVu${face}.ttf`,
);

/**
 * Renders an SVG to PNG at its own size with DejaVu and, when given, the font files (the
 * cards' Korean subsets). No system fonts: an installed font never changes a card, and never
 * stands in for the subsets, which keep Noto Sans KR's family name.
 *
 * @throws Error when a DejaVu file is missing (resvg would draw no text).
 */
export function renderPng(
  svg: string,
  fontFiles: readonly string[] = [],
): { png: Buffer; width: number; height: number } {
  const missing = DEJAVU_FILES.find((file) => !existsSync(file));
  if (missing)
    throw new Error(`social images: no ${missing} (install fonts-dejavu-core, fonts-dejavu-extra)`);
  const image = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: {
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      fontFiles: [...DEJAVU_FILES, ...fontFiles],
    },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  }).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const ihdr = String.fromCharCode(...png.subarray(12, 16));
  if (png.length < 24 || signature.some((b, i) => png[i] !== b) || ihdr !== 'IHDR')
    throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** What `writeSocialImages` draws from, and where it writes. */
export interface SocialImagesInput {
  /** One locale's content: the cards say what it says. */
  content: Content;
  topology: RegionTopology;
  /** The cards go to `<outDir>/social/`: one outDir per locale. */
  outDir: string;
  /**
   * BCP 47 language of `content` ("ko"): marks each SVG (`lang`, `xml:lang`) and picks its
   * font-family lists.
   */
  lang?: string;
}

/** Every card of a story as SVG, in `socialImageJobs` order. */
export function socialImageSvgs({
  content,
  topology,
  lang,
}: Omit<SocialImagesInput, 'outDir'>): { job: SocialImageJob; svg: string }[] {
  const world = socialWorld(content, topology);
  const names = mapNames(content);
  return socialImageJobs(content).map((job) => ({
    job,
    svg: socialImageSvg({
      kicker: job.kicker,
      title: job.title,
      siteName: content.ui.siteName,
      view: job.view,
      world,
      names,
      legend: legendItems(job.view, content),
      ...(lang === undefined ? {} : { lang }),
    }),
  }));
}

/**
 * Writes every card into `<outDir>/social/`. Call it once per locale, with that locale's
 * content, its own outDir and its `lang`.
 *
 * @throws Error when a card does not come out 1200×630 or weighs 300 KB or more, or draws a
 * character no font of the card has.
 */
export async function writeSocialImages({
  content,
  topology,
  outDir,
  lang,
}: SocialImagesInput): Promise<SocialImageFile[]> {
  const cards = socialImageSvgs({ content, topology, ...(lang === undefined ? {} : { lang }) });
  const dir = join(outDir, 'social');
  mkdirSync(dir, { recursive: true });
  return withFontFiles(await cjkSubsets(cards.map((c) => c.svg)), (fontFiles) =>
    cards.map(({ job, svg }) => {
      const { png } = renderPng(svg, fontFiles);
      const { width, height } = pngSize(png);
      if (width !== SOCIAL_IMAGE.width || height !== SOCIAL_IMAGE.height) {
        throw new Error(
          `social image ${job.name}.png came out ${width}×${height}, not ` +
            `${SOCIAL_IMAGE.width}×${SOCIAL_IMAGE.height}`,
        );
      }
      if (png.length >= MAX_SOCIAL_IMAGE_BYTES) {
        throw new Error(
          `social image ${job.name}.png weighs ${Math.round(png.length / 1024)} KB, over the ` +
            `${MAX_SOCIAL_IMAGE_BYTES / 1024} KB limit`,
        );
      }
      const file = join(dir, `${job.name}.png`);
      writeFileSync(file, png);
      return { file, bytes: png.length, width, height };
    }),
  );
}
