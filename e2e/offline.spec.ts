import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSiteServer } from '../src/build/site-server.ts';
import { readWorker, sealManifest, workerSource } from '../src/build/offline-workers.ts';
import { offlineCacheName } from '../src/offline/offline-manifest.ts';
import { allSteps, expectedHighlight, highlighted, provinceIds } from './map-expectations.ts';
import { collectProblems } from './page-errors.ts';
import { expectMapDrawnByBrowser, waitForHydration, waitForScrollRest } from './page-ready.ts';
import { content, editions, prefixOf, slugs } from './story-content.ts';

/**
 * Offline reading on request (src/offline/): nothing is stored until the reader asks; once asked,
 * the edition reads without a network, map included; a new build replaces the copy whole; Remove
 * leaves nothing.
 */
const ui = content.ui;
const storedHere = (page: Page) =>
  page.evaluate(async () => ({
    registrations: (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope),
    caches: await caches.keys(),
    localStorage: localStorage.length,
  }));

/** Presses Save and waits for the control to say the copy is saved. */
async function save(page: Page, words = ui) {
  await waitForHydration(page);
  await page.getByRole('button', { name: words.offlineSave }).click();
  await expect(page.locator('.offline-status')).toHaveText(words.offlineSaved, { timeout: 20_000 });
  await expect(page.getByRole('button', { name: words.offlineRemove })).toBeVisible();
}

test('a visit that does not ask stores nothing: no worker, no cache, no local storage', async ({
  page,
}) => {
  for (const edition of editions) {
    const prefix = prefixOf(edition);
    for (const path of [`${prefix}/`, `${prefix}/read/`, `${prefix}/s/${slugs[2]}/`]) {
      await page.goto(path);
      await waitForHydration(page);
      await expect(page.getByRole('button', { name: edition.ui.offlineSave })).toBeVisible();
    }
    // A reader's whole visit: the map's runtime loads on the first move.
    await page.goto(`${prefix}/`);
    await waitForHydration(page);
    await page.mouse.move(400, 500);
    await page.mouse.wheel(0, 400);
    await expect(page.locator('.map-canvas[data-settled]')).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    expect(await storedHere(page)).toEqual({ registrations: [], caches: [], localStorage: 0 });
  }
});

test('without scripts the control is not there: it could do nothing', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  for (const path of ['/', '/read/', '/ko/read/']) {
    await page.goto(path);
    await expect(page.locator('.site-footer')).toBeAttached();
    await expect(page.locator('.offline-copy, .offline-button')).toHaveCount(0);
  }
  await context.close();
});

test('saved, the edition reads offline: every kind of page, and the map steps along', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  // The browser reports the 404 page's status, and the unsaved edition's offline error.
  const problems = collectProblems(page, [/status of 404/, /ERR_INTERNET_DISCONNECTED/]);
  await page.goto('/read/');
  await save(page);
  expect(await storedHere(page)).toMatchObject({
    registrations: [new URL('/', page.url()).href],
    caches: [expect.stringMatching(/^offline:\/:[0-9a-f]{16}$/)],
    localStorage: 0,
  });

  await context.setOffline(true);
  await page.reload();
  await waitForHydration(page);
  await expect(page.locator('main.read')).toBeVisible();
  const section = content.sections[3]!;
  for (const [path, heading] of [
    ['/', content.story.title],
    [`/s/${section.slug}/?step=2`, content.story.title],
    ['/sources/', ui.sourcesTitle],
    ['/read/', content.story.title],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await waitForHydration(page);
    await page.reload();
    await waitForHydration(page);
  }
  // A page opened with a query keeps its address (the step it names).
  await page.goto(`/s/${section.slug}/?step=2`);
  await expect(page).toHaveURL(new RegExp(`/s/${section.slug}/\\?step=2$`));
  // A section's address without its final "/" goes where a static host sends it.
  await page.goto(`/s/${section.slug}`);
  await expect(page).toHaveURL(new RegExp(`/s/${section.slug}/$`));
  // Any other address in the edition: the 404 page, with its status.
  const missing = await page.goto('/no-such-page/');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: ui.notFoundTitle })).toBeVisible();
  await waitForHydration(page);

  // The story, stepped through by wheel: the map's runtime and geometry come from the copy.
  const runtime: boolean[] = [];
  page.on('response', (r) => {
    if (/\/assets\/map-runtime-[^/]+\.js$/.test(r.url())) runtime.push(r.fromServiceWorker());
  });
  await page.goto('/');
  await waitForHydration(page);
  await page.mouse.move(195, 600);
  await page.mouse.wheel(0, 300);
  await expect(page.locator('.map-canvas[data-settled]')).toHaveCount(1);
  expect(runtime).toEqual([true]);
  await expectMapDrawnByBrowser(page, '/');
  const activated = new Set<number>();
  for (let i = 0; i < 80 && activated.size < 6; i++) {
    const step = Number(await page.locator('.step.is-active').getAttribute('data-step'));
    if (!activated.has(step)) {
      activated.add(step);
      await expect
        .poll(() => highlighted(page), { message: `shading at step ${step}` })
        .toEqual(expectedHighlight(allSteps[step]!.step.map, provinceIds));
    }
    await page.mouse.wheel(0, 300);
    await waitForScrollRest(page);
  }
  expect(activated.size).toBe(6);
  // The other edition was not saved: the browser's own offline error.
  await expect(page.goto('/ko/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  expect(problems).toEqual([]);
});

