import { expect, test } from '@playwright/test';
import { allQuotes, allStepTexts, content, slugs } from './story-content.ts';

/** Text as it appears in HTML: entities decoded, whitespace collapsed. */
async function htmlText(response: { text(): Promise<string> }): Promise<string> {
  const html = await response.text();
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

test('the story page is prerendered HTML with every step and quote', async ({ request }) => {
  const response = await request.get('/');
  expect(response.status()).toBe(200);
  const text = await htmlText(response);
  expect(text).toContain(content.story.title);
  for (const step of allStepTexts) expect(text).toContain(step);
  for (const quote of allQuotes) expect(text).toContain(quote.text);
  for (const section of content.sections) expect(text).toContain(section.title);
});

for (const section of content.sections) {
  test(`/s/${section.slug}/ is the full story with its own title and description`, async ({
    request,
  }) => {
    const response = await request.get(`/s/${section.slug}/`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    expect(title?.replace(/&#x27;/g, "'")).toContain(section.title.replace(/&/g, '&amp;'));
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(description.replace(/&#x27;/g, "'")).toBe(section.description);
    expect(html).toContain(`id="section-${section.slug}"`);
    // The whole story, not just this section.
    for (const other of content.sections) expect(html).toContain(`id="section-${other.slug}"`);
  });

  test(`/embed/${section.slug}/ holds that section alone`, async ({ request }) => {
    const response = await request.get(`/embed/${section.slug}/`);
    expect(response.status()).toBe(200);
    const text = await htmlText(response);
    for (const step of section.steps) expect(text).toContain(step.text);
    for (const other of content.sections.filter((s) => s !== section)) {
      for (const step of other.steps) expect(text).not.toContain(step.text);
    }
  });
}

test('/sources/ lists every report with its address and date as precise as the record', async ({
  request,
}) => {
  const response = await request.get('/sources/');
  expect(response.status()).toBe(200);
  const html = await response.text();
  for (const report of Object.values(content.reports)) {
    expect(html).toContain(`href="${report.url}"`);
    expect(html).toContain(`id="report-${report.id}"`);
  }
  // The Daily NK report prints no year: none is shown, machine-readable, or hidden in an id.
  const dailyNk = /<li id="report-daily-nk"[^]*?<time([^>]*)>([^<]*)<\/time>/.exec(html);
  expect(dailyNk?.[2]).toBe(
    'undated (its source spoke to Daily NK on 17 September; no year printed)',
  );
  expect(dailyNk?.[1]).toBe('');
  expect(html).not.toMatch(/(id|href)="[^"]*2021/);
});

test('an unknown address answers 404 with the list of sections', async ({ request }) => {
  for (const path of ['/no-such-page/', '/s/no-such-section/', '/embed/nope/']) {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    const html = await response.text();
    for (const slug of slugs) expect(html).toContain(`href="/s/${slug}/"`);
  }
});
