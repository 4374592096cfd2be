import { expect, test } from '@playwright/test';
import { content, slugs } from './story-content.ts';

/** Reads a PNG's width and height from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const metaContent = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

for (const slug of slugs) {
  test(`/s/${slug}/ carries link-preview tags with absolute URLs and a real 1200×630 image`, async ({ request }) => {
    const html = await (await request.get(`/s/${slug}/`)).text();
    const section = content.sections.find((s) => s.slug === slug)!;
    for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'og:type', 'og:site_name', 'twitter:card', 'twitter:title', 'twitter:image']) {
      expect(metaContent(html, key), key).toBeTruthy();
    }
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(html, 'og:title')?.replace(/&#39;/g, "'")).toContain(section.title);
    const url = metaContent(html, 'og:url')!;
    expect(url).toMatch(new RegExp(`^https?://[^/]+/s/${slug}/$`));
    expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]).toBe(url);
    // A player card: the section's embed on the same origin, for consumers that show it in place.
    expect(metaContent(html, 'twitter:player')).toBe(`${new URL(url).origin}/embed/${slug}/`);
    expect(metaContent(html, 'twitter:player:width')).toBe('600');
    expect(metaContent(html, 'twitter:player:height')).toBe('1000');

    const image = metaContent(html, 'og:image')!;
    expect(image).toMatch(/^https?:\/\/[^/]+\/social\/[a-z0-9-]+\.png$/);
    // The image exists on this site (fetched by path: the build's origin may be a public one).
    const response = await request.get(new URL(image).pathname);
    expect(response.status()).toBe(200);
    const bytes = await response.body();
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(bytes.length).toBeLessThan(300 * 1024);
  });

  test(`/oembed/${slug}.json is a valid rich oEmbed and the section pages link to it`, async ({ request }) => {
    const response = await request.get(`/oembed/${slug}.json`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/application\/json/);
    const doc = await response.json();
    // Required by the oEmbed spec for type "rich": version, type, html, width, height.
    expect(doc).toMatchObject({ version: '1.0', type: 'rich' });
    expect(typeof doc.html).toBe('string');
    expect(Number.isInteger(doc.width) && Number.isInteger(doc.height)).toBe(true);
    expect(doc.html).toMatch(new RegExp(`<iframe src="https?://[^"]+/embed/${slug}/"`));
    // thumbnail_* come as a set.
    expect(doc.thumbnail_url && doc.thumbnail_width && doc.thumbnail_height).toBeTruthy();
    for (const page of [`/s/${slug}/`, `/embed/${slug}/`]) {
      const html = await (await request.get(page)).text();
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
      expect(link).toMatch(new RegExp(`/oembed/${slug}\\.json$`));
    }
  });
}

test('the story page has its own preview image', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const image = metaContent(html, 'og:image')!;
  const bytes = await (await request.get(new URL(image).pathname)).body();
  expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
});