for (const edition of editions.slice(1)) {
  const folder = `/${edition.locale.path}/`;
  test(`the ${edition.locale.name} edition is saved on its own, under ${folder}`, async ({
    page,
    context,
  }) => {
    await page.goto(folder);
    await save(page, edition.ui);
    const stored = await storedHere(page);
    expect(stored.registrations).toEqual([new URL(folder, page.url()).href]);
    expect(stored.caches).toEqual([
      expect.stringMatching(new RegExp(`^offline:${folder}:[0-9a-f]{16}$`)),
    ]);
    await context.setOffline(true);
    for (const path of ['sources/', `s/${slugs[1]}/`, 'read/']) {
      await page.goto(folder + path);
      await waitForHydration(page);
      await expect(page.locator('html')).toHaveAttribute('lang', edition.locale.lang);
    }
    expect((await page.goto(`${folder}no-such-page/`))?.status()).toBe(404);
    await expect(
      page.getByRole('heading', { level: 1, name: edition.ui.notFoundTitle }),
    ).toBeVisible();
    await expect(page.goto('/')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  });
}

test('Remove takes the copy away: no worker, no cache, offline the browser’s own error', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await save(page);
  await page.reload();
  await waitForHydration(page);
  // A page the copy served knows it is saved.
  await page.getByRole('button', { name: ui.offlineRemove }).click();
  await expect(page.locator('.offline-status')).toHaveText(ui.offlineRemoved);
  await expect(page.getByRole('button', { name: ui.offlineSave })).toBeVisible();
  expect(await storedHere(page)).toEqual({ registrations: [], caches: [], localStorage: 0 });
  await context.setOffline(true);
  await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
});

/**
 * A site server over a copy of dist/ (src/build/site-server.ts) whose build can be swapped for
 * another, as publishing does, and which can hold one file back.
 */
