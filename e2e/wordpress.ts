/**
 * A model of a WordPress post, from WordPress's own files: its embed client (wp-embed.js) and its
 * block styles, from Debian's `wordpress` package (`.ci/install-wordpress`). The real WordPress
 * is tested in real-wordpress/; this model stays for what a real one cannot show on demand (a
 * wp-embed.js that starts late; every step of every section at every phone width, quickly).
 * What WordPress does to a discovered oEmbed's html
 * is modelled in src/embed/wordpress-filter.ts; its allow-list is checked against WordPress's
 * own embed.php here (see allowListInWordPress).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordpressOembedHtml } from '../src/embed/wordpress-filter.ts';

export const WORDPRESS_DIR = process.env.WORDPRESS_DIR ?? '/usr/share/wordpress';

/** A file of the unpacked WordPress; a clear failure (never a skip) when it is not there. */
export function wordpressFile(path: string): string {
  const file = join(WORDPRESS_DIR, path);
  if (!existsSync(file)) {
    throw new Error(
      `WordPress's ${path} is missing from ${WORDPRESS_DIR}/. Install Debian's wordpress ` +
        '(`bash .ci/install-wordpress`), or set WORDPRESS_DIR to an unpacked WordPress release.',
    );
  }
  return readFileSync(file, 'utf8');
}

/** The allow-list as written in WordPress's embed.php, for comparing with OEMBED_ALLOWED. */
export function allowListInWordPress(embedPhp: string): Record<string, string[]> {
  const body =
    /function wp_filter_oembed_result[\s\S]*?\$allowed_html = array\(([\s\S]*?)\n\t\);/.exec(
      embedPhp,
    )?.[1];
  if (!body) throw new Error("wp_filter_oembed_result's $allowed_html not found in embed.php");
  const out: Record<string, string[]> = {};
  for (const m of body.matchAll(/'(\w+)'\s*=>\s*array\(([^)]*)\)/g))
    out[m[1]!] = [...m[2]!.matchAll(/'([\w-]+)'\s*=>\s*true/g)].map((a) => a[1]!);
  return out;
}

/**
 * The post markup WordPress prints for one of our sections: our oEmbed document's html as the
 * site serves it, through WordPress's filter. The build's absolute addresses are moved to
 * where the tests serve the site (the build may be made for another origin).
 */
export async function wordpressEmbedFor(
  siteUrl: string,
  slug: string,
  secret: string,
): Promise<string> {
  const response = await fetch(`${siteUrl}/oembed/${slug}.json`);
  if (!response.ok) throw new Error(`/oembed/${slug}.json: ${response.status}`);
  const doc = (await response.json()) as { html: string; provider_url: string };
  const html = wordpressOembedHtml(
    doc.html.replaceAll(new URL(doc.provider_url).origin, siteUrl),
    secret,
  );
  if (!html) throw new Error(`WordPress would keep no iframe of /oembed/${slug}.json`);
  return html;
}

export interface PostPageOptions {
  /** The filtered oEmbed html, as WordPress prints it in the post. */
  embedHtml: string;
  /**
   * Where WordPress's wp-embed.js is loaded: in the head (it listens before the embed speaks),
   * or in the footer after a slow theme script at /slow-theme-script.js (it starts after).
   */
  wpEmbed: 'head' | 'after-slow-script';
  /** Test instruments for the head. */
  head?: string;
}

/**
 * A post as a block theme prints it: the embed in a `wp-block-embed` figure (WordPress's own
 * block styles) inside a content column that fills a phone's width less 20 px each side and is
 * 640 px at most.
 */
export function wordpressPostPage({ embedHtml, wpEmbed, head = '' }: PostPageOptions): string {
  const client = '<script src="/wp-includes/js/wp-embed.min.js"></script>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A campaign post</title>
<link rel="stylesheet" href="/wp-includes/css/dist/block-library/style.min.css">
<style>body{margin:0;font:18px/1.6 Georgia,serif;color:#111;background:#fff}
.site-header{background:#1e1e1e;color:#fff;padding:12px 20px;font:600 16px system-ui,sans-serif}
.entry-content{max-width:640px;margin:0 auto;padding:0 20px}
h1{font-size:1.8rem;line-height:1.2}</style>
${head}${wpEmbed === 'head' ? client : ''}</head><body>
<header class="site-header">Campaign for refugees’ health</header>
<main class="entry-content"><h1>Why we are writing to our MP</h1>
<p>North Koreans hiding in China went through the pandemic without papers, and so without care.
This explainer shows the route and what the reports say.</p>
<figure class="wp-block-embed is-type-rich wp-block-embed-no-papers-no-vaccine">
<div class="wp-block-embed__wrapper">
${embedHtml}
</div></figure>
<p id="after">Write to your MP: it takes five minutes.</p></main>
${wpEmbed === 'after-slow-script' ? `<script src="/slow-theme-script.js"></script>\n${client}` : ''}
</body></html>`;
}

/**
 * The column padding of wordpressPostPage: a viewport this much wider gives an iframe of a chosen
 * width.
 */
export const THEME_PADDING = 40;

/** wp-embed.js clamps every height to at most this. */
export const WORDPRESS_MAX_HEIGHT = 1000;

/** Shown (WordPress removed its clip and hid the fallback link) at exactly the card's height. */
export async function expectShownAtContentHeight(page: Page) {
  const iframe = page.locator('iframe.wp-embedded-content');
  await expect(iframe).not.toHaveAttribute('style', /./);
  await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
  await expectAtCardHeight(iframe);
}

/** WordPress has sized `iframe` to exactly its card's height, which is within its limit. */
export async function expectAtCardHeight(iframe: Locator) {
  const card = () =>
    iframe
      .contentFrame()
      .locator('body')
      .evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  // WordPress has applied the card's latest height (as far as it allows)…
  await expect
    .poll(
      async () =>
        Number(await iframe.getAttribute('height')) - Math.min(await card(), WORDPRESS_MAX_HEIGHT),
    )
    .toBe(0);
  // …and that is all of the card: nobody scrolls inside the iframe.
  expect(await card(), 'the card is taller than WordPress allows').toBeLessThanOrEqual(
    WORDPRESS_MAX_HEIGHT,
  );
  expect((await iframe.boundingBox())?.height).toBe(await card());
}
