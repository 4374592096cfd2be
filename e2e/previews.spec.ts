import { expect, test } from '@playwright/test';
import { content, editions, prefixOf, slugs } from './story-content.ts';

/** Reads a PNG's width and height from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const metaContent = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

for (const slug of slugs) {
  test(`/s/${slug}/ carries preview tags with absolute URLs and a real 1200×630 image`, async ({
    request,
  }) => {
    const html = await (await request.get(`/s/${slug}/`)).text();
    const section = content.sections.find((s) => s.slug === slug)!;
    for (const key of [
      'og:title',
      'og:description',
      'og:url',
      'og:image',
      'og:image:alt',
      'og:type',
      'og:site_name',
      'twitter:card',
    ]) {
      expect(metaContent(html, key), key).toBeTruthy();
    }
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
    // X falls back to og:title and og:image: written once (document.tsx).
    expect(metaContent(html, 'twitter:title')).toBeUndefined();
    expect(metaContent(html, 'og:title')?.replace(/&#x27;/g, "'")).toContain(section.title);
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

  test(`/oembed/${slug}.json is a valid rich oEmbed and the section pages link to it`, async ({
    request,
  }) => {
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
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(
        html,
      )?.[1];
      expect(link).toMatch(new RegExp(`/oembed/${slug}\\.json$`));
    }
  });
}

/**
 * WordPress reads at most 150 KB of a pasted address's page looking for the oEmbed link
 * (WP_oEmbed::discover); the link sits in the first 16 KB of every section page, step links and
 * embed pages too.
 */
test('every section and embed page’s oEmbed link is in its first 16 KB', async ({ request }) => {
  for (const edition of editions) {
    for (const section of edition.sections) {
      for (const path of [
        `/s/${section.slug}/`,
        `/s/${section.slug}/?step=2`,
        `/embed/${section.slug}/`,
      ].map((p) => prefixOf(edition) + p)) {
        const html = (
          await (await request.get(path, { headers: { 'accept-encoding': 'identity' } })).body()
        ).toString('utf8');
        const link = /<link rel="alternate" type="application\/json\+oembed" [^>]*>/.exec(html);
        expect(link, path).not.toBeNull();
        expect(
          Buffer.byteLength(html.slice(0, link!.index + link![0].length)),
          path,
        ).toBeLessThanOrEqual(16 * 1024);
      }
    }
  }
});

/**
 * A consumer asks the section's endpoint with the address it embeds as `url` (the oEmbed spec;
 * WordPress does). For a step link, the server answers with that step's document, whose card
 * opens at the step; anything else gets the section's own document.
 */
test('the oEmbed endpoint answers a step link with that step’s card', async ({
  request,
  baseURL,
}) => {
  for (const edition of editions) {
    const section = edition.sections.find((s) => s.steps.length >= 3)!;
    const endpoint = `${prefixOf(edition)}/oembed/${section.slug}.json`;
    const ask = async (url: string) =>
      (await (
        await request.get(
          `${endpoint}?maxwidth=600&maxheight=1000&url=${encodeURIComponent(url)}&dnt=1`,
        )
      ).json()) as { html: string };
    const page = `${baseURL}${prefixOf(edition)}/s/${section.slug}/`;
    const iframeSrc = (html: string) => /<iframe src="([^"]+)"/.exec(html)?.[1];
    expect(iframeSrc((await ask(`${page}?step=3`)).html)).toMatch(
      new RegExp(`${prefixOf(edition)}/embed/${section.slug}/\\?step=3$`),
    );
    expect((await ask(`${page}?step=3`)).html).toContain(`/s/${section.slug}/?step=3"`);
    for (const other of [
      page,
      `${page}?step=1`,
      `${page}?step=99`,
      `${page}?step=<b>`,
      `${baseURL}/s/another/?step=2`,
      'not a url',
    ]) {
      expect(iframeSrc((await ask(other)).html), other).toMatch(
        new RegExp(`${prefixOf(edition)}/embed/${section.slug}/$`),
      );
    }
  }
});

test('the story page has its own preview image', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const image = metaContent(html, 'og:image')!;
  const bytes = await (await request.get(new URL(image).pathname)).body();
  expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
});