async function publishingServer(builds: Record<string, string>, plain = false) {
  const handlers = Object.fromEntries(
    Object.entries(builds).map(([name, dist]) => [
      name,
      createSiteServer({ dist, base: '/', plain }).listeners('request')[0] as RequestListener,
    ]),
  );
  const state = {
    build: Object.keys(builds)[0]!,
    hold: null as null | { path: string; reached: () => void; release: Promise<void> },
  };
  const server = createServer(async (req, res) => {
    const held = state.hold;
    if (held && req.url === held.path) {
      held.reached();
      await held.release;
    }
    handlers[state.build]!(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { server, origin, state };
}

test('a new build replaces the saved copy whole, and only once it is saved whole', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const root = mkdtempSync(join(tmpdir(), 'offline-builds-'));
  const [a, b] = [join(root, 'a'), join(root, 'b')];
  cpSync('dist', a, { recursive: true });
  cpSync('dist', b, { recursive: true });
  // Build B: the story's pages carry a new sentence, and its worker is written for its files as
  // the prerenderer writes it (so its version differs).
  const changed = 'A later build of this site.';
  for (const page of ['index.html', 'read/index.html', 'sources/index.html']) {
    const file = join(b, page);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(ui.footerNote, changed));
    rmSync(`${file}.gz`);
    rmSync(`${file}.br`);
  }
  const worker = readWorker(readFileSync(join(b, 'sw.js'), 'utf8'));
  const sealed = sealManifest(b, '/', {
    ...worker.manifest,
    files: Object.keys(worker.manifest.files),
  });
  writeFileSync(join(b, 'sw.js'), workerSource(sealed, worker.code));
  rmSync(join(b, 'sw.js.gz'));
  rmSync(join(b, 'sw.js.br'));
  const before = offlineCacheName('/', worker.manifest.build);
  const after = offlineCacheName('/', sealed.build);
  expect(after).not.toBe(before);

  const { server, origin, state } = await publishingServer({ a, b });
  try {
    const footer = page.locator('.site-footer > p').first();
    await page.goto(`${origin}/`);
    await save(page);
    expect((await storedHere(page)).caches).toEqual([before]);

    // Build B is published; one of its files is slow to arrive.
    let reached = () => {};
    let release = () => {};
    const holding = new Promise<void>((resolve) => (reached = resolve));
    state.hold = { path: '/sources/', reached, release: new Promise((r) => (release = r)) };
    state.build = 'b';
    // Opening a page checks for a new worker: it starts saving build B, and is held.
    await page.reload();
    await holding;
    // Meanwhile every page is build A's, whole, from A's copy: B's cache is not used unfinished.
    for (const path of ['/', '/read/', '/sources/']) {
      await page.goto(`${origin}${path}`);
      await expect(footer).toHaveText(ui.footerNote);
    }
    expect((await storedHere(page)).caches.sort()).toEqual([before, after].sort());

    // B's last file arrives: the new worker takes over, and A's copy is deleted.
    release();
    await expect.poll(async () => (await storedHere(page)).caches).toEqual([after]);
    await context.setOffline(true);
    for (const path of ['/', '/read/', '/sources/']) {
      await page.goto(`${origin}${path}`);
      await waitForHydration(page);
      await expect(footer).toHaveText(changed);
    }
  } finally {
    state.hold = null;
    server.closeAllConnections();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a host that sends plain files, with no headers of ours, serves a copy that works', async ({
  page,
  context,
}) => {
  const { server, origin } = await publishingServer({ dist: 'dist' }, true);
  try {
    await page.goto(`${origin}/sources/`);
    await save(page);
    await context.setOffline(true);
    for (const path of ['/', `/s/${slugs[4]}/`, '/read/', '/sources/']) {
      await page.goto(`${origin}${path}`);
      await waitForHydration(page);
    }
    expect((await page.goto(`${origin}/no-such-page/`))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: ui.notFoundTitle })).toBeVisible();
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('a host caught halfway through publishing: nothing is saved, and Save says so', async ({
  page,
}) => {
  const root = mkdtempSync(join(tmpdir(), 'offline-half-'));
  cpSync('dist', root, { recursive: true });
  // One page is already the next build's; the worker is still this build's.
  const file = join(root, 'sources/index.html');
  writeFileSync(file, readFileSync(file, 'utf8').replaceAll(ui.footerNote, 'A later build.'));
  rmSync(`${file}.gz`);
  rmSync(`${file}.br`);
  const { server, origin } = await publishingServer({ half: root });
  try {
    await page.goto(`${origin}/`);
    await waitForHydration(page);
    await page.getByRole('button', { name: ui.offlineSave }).click();
    await expect(page.locator('.offline-status')).toHaveText(ui.offlineFailed);
    await expect(page.getByRole('button', { name: ui.offlineSave })).toBeVisible();
    expect(await storedHere(page)).toEqual({ registrations: [], caches: [], localStorage: 0 });
  } finally {
    server.closeAllConnections();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
